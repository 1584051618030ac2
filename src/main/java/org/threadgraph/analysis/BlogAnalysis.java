package org.threadgraph.analysis;

import java.util.Objects;

/**
 * Entry point for the blog-wide participant graph: central participants and participant camps.
 * Memory grows with participants and answering pairs only, never with comments.
 */
public final class BlogAnalysis {

    private final ParticipantGraph graph;
    private ParticipantCentrality centrality;
    private ParticipantCamps camps;

    /** Creates the analysis of streamed interaction rows, consuming them. */
    public static BlogAnalysis of(InteractionInput input) {
        return new BlogAnalysis(ParticipantGraph.of(input));
    }

    /** Creates the analysis of an aggregated participant graph. */
    public BlogAnalysis(ParticipantGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Returns the participant graph. */
    public ParticipantGraph graph() {
        return graph;
    }

    /** Returns centrality with default parameters (sampled betweenness beyond 512 participants). */
    public ParticipantCentrality centrality() {
        if (centrality == null) {
            centrality = new ParticipantCentrality(graph);
        }
        return centrality;
    }

    /** Returns the participant camps with default parameters. */
    public ParticipantCamps camps() {
        if (camps == null) {
            camps = new ParticipantCamps(graph);
        }
        return camps;
    }
}
