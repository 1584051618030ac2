package org.threadgraph.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Signed weights summed per unordered pair of comments, the comments given by their index in thread
 * order. Iteration is in index order, so the graph built from it is the same for the same input.
 */
final class SignedEvidence {

    private final List<ThreadComment> ordered;
    private final long n;
    // (lower index * n + higher index) -> summed weight
    private final TreeMap<Long, Double> pairs = new TreeMap<>();

    SignedEvidence(List<ThreadComment> ordered) {
        this.ordered = ordered;
        this.n = Math.max(1, ordered.size());
    }

    /** Adds {@code w} (positive = same side) between the comments at indexes a and b; a == b is ignored. */
    void add(int a, int b, double w) {
        if (a != b && w != 0) {
            pairs.merge(Math.min(a, b) * n + Math.max(a, b), w, Double::sum);
        }
    }

    /** Returns the indexes of comments that carry some non-zero evidence so far. */
    Set<Integer> evidenced() {
        Set<Integer> out = new HashSet<>();
        pairs.forEach((key, w) -> {
            if (w != 0) {
                out.add((int) (key / n));
                out.add((int) (key % n));
            }
        });
        return out;
    }

    /** Returns the signed graph over every comment, one edge per pair with non-zero summed weight. */
    Graph<String, DefaultWeightedEdge> graph() {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        ordered.forEach(c -> g.addVertex(c.id()));
        pairs.forEach((key, w) -> {
            if (w != 0) {
                g.setEdgeWeight(g.addEdge(ordered.get((int) (key / n)).id(), ordered.get((int) (key % n)).id()), w);
            }
        });
        return g;
    }
}
