package org.threadgraph.sources;

import java.util.List;
import java.util.regex.Pattern;
import org.threadgraph.model.PostThread;

/**
 * Reads one page of a Blogger feed, Atom ({@value FeedPage#ATOM}) or JSON/JSONP
 * ({@value FeedPage#JSON}): a post's comments feed, the blog's comments feed or its posts feed.
 */
final class BloggerFeedSource implements ThreadSource {

    private static final Pattern ATOM_FEED = Pattern.compile("<(?:[A-Za-z]+:)?feed[\\s>]");
    private static final Pattern BLOGGER_MARK = Pattern.compile(
            "tag:blogger\\.com,1999:blog-\\d+|blogger\\.com/feeds/|/feeds/\\d+/comments/");
    private static final Pattern JSON_FEED = Pattern.compile("\"feed\"\\s*:\\s*\\{");

    private final boolean json;

    private BloggerFeedSource(boolean json) {
        this.json = json;
    }

    /** Returns the reader of Atom feed pages. */
    static BloggerFeedSource atom() {
        return new BloggerFeedSource(false);
    }

    /** Returns the reader of JSON and JSONP feed pages. */
    static BloggerFeedSource json() {
        return new BloggerFeedSource(true);
    }

    @Override
    public String format() {
        return json ? FeedPage.JSON : FeedPage.ATOM;
    }

    /** Returns true for a Blogger GData feed in this reader's syntax. */
    @Override
    public boolean accepts(String head) {
        if (!BLOGGER_MARK.matcher(head).find()) {
            return false;
        }
        if (json) {
            return JsonText.looksLikeJson(head) && JSON_FEED.matcher(head).find();
        }
        return !JsonText.looksLikeJson(head) && ATOM_FEED.matcher(head).find();
    }

    @Override
    public void read(SourceDocument document, ThreadSink sink) throws SourceException {
        if (JsonText.looksLikeJson(document.head()) != json) {
            throw new SourceException(document.origin() + ": not a " + format() + " document");
        }
        FeedPage page = FeedPage.parse(document);
        List<PostThread> threads = page.threads(document.options());
        if (threads.isEmpty()) {
            throw new SourceException(document.origin() + ": feed holds no entries and names no post");
        }
        threads.forEach(sink::accept);
    }
}
