package org.threadgraph.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The camps of one post. A post without disagreement has no camps and polarisation 0.
 *
 * @param postId       the post
 * @param camps        the camps, ordered by id
 * @param disputes     one score per dispute (a connected part of the signed evidence that splits)
 * @param campOf       comment id -&gt; camp id, camp by camp in thread order; comments in no camp are absent
 * @param polarisation weighted mean of the disputes' polarisation ({@link DisputeScore}), each
 *                     weighted by its total signed evidence; 0 when there is no dispute
 * @param coverage     share of the post's comments that are in a camp
 */
public record PostCamps(String postId, List<Camp> camps, List<DisputeScore> disputes, Map<String, Integer> campOf,
                        double polarisation, double coverage) {

    public PostCamps {
        Objects.requireNonNull(postId, "postId");
        camps = List.copyOf(camps);
        disputes = List.copyOf(disputes);
        // Insertion order (camp order) is kept, so iteration is deterministic, unlike Map.copyOf.
        campOf = Collections.unmodifiableMap(new LinkedHashMap<>(campOf));
    }

    /** Returns the camp id of a comment, or null when it is in no camp. */
    public Integer campOf(String commentId) {
        return campOf.get(commentId);
    }
}
