package org.threadgraph.analysis;

/**
 * Finds camps (sides of a disagreement) in a signed graph.
 *
 * @param <V> the vertex type
 */
public interface CampDetectionAlgorithm<V> {

    /** Returns the camps; computed once and cached. */
    SignedPartition<V> getPartition();
}
