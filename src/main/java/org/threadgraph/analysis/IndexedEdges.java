package org.threadgraph.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;

/**
 * A graph's vertices numbered 0..n-1 in {@code vertexSet()} order and its edges as parallel arrays
 * of those numbers, in {@code edgeSet()} order: read once, so that an algorithm then loops over
 * arrays instead of asking the graph (a hash lookup per edge) on every pass.
 *
 * @param <V> the vertex type
 */
final class IndexedEdges<V> {

    final List<V> vertices;
    final int[] source;
    final int[] target;
    /** Edge weights, or null when they were not asked for. */
    final double[] weight;

    private IndexedEdges(List<V> vertices, int[] source, int[] target, double[] weight) {
        this.vertices = vertices;
        this.source = source;
        this.target = target;
        this.weight = weight;
    }

    /** Reads the graph in O(n + m), with its edge weights when {@code weights} is true. */
    static <V, E> IndexedEdges<V> of(Graph<V, E> graph, boolean weights) {
        List<V> vertices = List.copyOf(graph.vertexSet());
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int m = graph.edgeSet().size();
        int[] source = new int[m];
        int[] target = new int[m];
        double[] weight = weights ? new double[m] : null;
        int k = 0;
        for (E e : graph.edgeSet()) {
            source[k] = index.get(graph.getEdgeSource(e));
            target[k] = index.get(graph.getEdgeTarget(e));
            if (weights) {
                weight[k] = graph.getEdgeWeight(e);
            }
            k++;
        }
        return new IndexedEdges<>(vertices, source, target, weight);
    }

    int vertexCount() {
        return vertices.size();
    }

    int edgeCount() {
        return source.length;
    }
}
