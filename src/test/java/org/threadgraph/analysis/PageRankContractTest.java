package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same PageRank assertions against JGraphT 1.5.3's {@link PageRank} and {@link CompactPageRank},
 * then the two compared score by score. They agree to {@value #SAME}: what differs is rounding
 * (summation order, and the weight fraction taken before multiplying), about 1e-16 per term.
 */
class PageRankContractTest {

    /** Largest difference allowed between JGraphT's score and ours for any vertex (scores sum to 1). */
    private static final double SAME = 1e-12;

    enum Implementation {
        JGRAPHT {
            @Override
            <V, E> VertexScoringAlgorithm<V, Double> of(Graph<V, E> g, double damping, int iterations, double tolerance) {
                return new PageRank<>(g, damping, iterations, tolerance);
            }
        },
        COMPACT {
            @Override
            <V, E> VertexScoringAlgorithm<V, Double> of(Graph<V, E> g, double damping, int iterations, double tolerance) {
                return new CompactPageRank<>(g, damping, iterations, tolerance);
            }
        };

        abstract <V, E> VertexScoringAlgorithm<V, Double> of(Graph<V, E> g, double damping, int iterations,
                                                              double tolerance);

        <V, E> Map<V, Double> tight(Graph<V, E> g) {
            return of(g, 0.85, 1000, 1e-12).getScores();
        }
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void anEmptyGraphHasNoScores(Implementation pr) {
        assertEquals(Map.of(), pr.tight(new DefaultDirectedGraph<>(DefaultEdge.class)));
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void aLoneVertexHoldsEverything(Implementation pr) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        g.addVertex("a");
        assertEquals(1.0, pr.tight(g).get("a"), 1e-15);
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void aCycleIsUniform(Implementation pr) {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < 5; i++) {
            g.addVertex(i);
        }
        for (int i = 0; i < 5; i++) {
            g.addEdge(i, (i + 1) % 5);
        }
        pr.tight(g).values().forEach(s -> assertEquals(0.2, s, 1e-12));
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void aDanglingHubMatchesTheClosedForm(Implementation pr) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        g.addVertex("hub");
        for (int i = 1; i <= 5; i++) {
            g.addVertex("leaf" + i);
            g.addEdge("leaf" + i, "hub");
        }
        double d = 0.85;
        // leaf x = (1-d)/6 + d h/6 (the hub's score is spread evenly); hub h = x + 5 d x; 5x + h = 1.
        double x = 1 / (5 + (1 + 5 * d));
        Map<String, Double> s = pr.tight(g);
        assertEquals((1 + 5 * d) * x, s.get("hub"), 1e-10);
        assertEquals(x, s.get("leaf3"), 1e-10);
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void weightsSplitWhatAVertexPassesOn(Implementation pr) {
        // a gives 3/4 of its share to b and 1/4 to c; b and c give all of theirs back to a.
        Graph<String, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        List.of("a", "b", "c").forEach(g::addVertex);
        g.setEdgeWeight(g.addEdge("a", "b"), 3);
        g.setEdgeWeight(g.addEdge("a", "c"), 1);
        g.addEdge("b", "a");
        g.addEdge("c", "a");
        Map<String, Double> s = pr.tight(g);
        double d = 0.85;
        double t = (1 - d) / 3;
        // a = t + d (b + c), b = t + 3/4 d a, c = t + 1/4 d a, so a = t (1 + 2d) / (1 - d^2).
        double a = t * (1 + 2 * d) / (1 - d * d);
        assertEquals(a, s.get("a"), 1e-10);
        assertEquals(t + 0.75 * d * a, s.get("b"), 1e-10);
        assertEquals(t + 0.25 * d * a, s.get("c"), 1e-10);
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void selfLoopsAndParallelEdgesKeepTheScoresADistribution(Implementation pr) {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        List.of("a", "b", "c", "d").forEach(g::addVertex);
        g.addEdge("a", "a");
        g.addEdge("a", "b");
        g.addEdge("a", "b");
        g.addEdge("b", "c");
        Map<String, Double> s = pr.tight(g);
        assertEquals(1.0, s.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertTrue(s.get("c") > s.get("d"), "d is isolated: teleport only");
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void theIterationCapStopsEarly(Implementation pr) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        List.of("a", "b", "c").forEach(g::addVertex);
        g.addEdge("a", "b");
        g.addEdge("b", "c");
        // One iteration from 1/3 each: a = r, b = r + d/3, c = r + d/3 with r = ((1-d) 2/3 + 1/3) / 3.
        Map<String, Double> s = pr.of(g, 0.85, 1, 1e-12).getScores();
        double r = ((1 - 0.85) * 2 / 3 + 1.0 / 3) / 3;
        assertEquals(r, s.get("a"), 1e-15);
        assertEquals(r + 0.85 / 3, s.get("c"), 1e-15);
    }

    @ParameterizedTest
    @EnumSource(Implementation.class)
    void badParametersAndUnknownVerticesAreRefused(Implementation pr) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        g.addVertex("a");
        assertThrows(IllegalArgumentException.class, () -> pr.of(g, 1.5, 100, 1e-4));
        assertThrows(IllegalArgumentException.class, () -> pr.of(g, 0.85, 0, 1e-4));
        assertThrows(IllegalArgumentException.class, () -> pr.of(g, 0.85, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> pr.of(g, 0.85, 100, 1e-4).getVertexScore("z"));
    }

    static Stream<Supplier<Graph<Integer, ?>>> graphs() {
        return Stream.of(
                () -> random(new DefaultDirectedGraph<>(DefaultEdge.class), 2_000, 2_200, 1, false),
                () -> random(new DirectedPseudograph<>(DefaultEdge.class), 2_000, 6_000, 2, false),
                () -> random(new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class), 2_000, 6_000, 3, true),
                () -> random(new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class), 2_000, 1_500, 4, true),
                () -> random(new SimpleGraph<>(DefaultEdge.class), 2_000, 3_000, 5, false),
                () -> random(new SimpleWeightedGraph<>(DefaultWeightedEdge.class), 2_000, 3_000, 6, true),
                PageRankContractTest::participantShaped);
    }

    @ParameterizedTest
    @MethodSource("graphs")
    void compactScoresAreJGraphTs(Supplier<Graph<Integer, ?>> make) {
        Graph<Integer, ?> g = make.get();
        for (double[] p : new double[][] {{0.85, 100, 1e-4}, {0.85, 100, 1e-6}, {0.85, 1000, 1e-10}, {0.5, 7, 1e-4}}) {
            Map<Integer, Double> theirs = Implementation.JGRAPHT.of(g, p[0], (int) p[1], p[2]).getScores();
            Map<Integer, Double> ours = Implementation.COMPACT.of(g, p[0], (int) p[1], p[2]).getScores();
            assertEquals(theirs.keySet(), ours.keySet());
            for (Integer v : g.vertexSet()) {
                assertEquals(theirs.get(v), ours.get(v), SAME, () -> "vertex " + v + " with " + List.of(p[0], p[1], p[2]));
            }
        }
    }

    @Test
    void anUndirectedSelfLoopIsFollowedOnce() {
        // JGraphT 1.5.3 reads a phantom in-neighbour here (see CompactPageRank): ours keeps a distribution.
        Graph<String, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        List.of("a", "b").forEach(g::addVertex);
        g.addEdge("a", "a");
        g.addEdge("a", "b");
        Map<String, Double> s = Implementation.COMPACT.tight(g);
        assertEquals(1.0, s.get("a") + s.get("b"), 1e-12);
        // a passes half to itself, half to b; b passes all to a: a = t + d (a/2 + b), b = t + d a/2.
        double t = (1 - 0.85) / 2;
        assertEquals(t + 0.85 * s.get("a") / 2, s.get("b"), 1e-10);
    }

    /** Answers drawn heavy-tailed toward a few, many who are never answered or answer no one. */
    private static Graph<Integer, DefaultWeightedEdge> participantShaped() {
        Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Random random = new Random(7);
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
        }
        for (int k = 0; k < 2_500; k++) {
            int from = random.nextInt(n);
            int to = (int) (n * Math.pow(random.nextDouble(), 3));
            if (from != to) {
                DefaultWeightedEdge e = g.getEdge(from, to);
                if (e == null) {
                    g.addEdge(from, to);
                } else {
                    g.setEdgeWeight(e, g.getEdgeWeight(e) + 1);
                }
            }
        }
        return g;
    }

    private static <E> Graph<Integer, E> random(Graph<Integer, E> g, int n, int m, long seed, boolean weighted) {
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
        }
        boolean loops = g.getType().isAllowingSelfLoops();
        for (int k = 0; k < m; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b && !loops) {
                continue;
            }
            E e = g.addEdge(a, b);
            if (e != null && weighted) {
                g.setEdgeWeight(e, 0.25 + random.nextDouble() * 4);
            }
        }
        return g;
    }
}
