package org.threadgraph.sources;

import java.util.regex.Pattern;
import org.threadgraph.model.Blog;

/**
 * Reads Blogger's "Back up content" export ({@code blog-MM-DD-YYYY.xml}): one Atom feed whose
 * entries are told apart by their {@code kind#post} / {@code kind#comment} category; templates,
 * settings, pages and drafts are skipped and counted. Comments find their post by
 * {@code thr:in-reply-to@ref} and their parent by {@code link rel="related"}.
 */
final class BloggerExportSource extends ExportSource {

    private static final Pattern MARK = Pattern.compile(
            "tag:blogger\\.com,1999:blog-\\d+\\.archive|schemas\\.google\\.com/blogger/2008/kind#");

    /** Creates a reader emitting comments in chunks of {@value ChunkedEmitter#DEFAULT_CHUNK}. */
    BloggerExportSource() {
        this(ChunkedEmitter.DEFAULT_CHUNK);
    }

    /** Creates a reader emitting comments in chunks of at most this many. */
    BloggerExportSource(int chunkSize) {
        super(chunkSize);
    }

    @Override
    public String format() {
        return "blogger-export";
    }

    /** Returns true for an Atom feed with an {@code .archive} id or Blogger kind categories. */
    @Override
    public boolean accepts(String head) {
        return head.contains("<feed") && MARK.matcher(head).find();
    }

    @Override
    String classify(FeedEntry e) {
        if (e.isKind("post")) {
            return e.draft() ? "draft post" : POST;
        }
        if (e.isKind("comment")) {
            return COMMENT;
        }
        if (e.kinds().isEmpty()) {
            return "entry without a kind";
        }
        return e.kinds().get(0) + " entry";
    }

    @Override
    String permalink(FeedEntry e, Blog blog) {
        return BloggerIds.permalink(e.link("alternate", "text/html"));
    }
}
