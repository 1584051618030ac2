package org.threadgraph.analysis;

import java.util.Objects;

/**
 * Entry point for one post: depth, central participants, discussed entities and camps, each
 * computed on first use with default parameters. The store feeds one {@link ThreadInput} at a time.
 */
public final class ThreadAnalysis {

    private final ThreadInput input;
    private ResponseChainDepth depth;
    private ParticipantCentrality centrality;
    private EntityDiscussion entities;
    private ThreadCamps camps;

    /** Creates the analysis of one post. */
    public ThreadAnalysis(ThreadInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** Returns the depth algorithm. */
    public ThreadDepthAlgorithm depth() {
        if (depth == null) {
            depth = new ResponseChainDepth(input);
        }
        return depth;
    }

    /** Returns the centrality of the post's participants (exact betweenness). */
    public ParticipantCentrality centrality() {
        if (centrality == null) {
            centrality = new ParticipantCentrality(ParticipantGraph.of(input));
        }
        return centrality;
    }

    /** Returns the entity counts of the post. */
    public EntityDiscussion entities() {
        if (entities == null) {
            entities = EntityDiscussion.of(input);
        }
        return entities;
    }

    /** Returns the camp finder of the post. */
    public ThreadCamps camps() {
        if (camps == null) {
            camps = new ThreadCamps(input);
        }
        return camps;
    }

    /** Returns every result in one record. */
    public ThreadReport report() {
        return new ThreadReport(input.postId(), depth().getPostDepth(), depth().getBlockDepths(),
                centrality().getRanking(), entities().getCounts(), camps().getCamps(), depth().getWarnings());
    }
}
