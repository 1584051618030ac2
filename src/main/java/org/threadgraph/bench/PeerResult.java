package org.threadgraph.bench;

/**
 * PageRank, betweenness and connected components timed on one exported graph by threadgraph's
 * JGraphT algorithms and by the peers.
 *
 * @param graph       "participants" or "replies"
 * @param nodes       nodes of the graph
 * @param edges       edges (parallel edges merged)
 * @param threadgraph median seconds in threadgraph (in-process, after the JIT warmed up: see {@link JGraphTTimer})
 * @param threadgraphFirstRun seconds of threadgraph's first, cold run of each algorithm, or null in runs
 *                    made before it was recorded
 * @param networkx    median seconds in NetworkX, or null when not run
 * @param igraph      median seconds in python-igraph, or null when not run; its betweenness is NaN when
 *                    skipped because only exact betweenness was available and too large a graph
 * @param peerVersions the NetworkX and igraph versions, or null when not run
 * @param igraphExactBetweenness whether igraph computed exact betweenness because its version cannot
 *                    sample sources (python-igraph before 0.10.5), so it did n/k times the others' work
 */
public record PeerResult(String graph, int nodes, int edges, AlgorithmTimes threadgraph,
                         AlgorithmTimes threadgraphFirstRun, AlgorithmTimes networkx,
                         AlgorithmTimes igraph, String peerVersions, boolean igraphExactBetweenness) {
}
