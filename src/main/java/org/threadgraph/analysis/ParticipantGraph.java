package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.threadgraph.model.Stance;

/**
 * Who answers whom, aggregated by participant pair: a directed graph whose edge {@code u -> v}
 * weighs the number of responses {@code u} wrote to {@code v}, with the counts by stance kept.
 * Responses of a participant to themselves are counted ({@link #selfResponses()}) but are not edges.
 *
 * <p>The graph is held as arrays, not JGraphT objects: participants numbered in key order, answering
 * pairs compressed-sparse-row by answering participant and then by key. A blog of a million comments
 * has some 650,000 participants. When the blog-wide pass held them as JGraphT objects and sorted maps of
 * counts (and wrote its figures in one transaction) it ran out of a 2 GiB heap; as arrays the graph takes
 * O(p + e) ints and longs and the p keys, and the 74k blog's whole blog-wide pass fits 128 MiB. The
 * analyses read it through
 * {@link IndexedEdges} ({@link #responses()}, {@link #signedPairs()}), the same arrays JGraphT graphs
 * are read into. Build it from streamed {@link InteractionInput} rows, or add posts one at a time with
 * a {@link Builder}; the same interactions in any row order give the same graph and the same scores.
 */
public final class ParticipantGraph {

    private final List<String> participants;
    /** Pairs answering from participant {@code i} are {@code start[i]} to {@code start[i + 1] - 1}. */
    private final int[] start;
    private final int[] answered;
    private final long[] agree;
    private final long[] disagree;
    private final long[] neutral;
    private final long selfResponses;
    private IndexedEdges<String> responses;

    private ParticipantGraph(List<String> participants, int[] start, int[] answered, long[] agree, long[] disagree,
                             long[] neutral, long selfResponses) {
        this.participants = participants;
        this.start = start;
        this.answered = answered;
        this.agree = agree;
        this.disagree = disagree;
        this.neutral = neutral;
        this.selfResponses = selfResponses;
    }

    /** Returns the graph of the given interaction rows, consuming them. */
    public static ParticipantGraph of(InteractionInput input) {
        Builder b = new Builder();
        input.rows().forEachRemaining(b::add);
        return b.build();
    }

    /** Returns the graph of one post: who answers whom among its comments. */
    public static ParticipantGraph of(ThreadInput thread) {
        return new Builder().add(thread).build();
    }

    /** Returns every participant, in key order: the vertices, numbered by position. */
    public List<String> participants() {
        return participants;
    }

    /** Returns the number of ordered pairs where one participant answered the other. */
    public int pairCount() {
        return answered.length;
    }

    /** Returns {agree, disagree, neutral} counts of {@code from} answering {@code to}, zeros when none. */
    public long[] counts(String from, String to) {
        int a = Collections.binarySearch(participants, from);
        int b = Collections.binarySearch(participants, to);
        int k = a < 0 || b < 0 ? -1 : Arrays.binarySearch(answered, start[a], start[a + 1], b);
        return k < 0 ? new long[3] : new long[] {agree[k], disagree[k], neutral[k]};
    }

    /** Returns the number of responses whose writer answered themselves. */
    public long selfResponses() {
        return selfResponses;
    }

    /**
     * Returns the directed pairs weighted by responses of any stance, in (answering, answered) key order;
     * built once, since centrality and camps both read it.
     */
    IndexedEdges<String> responses() {
        if (responses == null) {
            responses = indexResponses();
        }
        return responses;
    }

    private IndexedEdges<String> indexResponses() {
        int[] source = new int[answered.length];
        double[] weight = new double[answered.length];
        for (int i = 0; i < participants.size(); i++) {
            for (int k = start[i]; k < start[i + 1]; k++) {
                source[k] = i;
                weight[k] = agree[k] + disagree[k] + neutral[k];
            }
        }
        return IndexedEdges.of(participants, source, answered, weight);
    }

    /** Returns {agree, disagree} counts of the directed pair {@code k} of {@link #responses()}. */
    long[] stanceCounts(int k) {
        return new long[] {agree[k], disagree[k]};
    }

