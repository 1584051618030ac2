package org.threadgraph.pipeline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.fetch.CrawlLedger;
import org.threadgraph.store.CrawlState;
import org.threadgraph.store.ThreadReader;
import org.threadgraph.store.ThreadWriter;

/** The ledger a crawl keeps in the graph: bookkeeping in {@link CrawlState}, threads through the writer. */
final class StoredCrawlLedger implements CrawlLedger {

    private final CrawlState state;
    private final ThreadReader reader;
    private final ThreadWriter writer;

    StoredCrawlLedger(CrawlState state, ThreadReader reader, ThreadWriter writer) {
        this.state = state;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public Map<String, Integer> completedTotals(Collection<String> postIds) {
        return state.completedTotals(postIds);
    }

    @Override
    public Set<String> storedCommentIds(String postId) {
        return state.commentIds(postId);
    }

    @Override
    public List<Comment> storedComments(String postId) {
        return reader.read(postId).comments();
    }

    @Override
    public void write(List<PostThread> threads) {
        threads.forEach(writer::write);
        writer.flush();
    }

    @Override
    public void postDone(String postId, Integer total, int comments) {
        state.postDone(postId, total, comments, Instant.now());
    }
}
