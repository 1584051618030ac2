package org.threadgraph.analysis;

/**
 * How sharply one dispute (a connected part of the signed evidence that splits into camps) divides.
 *
 * <p>{@code consistency = 1 - frustration / weight} is the share of signed edge weight that agrees
 * with the split (positive inside a camp, negative across camps). {@code balance} is the normalised
 * Gini-Simpson diversity of camp sizes, {@code (1 - sum p_i^2) / (1 - 1/k)} for k camps holding
 * shares p_i of the members: 1 for equal camps, near 0 when one camp holds almost everyone.
 * {@code polarisation = consistency * balance}.
 *
 * @param dispute      1-based dispute number
 * @param members      vertices in the dispute
 * @param camps        number of camps (&gt;= 2)
 * @param weight       total absolute signed weight of the dispute's edges
 * @param frustration  weight of positive edges across camps plus negative edges inside camps
 * @param consistency  {@code 1 - frustration / weight}
 * @param balance      balance of camp sizes in [0, 1]
 * @param polarisation {@code consistency * balance}
 */
public record DisputeScore(int dispute, int members, int camps, double weight, double frustration,
                           double consistency, double balance, double polarisation) {
}