    /**
     * Returns the undirected signed pairs used for camps: {u, v} with u before v weighs agree - disagree
     * in both directions; pairs whose net is 0 are left out. In increasing (u, v) order.
     */
    IndexedEdges<String> signedPairs() {
        List<int[]> pairs = new ArrayList<>();
        List<Long> nets = new ArrayList<>();
        for (int a = 0; a < participants.size(); a++) {
            for (int k = start[a]; k < start[a + 1]; k++) {
                int b = answered[k];
                long net = agree[k] - disagree[k];
                if (b < a) {
                    // Counted with the pair's first participant when that one answered too.
                    if (Arrays.binarySearch(answered, start[b], start[b + 1], a) >= 0) {
                        continue;
                    }
                } else {
                    int back = Arrays.binarySearch(answered, start[b], start[b + 1], a);
                    if (back >= 0) {
                        net += agree[back] - disagree[back];
                    }
                }
                if (net != 0) {
                    pairs.add(new int[] {Math.min(a, b), Math.max(a, b)});
                    nets.add(net);
                }
            }
        }
        Integer[] order = new Integer[pairs.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> pairs.get(i)[0]).thenComparingInt(i -> pairs.get(i)[1]));
        int[] source = new int[order.length];
        int[] target = new int[order.length];
        double[] weight = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            source[i] = pairs.get(order[i])[0];
            target[i] = pairs.get(order[i])[1];
            weight[i] = nets.get(order[i]);
        }
        return IndexedEdges.of(participants, source, target, weight);
    }

    /** Accumulates interactions row by row or post by post, numbering participants as they come. */
    public static final class Builder {

        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private int[] from = new int[16];
        private int[] to = new int[16];
        private long[][] counts = new long[3][16];
        private int rows;
        private long self;

        /** Adds one row; rows for the same pair are summed. */
        public Builder add(InteractionInput.Row row) {
            Objects.requireNonNull(row, "row");
            if (row.from().equals(row.to())) {
                self += row.total();
                number(row.from());
                return this;
            }
            if (rows == from.length) {
                int size = rows * 2;
                from = Arrays.copyOf(from, size);
                to = Arrays.copyOf(to, size);
                for (int s = 0; s < 3; s++) {
                    counts[s] = Arrays.copyOf(counts[s], size);
                }
            }
            from[rows] = number(row.from());
            to[rows] = number(row.to());
            counts[0][rows] = row.agree();
            counts[1][rows] = row.disagree();
            counts[2][rows] = row.neutral();
            rows++;
            return this;
        }

        /**
         * Adds one post: every writer becomes a vertex and each response between two comments adds
         * one to its writers' pair, by stance. Responses naming unknown comments are skipped.
         */
        public Builder add(ThreadInput thread) {
            Map<String, ThreadComment> byId = thread.commentsById();
            thread.comments().forEach(c -> number(c.writer()));
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

        private int number(String participant) {
            Integer n = numbers.get(participant);
            if (n == null) {
                n = names.size();
                numbers.put(participant, n);
                names.add(participant);
            }
            return n;
        }

        /**
         * Returns the graph of everything added so far: participants renumbered in key order, rows
         * sorted by pair and summed; pairs whose counts are all zero are no edge.
         */
        public ParticipantGraph build() {
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(null);
            int[] renumber = new int[names.size()];
            for (int i = 0; i < sorted.size(); i++) {
                renumber[numbers.get(sorted.get(i))] = i;
            }
            Integer[] byPair = new Integer[rows];
            Arrays.setAll(byPair, i -> i);
            Arrays.sort(byPair, Comparator.comparingInt((Integer r) -> renumber[from[r]])
                    .thenComparingInt(r -> renumber[to[r]]));
            int[] start = new int[sorted.size() + 1];
            int[] answered = new int[rows];
            long[][] summed = new long[3][rows];
            int pairs = 0;
            for (int i = 0; i < rows; i++) {
                int r = byPair[i];
                int a = renumber[from[r]];
                int b = renumber[to[r]];
                boolean samePair = pairs > 0 && i > 0 && renumber[from[byPair[i - 1]]] == a && answered[pairs - 1] == b;
                if (!samePair) {
                    if (pairs > 0 && total(summed, pairs - 1) == 0) {
                        pairs--;
                        start[renumber[from[byPair[i - 1]]] + 1]--;
                    }
                    answered[pairs] = b;
                    start[a + 1]++;
                    pairs++;
                }
                for (int s = 0; s < 3; s++) {
                    summed[s][pairs - 1] += counts[s][r];
                }
            }
            if (pairs > 0 && total(summed, pairs - 1) == 0) {
                pairs--;
                start[renumber[from[byPair[rows - 1]]] + 1]--;
            }
            for (int i = 0; i < sorted.size(); i++) {
                start[i + 1] += start[i];
            }
            return new ParticipantGraph(List.copyOf(sorted), start, Arrays.copyOf(answered, pairs),
                    Arrays.copyOf(summed[0], pairs), Arrays.copyOf(summed[1], pairs), Arrays.copyOf(summed[2], pairs),
                    self);
        }

        private static long total(long[][] summed, int k) {
            return summed[0][k] + summed[1][k] + summed[2][k];
        }
    }
}
