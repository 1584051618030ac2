package org.threadgraph.analysis;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * A vertex scoring that computes every score on first use and keeps them, as JGraphT's scorers do.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
abstract class ScoresComputedOnce<V, E> implements VertexScoringAlgorithm<V, Double> {

    /** The graph scored. */
    protected final Graph<V, E> graph;
    private Map<V, Double> scores;

    ScoresComputedOnce(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Returns the score of every vertex of the graph. */
    protected abstract Map<V, Double> compute();

    @Override
    public final Map<V, Double> getScores() {
        if (scores == null) {
            scores = Collections.unmodifiableMap(compute());
        }
        return scores;
    }

    @Override
    public final Double getVertexScore(V v) {
        if (!graph.containsVertex(v)) {
            throw new IllegalArgumentException("Cannot return score of unknown vertex");
        }
        return getScores().get(v);
    }
}
