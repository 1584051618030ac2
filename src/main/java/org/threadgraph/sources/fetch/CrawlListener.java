package org.threadgraph.sources.fetch;

import java.util.List;

/** Hears what a {@link BlogCrawler} does, for progress bars and per-post summaries. */
public interface CrawlListener {

    /** The posts feed has been read: {@code listed} posts in the window, {@code toFetch} of them to fetch. */
    default void listed(int listed, int toFetch) {
    }

    /**
     * A post's comments were fetched and stored.
     *
     * @param post        the post as the posts feed lists it
     * @param incremental true when only the newest pages were read, the rest being stored already
     * @param pages       comments feed pages read
     * @param newComments comments that were not stored before
     * @param warnings    what the feed reader noticed
     */
    default void postDone(Post post, boolean incremental, int pages, int newComments, List<String> warnings) {
    }

    /** Something could not be fetched or read and was skipped; the message is one line naming the URL. */
    default void skipped(String message) {
    }

    /** A retry or another event worth a line. */
    default void notice(String message) {
    }

    /** A post as the crawl knows it. */
    record Post(String id, String title, String permalink, Integer commentCount) {
    }
}
