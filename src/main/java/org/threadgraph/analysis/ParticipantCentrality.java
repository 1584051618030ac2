package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Central participants of a {@link ParticipantGraph}: weighted in- and out-degree, PageRank and
 * betweenness, each with ranks.
 *
 * <ul>
 * <li>PageRank: {@link CompactPageRank} (Brin and Page 1998; JGraphT's scores over index arrays) on the
 * directed graph weighted by response counts, so rank flows to those whom many answer;
 * O(iterations * (n + m)).</li>
 * <li>Betweenness: {@link SampledBetweennessCentrality} on directed response paths counted in hops:
 * exact Brandes (O(n m)) when there are at most {@code pivots} participants, as for any single post;
 * otherwise Brandes-Pich estimation from {@code pivots} seeded sources, O(pivots * (n + m)), within
 * about 0.06 of the normalised value with 95% probability at the default 512 pivots.</li>
 * </ul>
 * Results are computed on first use and cached. Ties are listed by participant key.
 */
public final class ParticipantCentrality {

    /** Default PageRank damping factor. */
    public static final double DAMPING_FACTOR_DEFAULT = CompactPageRank.DAMPING_FACTOR_DEFAULT;
    /** Default PageRank iteration cap. */
    public static final int MAX_ITERATIONS_DEFAULT = 1000;
    /** Default PageRank tolerance (largest score change between iterations). */
    public static final double TOLERANCE_DEFAULT = 1e-10;
    /** Default number of betweenness pivots. */
    public static final int PIVOTS_DEFAULT = SampledBetweennessCentrality.PIVOTS_DEFAULT;
    /** Default seed of the pivot sampler. */
    public static final long SEED_DEFAULT = SampledBetweennessCentrality.SEED_DEFAULT;

    private final ParticipantGraph participants;
    private final double dampingFactor;
    private final int pivots;
    private final long seed;
    private List<ParticipantRank> ranking;
    private ParticipantRank[] byIndex;
    private boolean exact;

    /** Creates the scorer with default parameters. */
    public ParticipantCentrality(ParticipantGraph participants) {
        this(participants, DAMPING_FACTOR_DEFAULT, PIVOTS_DEFAULT, SEED_DEFAULT);
    }

    /**
     * Creates the scorer.
     *
     * @param participants  the interaction graph
     * @param dampingFactor PageRank damping factor in [0, 1]
     * @param pivots        betweenness pivots, &gt;= 1 (exact up to this many participants)
     * @param seed          seed of the pivot sampler
     */
    public ParticipantCentrality(ParticipantGraph participants, double dampingFactor, int pivots, long seed) {
        this.participants = Objects.requireNonNull(participants, "participants");
        if (!(dampingFactor >= 0 && dampingFactor <= 1)) {
            throw new IllegalArgumentException("dampingFactor must be in [0, 1]: " + dampingFactor);
        }
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be >= 1: " + pivots);
        }
        this.dampingFactor = dampingFactor;
        this.pivots = pivots;
        this.seed = seed;
    }

    /** Returns every participant, most central by PageRank first (ties by key). */
    public List<ParticipantRank> getRanking() {
        compute();
        return ranking;
    }

    /** Returns one participant's scores and ranks. */
    public ParticipantRank getRank(String participant) {
        compute();
        int v = Collections.binarySearch(participants.participants(), participant);
        if (v < 0) {
            throw new IllegalArgumentException("unknown participant " + participant);
        }
        return byIndex[v];
    }

    /** Returns true when betweenness was computed exactly rather than estimated. */
    public boolean isBetweennessExact() {
        compute();
        return exact;
    }

    private void compute() {
        if (ranking != null) {
            return;
        }
        IndexedEdges<String> edges = participants.responses();
        List<String> keys = participants.participants();
        int n = keys.size();
        double[] in = new double[n];
        double[] out = new double[n];
        for (int e = 0; e < edges.edgeCount(); e++) {
            out[edges.source[e]] += edges.weight[e];
            in[edges.target[e]] += edges.weight[e];
        }
        double[] pr = CompactPageRank.scores(edges, true, true, dampingFactor, MAX_ITERATIONS_DEFAULT,
                TOLERANCE_DEFAULT);
        double[] between = SampledBetweennessCentrality.scores(edges, true, pivots, seed, false, true);
        exact = pivots >= n;
        int[] inRank = Ranks.descending(in);
        int[] outRank = Ranks.descending(out);
        int[] prRank = Ranks.descending(pr);
        int[] bcRank = Ranks.descending(between);
        byIndex = new ParticipantRank[n];
        for (int v = 0; v < n; v++) {
            byIndex[v] = new ParticipantRank(keys.get(v), in[v], inRank[v], out[v], outRank[v], pr[v], prRank[v],
                    between[v], bcRank[v]);
        }
        List<ParticipantRank> list = new ArrayList<>(Arrays.asList(byIndex));
        list.sort(Comparator.comparingInt(ParticipantRank::pageRankRank).thenComparing(ParticipantRank::participant));
        ranking = Collections.unmodifiableList(list);
    }
}
