package org.threadgraph.bench;

/**
 * PageRank, betweenness and connected components timed on one exported graph by threadgraph's
 * JGraphT algorithms and by the peers.
 *
 * @param graph       "participants" or "replies"
 * @param nodes       nodes of the graph
 * @param edges       edges (parallel edges merged)
 * @param threadgraph median seconds in threadgraph (JGraphT, in-process)
 * @param networkx    median seconds in NetworkX, or null when not run
 * @param igraph      median seconds in python-igraph, or null when not run
 */
public record PeerResult(String graph, int nodes, int edges, AlgorithmTimes threadgraph, AlgorithmTimes networkx,
                         AlgorithmTimes igraph) {
}
