package org.threadgraph.analysis;

import java.util.List;

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

    /**
     * Wraps arrays that already number the vertices, for graphs too large to hold as JGraphT objects
     * (the blog-wide participant graph); the arrays are used as they are, not copied.
     *
     * @param weight edge weights, or null
     */
    static <V> IndexedEdges<V> of(List<V> vertices, int[] source, int[] target, double[] weight) {
        if (source.length != target.length || weight != null && weight.length != source.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        return new IndexedEdges<>(List.copyOf(vertices), source, target, weight);
    }

    /** Reads the graph in O(n + m), with its edge weights when {@code weights} is true. */
    static <V, E> IndexedEdges<V> of(Graph<V, E> graph, boolean weights) {
        List<V> vertices = List.copyOf(graph.vertexSet());
        Numbering index = new Numbering(vertices);
        int m = graph.edgeSet().size();
        int[] source = new int[m];
        int[] target = new int[m];
        double[] weight = weights ? new double[m] : null;
        int k = 0;
        for (E e : graph.edgeSet()) {
            source[k] = index.of(graph.getEdgeSource(e));
            target[k] = index.of(graph.getEdgeTarget(e));
            if (weights) {
                weight[k] = graph.getEdgeWeight(e);
            }
            k++;
        }
        return new IndexedEdges<>(vertices, source, target, weight);
    }

    /**
     * Vertex to number by open addressing (linear probing, at most half full): about half the time of a
     * {@code HashMap<V, Integer>} here, where most lookups find an equal but not identical key and
     * a map entry and a boxed number would be two more cache misses each.
     */
    private static final class Numbering {
        private final Object[] keys;
        private final int[] numbers;
        private final int mask;

        Numbering(List<?> vertices) {
            int capacity = Integer.highestOneBit(Math.max(2, vertices.size()) * 2 - 1) << 1;
            keys = new Object[capacity];
            numbers = new int[capacity];
            mask = capacity - 1;
            for (int i = 0; i < vertices.size(); i++) {
                int slot = slot(vertices.get(i));
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = vertices.get(i);
                numbers[slot] = i;
            }
        }

        int of(Object vertex) {
            int slot = slot(vertex);
            for (Object key = keys[slot]; key != vertex && !key.equals(vertex); key = keys[slot]) {
                slot = (slot + 1) & mask;
            }
            return numbers[slot];
        }

        private int slot(Object vertex) {
            int h = vertex.hashCode() * 0x9E3779B9;
            return (h ^ (h >>> 16)) & mask;
        }
    }

    int vertexCount() {
        return vertices.size();
    }

    int edgeCount() {
        return source.length;
    }
}
