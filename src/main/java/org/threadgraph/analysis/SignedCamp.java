package org.threadgraph.analysis;

import java.util.List;

/**
 * One camp found in a signed graph.
 *
 * @param id      1-based camp number, in order of disputes, then size (largest first), then first member
 * @param dispute the 1-based dispute (connected part of the signed evidence) the camp belongs to
 * @param members its vertices, in the order given to the clustering
 * @param <V>     the vertex type
 */
public record SignedCamp<V>(int id, int dispute, List<V> members) {

    public SignedCamp {
        members = List.copyOf(members);
    }
}
