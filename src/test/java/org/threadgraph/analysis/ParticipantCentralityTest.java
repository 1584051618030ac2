package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class ParticipantCentralityTest {

    private static InteractionInput.Row row(String from, String to, long agree, long disagree, long neutral) {
        return new InteractionInput.Row(from, to, agree, disagree, neutral);
    }

    @Test
    void pageRankOnAStarMatchesTheClosedForm() {
        // Five leaves each answer the hub once; the hub answers nobody (a dangling vertex).
        List<InteractionInput.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(row("leaf" + i, "hub", 1, 0, 0));
        }
        ParticipantCentrality c = new ParticipantCentrality(ParticipantGraph.of(InteractionInput.of(rows)));
        double d = ParticipantCentrality.DAMPING_FACTOR_DEFAULT;
        int n = 6;
        // leaf x = (1-d)/n + d h/n; hub h = x + 5 d x; 5x + h = 1.
        double x = 1 / (5 + (1 + 5 * d));
        double h = (1 + 5 * d) * x;
        assertEquals(x, (1 - d) / n + d * h / n, 1e-12, "closed form is self-consistent");
        ParticipantRank hub = c.getRank("hub");
        assertEquals(h, hub.pageRank(), 1e-8);
        assertEquals(1, hub.pageRankRank());
        assertEquals(5.0, hub.inDegree());
        assertEquals(1, hub.inDegreeRank());
        for (int i = 1; i <= 5; i++) {
            ParticipantRank leaf = c.getRank("leaf" + i);
            assertEquals(x, leaf.pageRank(), 1e-8);
            assertEquals(2, leaf.pageRankRank(), "leaves tie");
            assertEquals(1, leaf.outDegreeRank(), "leaves tie on out-degree");
            assertEquals(0.0, leaf.betweenness());
        }
        assertEquals("hub", c.getRanking().get(0).participant());
        assertEquals(List.of("hub", "leaf1", "leaf2", "leaf3", "leaf4", "leaf5"),
                c.getRanking().stream().map(ParticipantRank::participant).toList(), "ties by key");
        assertTrue(c.isBetweennessExact());
    }

    @Test
    void betweennessOfADirectedPath() {
        // a -> b -> c -> d: b lies on a->c and a->d, c on a->d and b->d.
        ParticipantGraph g = ParticipantGraph.of(InteractionInput.of(List.of(row("a", "b", 1, 0, 0),
                row("b", "c", 0, 1, 0), row("c", "d", 0, 0, 3))));
        SampledBetweennessCentrality<String, DefaultWeightedEdge> raw = new SampledBetweennessCentrality<>(jgrapht(g));
        assertEquals(Map.of("a", 0.0, "b", 2.0, "c", 2.0, "d", 0.0), raw.getScores());
        ParticipantCentrality c = new ParticipantCentrality(g);
        assertEquals(2.0 / 6, c.getRank("b").betweenness(), 1e-12, "normalised by (n-1)(n-2)");
        assertEquals(1, c.getRank("b").betweennessRank());
        assertEquals(1, c.getRank("c").betweennessRank());
        assertEquals(3, c.getRank("a").betweennessRank());
        assertEquals(3.0, c.getRank("d").inDegree(), "weighted by response count");
    }

    @Test
    void betweennessOfAnUndirectedPath() {
        Graph<String, DefaultEdge> path = new SimpleGraph<>(DefaultEdge.class);
        for (String v : List.of("a", "b", "c", "d", "e")) {
            path.addVertex(v);
        }
        path.addEdge("a", "b");
        path.addEdge("b", "c");
        path.addEdge("c", "d");
        path.addEdge("d", "e");
        Map<String, Double> s = new SampledBetweennessCentrality<>(path).getScores();
        // In a path of 5, vertex i (0-based) separates i * (4 - i) pairs.
        assertEquals(Map.of("a", 0.0, "b", 3.0, "c", 4.0, "d", 3.0, "e", 0.0), s);
    }

    @Test
    void exactModeMatchesJGraphTOnRandomGraphs() {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            boolean directed = trial % 2 == 0;
            boolean weighted = trial % 4 < 2;
            Graph<Integer, DefaultWeightedEdge> g = directed ? new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class)
                    : new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            int n = 5 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                g.addVertex(i);
            }
            for (int e = 0; e < n * 3; e++) {
                int a = random.nextInt(n);
                int b = random.nextInt(n);
                if (a != b && !g.containsEdge(a, b)) {
                    // Small integer lengths so that equal-length paths exist and sums are exact.
                    g.setEdgeWeight(g.addEdge(a, b), weighted ? 1 + random.nextInt(3) : 1);
                }
            }
            Map<Integer, Double> expected = new BetweennessCentrality<>(g).getScores();
            Map<Integer, Double> actual = new SampledBetweennessCentrality<>(g, 1000, 1, true, false).getScores();
            for (int v = 0; v < n; v++) {
                assertEquals(expected.get(v), actual.get(v), 1e-9, "trial " + trial + " vertex " + v);
            }
        }
    }

    @Test
    void samplingIsDeterministicAndCloseToExact() {
        Random random = new Random(11);
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        int n = 1500;
        for (int i = 0; i < n; i++) {
            g.addVertex(i);
        }
        // A preferential-attachment-like graph: a few hubs answered by many.
        for (int i = 1; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                int t = random.nextInt(i);
                t = random.nextBoolean() ? t / 10 : t;
                if (t != i && !g.containsEdge(i, t)) {
                    g.addEdge(i, t);
                }
                if (random.nextInt(4) == 0 && !g.containsEdge(t, i) && t != i) {
                    g.addEdge(t, i);
                }
            }
        }
        long t0 = System.nanoTime();
        Map<Integer, Double> exact = new SampledBetweennessCentrality<>(g, n, 0, false, true).getScores();
        long t1 = System.nanoTime();
        SampledBetweennessCentrality<Integer, DefaultEdge> sampled = new SampledBetweennessCentrality<>(g, 150, 42, false, true);
        Map<Integer, Double> estimate = sampled.getScores();
        long t2 = System.nanoTime();
        assertFalse(sampled.isExact());
        assertEquals(estimate, new SampledBetweennessCentrality<>(g, 150, 42, false, true).getScores(), "same seed, same scores");
        double maxError = 0;
        for (int v = 0; v < n; v++) {
            maxError = Math.max(maxError, Math.abs(exact.get(v) - estimate.get(v)));
        }
        // Hoeffding: each vertex within 0.11 with probability 95% for 150 pivots; observed errors are far smaller.
        assertTrue(maxError < 0.02, "max normalised error " + maxError);
        List<Integer> topExact = top(exact, 10);
        List<Integer> topEstimate = top(estimate, 10);
        long common = topExact.stream().filter(topEstimate::contains).count();
        System.out.printf("sampled betweenness n=%d m=%d pivots=150: max normalised error %.5f, top-10 overlap %d/10, "
                + "exact %d ms, sampled %d ms%n", n, g.edgeSet().size(), maxError, common, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        assertTrue(common >= 7, "top-10 overlap " + common);
    }

    private static List<Integer> top(Map<Integer, Double> scores, int k) {
        List<Integer> v = new ArrayList<>(scores.keySet());
        v.sort((a, b) -> scores.get(b).equals(scores.get(a)) ? Integer.compare(a, b) : Double.compare(scores.get(b), scores.get(a)));
        return v.subList(0, k);
    }

    @Test
    void rowsAreAggregatedWhateverTheirOrder() {
        List<InteractionInput.Row> rows = new ArrayList<>(List.of(row("a", "b", 1, 2, 0), row("b", "a", 0, 1, 1),
                row("a", "b", 1, 0, 0), row("c", "a", 3, 0, 0), row("a", "a", 1, 0, 0), row("d", "c", 0, 0, 1),
                row("c", "b", 0, 2, 0)));
        ParticipantGraph g = ParticipantGraph.of(InteractionInput.of(rows));
        assertArrayEquals(new long[] {2, 2, 0}, g.counts("a", "b"));
        assertEquals(1, g.selfResponses());
        assertEquals(4.0, jgrapht(g).getEdgeWeight(jgrapht(g).getEdge("a", "b")));
        List<ParticipantRank> expected = new ParticipantCentrality(g).getRanking();
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(rows, new Random(i));
            assertEquals(expected, new ParticipantCentrality(ParticipantGraph.of(InteractionInput.of(rows))).getRanking());
        }
    }

    @Test
    void postGraphComesFromResponsesBetweenWriters() {
        ThreadInput t = Fixtures.post("p").comment("c1", null, "ann").comment("c2", "c1", "bob").comment("c3", "c1", "ann")
                .comment("c4", null, "cat").answersPost("c1").agrees("c2", "c1").disagrees("c3", "c2").neutral("c4", "c1")
                .build();
        ParticipantGraph g = ParticipantGraph.of(t);
        assertEquals(List.of("ann", "bob", "cat"), g.participants());
        assertArrayEquals(new long[] {1, 0, 0}, g.counts("bob", "ann"));
        assertArrayEquals(new long[] {0, 1, 0}, g.counts("ann", "bob"));
        assertArrayEquals(new long[] {0, 0, 1}, g.counts("cat", "ann"));
        ParticipantRank ann = new ThreadAnalysis(t).centrality().getRank("ann");
        assertEquals(1, ann.pageRankRank());
        assertEquals(2.0, ann.inDegree());
    }

    @Test
    void constructorsValidate() {
        ParticipantGraph g = ParticipantGraph.of(InteractionInput.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ParticipantCentrality(g, 1.5, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new ParticipantCentrality(g, 0.85, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> row("a", "b", -1, 0, 0));
        assertEquals(List.of(), new ParticipantCentrality(g).getRanking());
    }

    /**
     * The arrays the blog-wide analysis runs on give what JGraphT gives on the same graph built as
     * objects: PageRank, exact betweenness, and the camps of the signed pairs.
     */
    @Test
    void arraysScoreAsJGraphTObjects() {
        Random random = new Random(7);
        List<InteractionInput.Row> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            rows.add(row("p" + random.nextInt(120), "p" + random.nextInt(120), random.nextInt(3), random.nextInt(3),
                    random.nextInt(2)));
        }
        ParticipantGraph g = ParticipantGraph.of(InteractionInput.of(rows));
        Graph<String, DefaultWeightedEdge> objects = jgrapht(g);
        Map<String, Double> pageRank = new org.jgrapht.alg.scoring.PageRank<>(objects, 0.85, 1000, 1e-10).getScores();
        // Betweenness counts hops: JGraphT's reads weights as lengths, so it gets the unweighted copy.
        Graph<String, DefaultEdge> hops = new SimpleDirectedGraph<>(DefaultEdge.class);
        objects.vertexSet().forEach(hops::addVertex);
        objects.edgeSet().forEach(e -> hops.addEdge(objects.getEdgeSource(e), objects.getEdgeTarget(e)));
        Map<String, Double> betweenness = new BetweennessCentrality<>(hops, true).getScores();
        ParticipantCentrality c = new ParticipantCentrality(g);
        assertTrue(c.isBetweennessExact());
        assertEquals(objects.vertexSet().size(), c.getRanking().size());
        for (String v : objects.vertexSet()) {
            assertEquals(pageRank.get(v), c.getRank(v).pageRank(), 1e-9, v);
            assertEquals(betweenness.get(v), c.getRank(v).betweenness(), 1e-9, v);
        }
        Graph<String, DefaultWeightedEdge> signed = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        objects.vertexSet().forEach(signed::addVertex);
        for (DefaultWeightedEdge e : objects.edgeSet()) {
            String a = objects.getEdgeSource(e);
            String b = objects.getEdgeTarget(e);
            long[] n = g.counts(a, b);
            DefaultWeightedEdge s = signed.getEdge(a, b);
            double w = (s == null ? 0 : signed.getEdgeWeight(s)) + n[0] - n[1];
            if (s == null) {
                s = signed.addEdge(a, b);
            }
            signed.setEdgeWeight(s, w);
        }
        assertEquals(new SignedCampClustering<>(signed, Comparator.<String>naturalOrder()).getPartition().camps(),
                new ParticipantCamps(g).getPartition().camps());
        assertFalse(new ParticipantCamps(g).getPartition().camps().isEmpty(), "the random graph has disputes");
    }

    /** Returns the participant graph as JGraphT objects, weighted by responses of any stance. */
    static Graph<String, DefaultWeightedEdge> jgrapht(ParticipantGraph g) {
        Graph<String, DefaultWeightedEdge> objects = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.participants().forEach(objects::addVertex);
        IndexedEdges<String> edges = g.responses();
        for (int e = 0; e < edges.edgeCount(); e++) {
            objects.setEdgeWeight(objects.addEdge(edges.vertices.get(edges.source[e]),
                    edges.vertices.get(edges.target[e])), edges.weight[e]);
        }
        return objects;
    }
}
