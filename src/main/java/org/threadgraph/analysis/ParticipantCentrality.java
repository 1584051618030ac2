package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

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
    private Map<String, ParticipantRank> byKey;
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
        ParticipantRank r = byKey.get(participant);
        if (r == null) {
            throw new IllegalArgumentException("unknown participant " + participant);
        }
        return r;
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
        Graph<String, DefaultWeightedEdge> g = participants.graph();
        Map<String, Double> in = new HashMap<>();
        Map<String, Double> out = new HashMap<>();
        for (String v : g.vertexSet()) {
            in.put(v, g.incomingEdgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum());
            out.put(v, g.outgoingEdgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum());
        }
        Map<String, Double> pr =
                new CompactPageRank<>(g, dampingFactor, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT).getScores();
        SampledBetweennessCentrality<String, DefaultWeightedEdge> bc =
                new SampledBetweennessCentrality<>(g, pivots, seed, false, true);
        Map<String, Double> between = bc.getScores();
        exact = bc.isExact();
        Map<String, Integer> inRank = Ranks.descending(in);
        Map<String, Integer> outRank = Ranks.descending(out);
        Map<String, Integer> prRank = Ranks.descending(pr);
        Map<String, Integer> bcRank = Ranks.descending(between);
        List<ParticipantRank> list = new ArrayList<>();
        Map<String, ParticipantRank> map = new HashMap<>();
        for (String v : g.vertexSet()) {
            ParticipantRank r = new ParticipantRank(v, in.get(v), inRank.get(v), out.get(v), outRank.get(v),
                    pr.get(v), prRank.get(v), between.get(v), bcRank.get(v));
            list.add(r);
            map.put(v, r);
        }
        list.sort(Comparator.comparingInt(ParticipantRank::pageRankRank).thenComparing(ParticipantRank::participant));
        byKey = map;
        ranking = List.copyOf(list);
    }
}
