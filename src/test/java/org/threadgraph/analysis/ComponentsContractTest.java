package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same weakly-connected-component assertions against JGraphT's {@link ConnectivityInspector}
 * and {@link CompactComponents}, then the two compared on seeded random graphs: the same sets in the
 * same order.
 */
class ComponentsContractTest {

    enum Implementation {
        JGRAPHT(g -> new ConnectivityInspector<>(g).connectedSets()),
        COMPACT(g -> new CompactComponents<>(g).connectedSets());

        private final Function<Graph<String, DefaultEdge>, List<Set<String>>> sets;

        Implementation(Function<Graph<String, DefaultEdge>, List<Set<String>>> sets) {
            this.sets = sets;
        }

        List<Set<String>> of(Graph<String, DefaultEdge> g) {
            return sets.apply(g);
        }
    }

    private static Graph<String, DefaultEdge> directed(String... vertices) {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        for (String v : vertices) {
            g.addVertex(v);
        }
        return g;
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void anEmptyGraphHasNoComponents(Implementation cc) {
        assertEquals(List.of(), cc.of(directed()));
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void everyIsolatedVertexIsAComponentInVertexOrder(Implementation cc) {
        Graph<String, DefaultEdge> g = directed("c", "a", "b");
        g.addEdge("a", "a");
        assertEquals(List.of(Set.of("c"), Set.of("a"), Set.of("b")), cc.of(g));
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void directionIsIgnored(Implementation cc) {
        Graph<String, DefaultEdge> g = directed("a", "b", "c", "d", "e", "f");
        g.addEdge("b", "a");
        g.addEdge("b", "c");
        g.addEdge("d", "c");
        g.addEdge("f", "e");
        g.addEdge("f", "e");
        assertEquals(List.of(Set.of("a", "b", "c", "d"), Set.of("e", "f")), cc.of(g));
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void anUndirectedCycleIsOneComponent(Implementation cc) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        List.of("a", "b", "c", "z").forEach(g::addVertex);
        g.addEdge("a", "b");
        g.addEdge("b", "c");
        g.addEdge("c", "a");
        assertEquals(List.of(Set.of("a", "b", "c"), Set.of("z")), cc.of(g));
    }

    @Test
    void compactSetsAreJGraphTsOnRandomGraphs() {
        // From mostly isolated vertices to one giant component.
        for (int edges : new int[] {300, 1_000, 1_800, 4_000}) {
            for (boolean directed : new boolean[] {true, false}) {
                Graph<String, DefaultEdge> g = directed ? new DefaultDirectedGraph<>(DefaultEdge.class)
                        : new SimpleGraph<>(DefaultEdge.class);
                Random random = new Random(edges);
                int n = 2_000;
                for (int i = 0; i < n; i++) {
                    g.addVertex("v" + random.nextInt(1_000_000) + "_" + i);
                }
                List<String> vertices = List.copyOf(g.vertexSet());
                for (int k = 0; k < edges; k++) {
                    String a = vertices.get(random.nextInt(n));
                    String b = vertices.get(random.nextInt(n));
                    if (!a.equals(b)) {
                        g.addEdge(a, b);
                    }
                }
                assertEquals(Implementation.JGRAPHT.of(g), Implementation.COMPACT.of(g), edges + " edges");
            }
        }
    }
}
