package org.threadgraph.analysis;

import java.util.List;

/** Depth, size, participants and duration of a post's discussion. */
public interface ThreadDepthAlgorithm {

    /** Returns the figures for the whole post. */
    DepthStats getPostDepth();

    /** Returns the figures for each top-level block (a top-level comment and its replies), in thread order. */
    List<DepthStats> getBlockDepths();

    /** Returns what was skipped and why: responses to unknown comments, edges closing a cycle. */
    List<String> getWarnings();
}
