package org.threadgraph.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The camps of a signed graph.
 *
 * @param camps        the camps, ordered as their ids
 * @param disputes     one score per dispute
 * @param campOf       vertex -&gt; camp id, camp by camp in vertex order; vertices outside every camp are absent
 * @param polarisation the disputes' polarisation averaged with their weights as weights; 0 when
 *                     there is no dispute
 * @param <V>          the vertex type
 */
public record SignedPartition<V>(List<SignedCamp<V>> camps, List<DisputeScore> disputes, Map<V, Integer> campOf,
                                 double polarisation) {

    public SignedPartition {
        camps = List.copyOf(camps);
        disputes = List.copyOf(disputes);
        // Insertion order (camp order) is kept, so iteration is deterministic, unlike Map.copyOf.
        campOf = Collections.unmodifiableMap(new LinkedHashMap<>(campOf));
    }

    /** Returns the camp id of a vertex, or null when it is in no camp. */
    public Integer campOf(V v) {
        return campOf.get(v);
    }
}
