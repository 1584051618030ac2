package org.threadgraph.bench;

/**
 * Median wall seconds of the three algorithms compared with the peers on one graph.
 *
 * @param pagerank    PageRank, damping 0.85, at most 100 iterations, tolerance 1e-6
 * @param betweenness Brandes betweenness from sampled sources (exact when the pivots cover every node)
 * @param components  weakly connected components
 */
record AlgorithmTimes(double pagerank, double betweenness, double components) {
}
