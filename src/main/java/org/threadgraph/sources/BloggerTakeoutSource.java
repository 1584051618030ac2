package org.threadgraph.sources;

import java.util.Locale;
import java.util.regex.Pattern;
import org.threadgraph.model.Blog;

/**
 * Reads a Google Takeout {@code Blogger/Blogs/NAME/feed.atom}: entries typed by
 * {@code blogger:type} (POST, PAGE, COMMENT), a comment's post in {@code blogger:parent}, its
 * parent comment in {@code blogger:inReplyTo} when present. Spam, drafts and pages are skipped and
 * counted. Takeout names no blog host: the blog comes from the options.
 */
final class BloggerTakeoutSource extends ExportSource {

    private static final Pattern MARK = Pattern.compile("schemas\\.google\\.com/blogger/2018|<blogger:type>");

    /** Creates a reader emitting comments in chunks of {@value ChunkedEmitter#DEFAULT_CHUNK}. */
    BloggerTakeoutSource() {
        this(ChunkedEmitter.DEFAULT_CHUNK);
    }

    /** Creates a reader emitting comments in chunks of at most this many. */
    BloggerTakeoutSource(int chunkSize) {
        super(chunkSize);
    }

    @Override
    public String format() {
        return "blogger-takeout";
    }

    /** Returns true for an Atom feed in Blogger's 2018 Takeout namespace. */
    @Override
    public boolean accepts(String head) {
        return head.contains("<feed") && MARK.matcher(head).find();
    }

    @Override
    String classify(FeedEntry e) {
        String type = e.type() == null ? "" : e.type().toUpperCase(Locale.ROOT);
        String status = e.status() == null ? "LIVE" : e.status().toUpperCase(Locale.ROOT);
        switch (type) {
            case "POST" -> {
                return status.equals("LIVE") ? POST : "post with status " + status;
            }
            case "COMMENT" -> {
                return status.equals("LIVE") || removed(status) ? COMMENT : "comment with status " + status;
            }
            case "" -> {
                return "entry without blogger:type";
            }
            default -> {
                return type.toLowerCase(Locale.ROOT) + " entry";
            }
        }
    }

    @Override
    boolean removedByStatus(FeedEntry e) {
        return e.status() != null && removed(e.status().toUpperCase(Locale.ROOT));
    }

    @Override
    String permalink(FeedEntry e, Blog blog) {
        String alternate = e.link("alternate", null);
        if (alternate != null) {
            return BloggerIds.permalink(alternate);
        }
        if (e.filename() == null || blog.url() == null) {
            return null;
        }
        return blog.url().replaceFirst("/$", "") + "/" + e.filename().replaceFirst("^/", "");
    }

    /** Statuses assumed to mean "shown as removed" (not confirmed in a real Takeout). */
    private static boolean removed(String status) {
        return status.contains("DELETED") || status.contains("EMPTIED") || status.contains("REMOVED");
    }
}
