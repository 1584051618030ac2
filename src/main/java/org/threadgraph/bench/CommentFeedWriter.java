package org.threadgraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a generated post's whole comments feed as Blogger's JSON mapping of GData
 * ({@code /feeds/POSTID/comments/default?alt=json}): newest first, every scalar a {@code {"$t": …}},
 * a reply's parent in its {@code link rel="related"}, the clock readers saw in
 * {@code blogger.displayTime}. One file holds every page of the feed, as a crawler combines them,
 * so the comments can be numbered like the post page.
 */
final class CommentFeedWriter {

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
            Locale.ROOT);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a", Locale.US);
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final String ELLIPSIS = "...";
    private static final int TITLE_LENGTH = 50;

    private final SyntheticBlog blog;

    CommentFeedWriter(SyntheticBlog blog) {
        this.blog = blog;
    }

    void write(SyntheticPost post, Writer out) throws IOException {
        String feeds = "https://www.blogger.com/feeds/" + blog.blogId() + "/" + post.id() + "/comments/default";
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("version", "1.0");
            g.writeStringField("encoding", "UTF-8");
            g.writeObjectFieldStart("feed");
            g.writeStringField("xmlns", "http://www.w3.org/2005/Atom");
            g.writeStringField("xmlns$openSearch", "http://a9.com/-/spec/opensearchrss/1.0/");
            g.writeStringField("xmlns$gd", "http://schemas.google.com/g/2005");
            text(g, "id", "tag:blogger.com,1999:blog-" + blog.blogId() + ".post" + post.id() + "..comments");
            text(g, "title", "Comments on " + SyntheticBlog.TITLE + ": " + post.title());
            g.writeArrayFieldStart("link");
            link(g, "http://schemas.google.com/g/2005#feed", "application/atom+xml",
                    "https://" + SyntheticBlog.HOST + "/feeds/" + post.id() + "/comments/default");
            link(g, "self", "application/atom+xml", feeds + "?alt=json");
            link(g, "alternate", "text/html", post.permalink());
            g.writeEndArray();
            g.writeArrayFieldStart("author");
            person(g, blog.owner());
            g.writeEndArray();
            int n = post.comments().size();
            text(g, "openSearch$totalResults", Integer.toString(n));
            text(g, "openSearch$startIndex", "1");
            text(g, "openSearch$itemsPerPage", Integer.toString(n));
            g.writeArrayFieldStart("entry");
            List<SyntheticComment> newestFirst = new ArrayList<>(post.comments());
            newestFirst.sort((a, b) -> b.published().compareTo(a.published()));
            for (SyntheticComment c : newestFirst) {
                entry(g, post, c, feeds);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private void entry(JsonGenerator g, SyntheticPost post, SyntheticComment c, String feeds) throws IOException {
        String stamp = RFC_3339.format(c.published().atZone(SyntheticBlog.ZONE));
        g.writeStartObject();
        text(g, "id", "tag:blogger.com,1999:blog-" + blog.blogId() + ".post-" + c.id());
        text(g, "published", stamp);
        text(g, "updated", stamp);
        g.writeObjectFieldStart("title");
        g.writeStringField("type", "text");
        String flat = c.text().replace('\n', ' ');
        g.writeStringField("$t", flat.length() <= TITLE_LENGTH ? flat : flat.substring(0, TITLE_LENGTH) + ELLIPSIS);
        g.writeEndObject();
        g.writeObjectFieldStart("content");
        g.writeStringField("type", "html");
        g.writeStringField("$t", PostPageWriter.html(c.text()));
        g.writeEndObject();
        g.writeArrayFieldStart("link");
        link(g, "edit", "application/atom+xml", feeds + "/" + c.id());
        link(g, "self", "application/atom+xml", feeds + "/" + c.id());
        link(g, "alternate", "text/html", post.permalink() + "?showComment=" + c.published().toEpochMilli() + "#c" + c.id());
        if (c.parentId() != null) {
            link(g, "related", "application/atom+xml", feeds + "/" + c.parentId());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("author");
        person(g, c.author());
        g.writeEndArray();
        g.writeObjectFieldStart("thr$in-reply-to");
        g.writeStringField("xmlns$thr", "http://purl.org/syndication/thread/1.0");
        g.writeStringField("href", post.permalink());
        g.writeStringField("ref", "tag:blogger.com,1999:blog-" + blog.blogId() + ".post-" + post.id());
        g.writeStringField("type", "text/html");
        g.writeEndObject();
        g.writeArrayFieldStart("gd$extendedProperty");
        g.writeStartObject();
        g.writeStringField("name", "blogger.displayTime");
        g.writeStringField("value", DISPLAY.format(c.published().atZone(SyntheticBlog.ZONE)));
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, Persona p) throws IOException {
        g.writeStartObject();
        text(g, "name", p.name());
        if (!p.anonymous()) {
            text(g, "uri", "https://www.blogger.com/profile/" + p.profileId());
        }
        text(g, "email", "noreply@blogger.com");
        g.writeEndObject();
    }

    private static void link(JsonGenerator g, String rel, String type, String href) throws IOException {
        g.writeStartObject();
        g.writeStringField("rel", rel);
        g.writeStringField("type", type);
        g.writeStringField("href", href);
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("$t", value);
        g.writeEndObject();
    }
}
