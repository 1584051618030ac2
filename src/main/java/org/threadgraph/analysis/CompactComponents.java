package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;

/**
 * Weakly connected components (connected components of an undirected graph) by union–find with
 * union by size and path compression (R. E. Tarjan, "Efficiency of a good but not linear set union
 * algorithm", J. ACM 22(2), 1975) over the graph's edges read once into arrays ({@link IndexedEdges}).
 * The same sets, in the same order, as JGraphT's
 * {@link org.jgrapht.alg.connectivity.ConnectivityInspector#connectedSets()}: one set per component,
 * listed by the first of its vertices in {@code vertexSet()} order. Edge direction is ignored.
 * Complexity: O(n + m α(n)) time, α the inverse Ackermann function; O(n + m) space.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class CompactComponents<V, E> {

    private final Graph<V, E> graph;
    private List<Set<V>> connectedSets;

    /** Creates the finder; nothing is computed until asked. */
    public CompactComponents(Graph<V, E> graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    /** Returns the vertex sets of the components, each unmodifiable, by first vertex in vertex order. */
    public List<Set<V>> connectedSets() {
        if (connectedSets == null) {
            connectedSets = Collections.unmodifiableList(compute());
        }
        return connectedSets;
    }

    private List<Set<V>> compute() {
        IndexedEdges<V> edges = IndexedEdges.of(graph, false);
        int n = edges.vertexCount();
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        for (int e = 0; e < edges.edgeCount(); e++) {
            int a = find(parent, edges.source[e]);
            int b = find(parent, edges.target[e]);
            if (a != b) {
                if (size[a] < size[b]) {
                    int t = a;
                    a = b;
                    b = t;
                }
                parent[b] = a;
                size[a] += size[b];
            }
        }
        // Number the components by their first vertex, each set sized for its component.
        int[] componentOfRoot = new int[n];
        List<Set<V>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (componentOfRoot[root] == 0) {
                sets.add(new HashSet<>((int) (size[root] / 0.75f) + 1));
                componentOfRoot[root] = sets.size();
            }
            sets.get(componentOfRoot[root] - 1).add(edges.vertices.get(i));
        }
        sets.replaceAll(Collections::unmodifiableSet);
        return sets;
    }

    /** Returns the root of {@code v}'s tree, pointing every vertex on the way straight at it. */
    private static int find(int[] parent, int v) {
        int root = v;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[v] != root) {
            int next = parent[v];
            parent[v] = root;
            v = next;
        }
        return root;
    }
}
