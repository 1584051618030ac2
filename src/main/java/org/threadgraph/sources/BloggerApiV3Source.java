package org.threadgraph.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.threadgraph.model.Author;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/**
 * Reads a Blogger API v3 comment list ({@code "kind":"blogger#commentList"}): {@code post.id},
 * {@code inReplyTo.id} for the parent, status {@code emptied} for a removed comment; spam and
 * pending comments are skipped and counted. The API names no blog host, so the blog comes from the
 * options with the list's blog id.
 */
final class BloggerApiV3Source implements ThreadSource {

    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"blogger#commentList\"");

    @Override
    public String format() {
        return "blogger-api-v3";
    }

    /** Returns true for JSON whose kind is {@code blogger#commentList}. */
    @Override
    public boolean accepts(String head) {
        return JsonText.looksLikeJson(head) && KIND.matcher(head).find();
    }

    @Override
    public void read(SourceDocument document, ThreadSink sink) throws SourceException {
        String origin = document.origin();
        SourceOptions options = document.options();
        JsonNode root = JsonText.parse(origin, document.text());
        if (!"blogger#commentList".equals(FeedEntry.str(root, "kind"))) {
            throw new SourceException(origin + ": JSON is not a Blogger API v3 comment list (kind "
                    + FeedEntry.str(root, "kind") + ")");
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Map<String, List<Comment>> byPost = new LinkedHashMap<>();
        String blogId = null;
        int n = 0;
        for (JsonNode item : FeedEntry.list(root.get("items"))) {
            n++;
            String id = FeedEntry.id(item, "id");
            String postId = FeedEntry.id(item.get("post"), "id");
            if (id == null || postId == null) {
                warnings.add("items[" + (n - 1) + "]: no comment id or post.id; skipped");
                continue;
            }
            if (blogId == null) {
                blogId = FeedEntry.id(item.get("blog"), "id");
            }
            String status = FeedEntry.str(item, "status");
            String s = status == null ? "live" : status.toLowerCase(Locale.ROOT);
            if (!s.equals("live") && !s.equals("emptied")) {
                skipped.merge(s, 1, Integer::sum);
                continue;
            }
            Instant published = Clocks.published(FeedEntry.str(item, "published"), "comment " + id, warnings);
            String content = FeedEntry.str(item, "content");
            if (content == null && !s.equals("emptied")) {
                warnings.add("comment " + id + " (items[" + (n - 1) + "]): no content, or content that is not text; "
                        + "text left empty");
            }
            String text = HtmlText.ofHtml(content);
            boolean removed = s.equals("emptied") || HtmlText.isRemovedNotice(text);
            String parent = FeedEntry.id(item.get("inReplyTo"), "id");
            byPost.computeIfAbsent(postId, k -> new ArrayList<>()).add(new Comment(id, postId,
                    parent == null || parent.equals(id) ? null : parent, 0, null, author(item.get("author")),
                    published, Clocks.of(published, options.zone()), text, removed, 1.0));
        }
        if (byPost.isEmpty()) {
            throw new SourceException(origin + ": the comment list holds no usable comments"
                    + (n == 0 ? " (no items)" : ""));
        }
        if (!skipped.isEmpty()) {
            List<String> parts = new ArrayList<>();
            skipped.forEach((status, count) -> parts.add(count + " with status " + status));
            warnings.add("skipped comments: " + String.join(", ", parts));
        }
        boolean complete = root.get("nextPageToken") == null && root.get("prevPageToken") == null;
        if (!complete) {
            warnings.add("the list is one page of several (page tokens); positions left unknown");
        }
        Blog blog = FeedThreads.blog(null, null, blogId, options, warnings);
        boolean first = true;
        for (Map.Entry<String, List<Comment>> group : byPost.entrySet()) {
            List<String> w = first ? warnings : new ArrayList<>();
            List<Comment> comments = complete ? Threading.numberByPublished(group.getValue(), w) : group.getValue();
            sink.accept(new PostThread(blog, Post.stub(group.getKey(), blog.key()), comments, List.of(),
                    new SourceReport(origin, format(), w)));
            first = false;
        }
    }

    private static Author author(JsonNode author) {
        if (author == null || author.isNull()) {
            return Author.UNATTRIBUTED;
        }
        String name = FeedEntry.str(author, "displayName");
        String url = BloggerIds.profileUrl(FeedEntry.str(author, "url"));
        return new Author(name == null || name.isBlank() ? null : name.strip(), url, false);
    }
}
