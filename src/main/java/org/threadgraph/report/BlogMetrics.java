package org.threadgraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.threadgraph.analysis.CompactComponents;
import org.threadgraph.store.GraphSlice;

/**
 * The whole-network measures of the blog overview, on the participant graph (an edge from A to B when
 * A answered B at least once; responses to oneself and to the post are no edges): components, density,
 * reciprocity, the degree distribution and the modularity of the blog-wide camps.
 *
 * @param participants    participants who wrote a comment
 * @param connected       of those, the ones who answer or are answered
 * @param edges           ordered pairs (A answered B)
 * @param components      weakly connected components among the connected participants
 * @param largest         participants in the largest component
 * @param density         edges / (n (n - 1)) over the connected participants
 * @param reciprocity     share of edges whose reverse edge exists too
 * @param modularity      modularity of the blog-wide camps on the undirected graph (participants in no
 *                        camp are each a group of their own), or null when there are no camps
 * @param degrees         how many participants have each total degree (distinct people answered or
 *                        answering), degree to count, ascending
 */
record BlogMetrics(long participants, long connected, long edges, long components, long largest, double density,
                   double reciprocity, Double modularity, Map<Integer, Long> degrees) {

    static BlogMetrics of(GraphSlice people) {
        Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        Map<String, String> camps = new HashMap<>();
        people.edges().forEach(e -> {
            g.addVertex(e.source());
            g.addVertex(e.target());
            if (!e.source().equals(e.target())) {
                g.addEdge(e.source(), e.target());
            }
        });
        people.nodes().forEach(n -> {
            if (n.properties().get("camp") != null && g.containsVertex(n.id())) {
                camps.put(n.id(), String.valueOf(n.properties().get("camp")));
            }
        });
        long n = g.vertexSet().size();
        long m = g.edgeSet().size();
        long reciprocated = g.edgeSet().stream().filter(e -> g.containsEdge(g.getEdgeTarget(e), g.getEdgeSource(e)))
                .count();
        List<Set<String>> components = new CompactComponents<>(g).connectedSets();
        Map<Integer, Long> degrees = new TreeMap<>();
        for (String v : g.vertexSet()) {
            Set<String> neighbours = new HashSet<>();
            g.outgoingEdgesOf(v).forEach(e -> neighbours.add(g.getEdgeTarget(e)));
            g.incomingEdgesOf(v).forEach(e -> neighbours.add(g.getEdgeSource(e)));
            degrees.merge(neighbours.size(), 1L, Long::sum);
        }
        return new BlogMetrics(people.nodes().size(), n, m, components.size(),
                components.stream().mapToLong(Set::size).max().orElse(0),
                n < 2 ? 0 : (double) m / (n * (n - 1)), m == 0 ? 0 : (double) reciprocated / m,
                camps.isEmpty() || m == 0 ? null : modularity(g, camps), degrees);
    }

    private static double modularity(Graph<String, DefaultEdge> g, Map<String, String> camps) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String v : g.vertexSet()) {
            groups.computeIfAbsent(camps.getOrDefault(v, "alone:" + v), k -> new HashSet<>()).add(v);
        }
        return new UndirectedModularityMeasurer<>(new AsUndirectedGraph<>(g))
                .modularity(new ArrayList<>(groups.values()));
    }
}
