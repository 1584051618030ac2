package org.threadgraph.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the posts a stage works through into batches that are read in one transaction and written in
 * one. A transaction per post cost more in round trips, commits and log flushes than the work itself
 * (analyse at 10k comments: the server was busy three times as long as threadgraph); a batch of 50
 * posts keeps a transaction's state to a few thousand comments on a blog shaped like On Probation.
 */
final class PostBatches {

    static final int POSTS_PER_BATCH = 50;

    private PostBatches() {
    }

    static List<List<String>> of(List<String> postIds) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < postIds.size(); from += POSTS_PER_BATCH) {
            batches.add(postIds.subList(from, Math.min(postIds.size(), from + POSTS_PER_BATCH)));
        }
        return batches;
    }
}
