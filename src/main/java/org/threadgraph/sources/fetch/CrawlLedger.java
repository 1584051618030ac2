package org.threadgraph.sources.fetch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

/**
 * What a {@link BlogCrawler} keeps between runs and where it puts what it reads; the command line
 * backs it with the graph (threads through the thread writer, state on the Post nodes), tests may
 * back it with memory.
 */
public interface CrawlLedger {

    /**
     * Returns, for each of these posts that a crawl has completed, the comment count
     * ({@code thr:total}) the posts feed showed when it was completed. Posts never completed are absent.
     */
    Map<String, Integer> completedTotals(Collection<String> postIds);

    /** Returns the ids of the comments stored for a post. */
    Set<String> storedCommentIds(String postId);

    /** Returns the comments stored for a post, for numbering new ones among them. */
    List<Comment> storedComments(String postId);

    /** Stores the threads; they are stored when this returns. */
    void write(List<PostThread> threads);

    /**
     * Records that a post's comments are complete up to {@code total} as the posts feed counted them
     * (null when it gave no count), with {@code comments} distinct comments now held.
     */
    void postDone(String postId, Integer total, int comments);
}
