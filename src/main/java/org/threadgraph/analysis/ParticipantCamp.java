package org.threadgraph.analysis;

import java.util.List;

/**
 * One camp of participants across the blog.
 *
 * @param id             1-based camp number
 * @param dispute        1-based dispute number
 * @param participants   member participant keys, sorted
 * @param agreeWithin    agreeing responses between members
 * @param disagreeWithin disagreeing responses between members
 * @param agreeAcross    agreeing responses between members and other camps of the same dispute
 * @param disagreeAcross disagreeing responses between members and other camps of the same dispute
 */
public record ParticipantCamp(int id, int dispute, List<String> participants, long agreeWithin, long disagreeWithin,
                              long agreeAcross, long disagreeAcross) {

    public ParticipantCamp {
        participants = List.copyOf(participants);
    }
}
