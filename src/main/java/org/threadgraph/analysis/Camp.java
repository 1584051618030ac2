package org.threadgraph.analysis;

import java.util.List;

/**
 * One side of a dispute in a post.
 *
 * @param id           1-based camp number within the post (see {@link SignedCamp#id()})
 * @param dispute      1-based dispute number within the post
 * @param comments     member comment ids in thread order
 * @param participants distinct writers of the members, sorted
 * @param topTerms     tf-idf terms of the members' texts against the whole post
 * @param defends      entities the members defend, most defended first (ties by key); the post itself
 *                     (key {@code post:ID}, name "the post") when members answer it agreeing
 * @param attacks      entities the members attack, most attacked first (ties by key); the post itself
 *                     when members answer it disagreeing
 */
public record Camp(int id, int dispute, List<String> comments, List<String> participants, List<TermScore> topTerms,
                   List<EntityStance> defends, List<EntityStance> attacks) {

    public Camp {
        comments = List.copyOf(comments);
        participants = List.copyOf(participants);
        topTerms = List.copyOf(topTerms);
        defends = List.copyOf(defends);
        attacks = List.copyOf(attacks);
    }
}
