package org.threadgraph.analysis;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.threadgraph.model.Stance;

/**
 * Who answers whom, aggregated by participant pair: a directed graph whose edge {@code u -> v}
 * weighs the number of responses {@code u} wrote to {@code v}, with the counts by stance kept.
 * Responses of a participant to themselves are counted ({@link #selfResponses()}) but are not edges.
 *
 * <p>Memory is O(p + e) for p participants and e distinct answering pairs, whatever the number of
 * comments: build it from streamed {@link InteractionInput} rows, or add posts one at a time with a
 * {@link Builder}. Vertices and edges are inserted in key order, so the same interactions in any
 * row order give the same graph and the same scores.
 */
public final class ParticipantGraph {

    private final Graph<String, DefaultWeightedEdge> graph;
    private final Map<String, Map<String, long[]>> counts;
    private final long selfResponses;

    private ParticipantGraph(Map<String, Map<String, long[]>> counts, Set<String> isolated,
                             long selfResponses) {
        this.counts = counts;
        this.selfResponses = selfResponses;
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        TreeSet<String> vertices = new TreeSet<>(isolated);
        counts.forEach((from, row) -> {
            vertices.add(from);
            vertices.addAll(row.keySet());
        });
        vertices.forEach(g::addVertex);
        counts.forEach((from, row) -> row.forEach((to, c) -> {
            long total = c[0] + c[1] + c[2];
            if (total > 0) {
                g.setEdgeWeight(g.addEdge(from, to), total);
            }
        }));
        this.graph = g;
    }

    /** Returns the graph of the given interaction rows, consuming them. */
    public static ParticipantGraph of(InteractionInput input) {
        Builder b = new Builder();
        Iterator<InteractionInput.Row> it = input.rows();
        while (it.hasNext()) {
            b.add(it.next());
        }
        return b.build();
    }

    /** Returns the graph of one post: who answers whom among its comments. */
    public static ParticipantGraph of(ThreadInput thread) {
        return new Builder().add(thread).build();
    }

    /** Returns the directed, weighted JGraphT view (weight = responses of any stance); do not modify it. */
    public Graph<String, DefaultWeightedEdge> graph() {
        return graph;
    }

    /** Returns {agree, disagree, neutral} counts of {@code from} answering {@code to}, zeros when none. */
    public long[] counts(String from, String to) {
        long[] c = counts.getOrDefault(from, Map.of()).get(to);
        return c == null ? new long[3] : c.clone();
    }

    /** Returns the number of responses whose writer answered themselves. */
    public long selfResponses() {
        return selfResponses;
    }

    /**
     * Returns the undirected signed view used for camps: {u, v} weighs agree - disagree in both
     * directions; pairs whose net is 0 are left out. Vertices are all participants, in key order.
     */
    public Graph<String, DefaultWeightedEdge> signedGraph() {
        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .allowingMultipleEdges(false).allowingSelfLoops(false).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        graph.vertexSet().forEach(g::addVertex);
        Map<String, Map<String, Long>> net = new TreeMap<>();
        counts.forEach((from, row) -> row.forEach((to, c) -> {
            if (from.equals(to)) {
                return;
            }
            String a = from.compareTo(to) < 0 ? from : to;
            String b = a.equals(from) ? to : from;
            net.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, c[0] - c[1], Long::sum);
        }));
        net.forEach((a, row) -> row.forEach((b, w) -> {
            if (w != 0) {
                g.setEdgeWeight(g.addEdge(a, b), w);
            }
        }));
        return g;
    }

    /** Accumulates interactions row by row or post by post. */
    public static final class Builder {

        private final Map<String, Map<String, long[]>> counts = new TreeMap<>();
        private final Set<String> isolated = new TreeSet<>();
        private long self;

        /** Adds one row; rows for the same pair are summed. */
        public Builder add(InteractionInput.Row row) {
            Objects.requireNonNull(row, "row");
            if (row.from().equals(row.to())) {
                self += row.total();
                isolated.add(row.from());
                return this;
            }
            long[] c = counts.computeIfAbsent(row.from(), k -> new TreeMap<>()).computeIfAbsent(row.to(),
                    k -> new long[3]);
            c[0] += row.agree();
            c[1] += row.disagree();
            c[2] += row.neutral();
            return this;
        }

        /**
         * Adds one post: every writer becomes a vertex and each response between two comments adds
         * one to its writers' pair, by stance. Responses naming unknown comments are skipped.
         */
        public Builder add(ThreadInput thread) {
            Map<String, ThreadComment> byId = thread.commentsById();
            thread.comments().forEach(c -> isolated.add(c.writer()));
            for (ResponseLink r : thread.responses()) {
                if (r.toPost()) {
                    continue;
                }
                ThreadComment from = byId.get(r.fromId());
                ThreadComment to = byId.get(r.toId());
                if (from == null || to == null || from == to) {
                    continue;
                }
                add(new InteractionInput.Row(from.writer(), to.writer(), r.stance() == Stance.Label.AGREE ? 1 : 0,
                        r.stance() == Stance.Label.DISAGREE ? 1 : 0,
                        r.stance() == Stance.Label.NEUTRAL ? 1 : 0));
            }
            return this;
        }

        /** Returns the graph of everything added so far. */
        public ParticipantGraph build() {
            Map<String, Map<String, long[]>> copy = new TreeMap<>();
            counts.forEach((from, row) -> {
                Map<String, long[]> r = new TreeMap<>();
                row.forEach((to, c) -> r.put(to, c.clone()));
                copy.put(from, Collections.unmodifiableMap(r));
            });
            return new ParticipantGraph(copy, isolated, self);
        }
    }
}
