package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Camps of participants across the blog, by {@link SignedCampClustering} on the aggregated signed
 * participant graph: the pair {u, v} weighs (agree - disagree) responses in both directions
 * ({@link ParticipantGraph#signedPairs()}); neutral responses are no evidence. Participants are
 * ordered by key.
 *
 * <p>Complexity: O(p + e) to build for p participants and e answering pairs, plus the clustering,
 * O(e + p k) per pass. Computed once, cached.
 */
public final class ParticipantCamps implements CampDetectionAlgorithm<String> {

    private final ParticipantGraph participants;
    private final int maxCamps;
    private SignedPartition<String> partition;
    private List<ParticipantCamp> camps;

    /** Creates the camp finder with {@link SignedCampClustering#MAX_CAMPS_DEFAULT}. */
    public ParticipantCamps(ParticipantGraph participants) {
        this(participants, SignedCampClustering.MAX_CAMPS_DEFAULT);
    }

    /**
     * Creates the camp finder.
     *
     * @param participants the aggregated interactions
     * @param maxCamps     largest number of camps per dispute, &gt;= 2
     */
    public ParticipantCamps(ParticipantGraph participants, int maxCamps) {
        this.participants = Objects.requireNonNull(participants, "participants");
        if (maxCamps < 2) {
            throw new IllegalArgumentException("maxCamps must be >= 2: " + maxCamps);
        }
        this.maxCamps = maxCamps;
    }

    @Override
    public SignedPartition<String> getPartition() {
        if (partition == null) {
            partition = SignedCampClustering.of(participants.signedPairs(), maxCamps,
                    SignedCampClustering.MAX_PASSES_DEFAULT, SignedCampClustering.MIN_WEIGHT_DEFAULT);
        }
        return partition;
    }

    /** Returns the camps with their response counts. */
    public List<ParticipantCamp> getCamps() {
        if (camps == null) {
            SignedPartition<String> p = getPartition();
            int k = p.camps().size();
            long[][] counts = new long[k + 1][4];
            int[] disputeOf = new int[k + 1];
            p.camps().forEach(c -> disputeOf[c.id()] = c.dispute());
            IndexedEdges<String> g = participants.responses();
            for (int e = 0; e < g.edgeCount(); e++) {
                Integer a = p.campOf(g.vertices.get(g.source[e]));
                Integer b = p.campOf(g.vertices.get(g.target[e]));
                if (a == null || b == null || disputeOf[a] != disputeOf[b]) {
                    continue;
                }
                long[] c = participants.stanceCounts(e);
                if (a.equals(b)) {
                    counts[a][0] += c[0];
                    counts[a][1] += c[1];
                } else {
                    counts[a][2] += c[0];
                    counts[a][3] += c[1];
                    counts[b][2] += c[0];
                    counts[b][3] += c[1];
                }
            }
            List<ParticipantCamp> list = new ArrayList<>();
            for (SignedCamp<String> c : p.camps()) {
                long[] x = counts[c.id()];
                list.add(new ParticipantCamp(c.id(), c.dispute(), c.members(), x[0], x[1], x[2], x[3]));
            }
            camps = List.copyOf(list);
        }
        return camps;
    }
}
