package org.threadgraph.analysis;

import java.util.Objects;

/**
 * How central one participant is in who-answers-whom. Ranks are competition ranks (1 = most
 * central; equal scores share a rank).
 *
 * @param participant       the participant key
 * @param inDegree          responses received (weighted in-degree)
 * @param inDegreeRank      rank by {@code inDegree}
 * @param outDegree         responses written to others (weighted out-degree)
 * @param outDegreeRank     rank by {@code outDegree}
 * @param pageRank          PageRank on the response-count-weighted graph (sums to 1 over participants)
 * @param pageRankRank      rank by {@code pageRank}
 * @param betweenness       normalised betweenness (0..1) on directed response paths, in hops
 * @param betweennessRank   rank by {@code betweenness}
 */
public record ParticipantRank(String participant, double inDegree, int inDegreeRank, double outDegree,
                              int outDegreeRank, double pageRank, int pageRankRank, double betweenness,
                              int betweennessRank) {

    public ParticipantRank {
        Objects.requireNonNull(participant, "participant");
    }
}
