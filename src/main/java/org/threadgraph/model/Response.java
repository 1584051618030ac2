package org.threadgraph.model;

import java.util.Objects;

/**
 * Who a comment really answers: another comment of the same post, or the post itself. Distinct from
 * Blogger's structural parent, which records only the top-level comment a reply was filed under.
 *
 * @param fromId    the answering comment
 * @param toId      the comment or post answered
 * @param toPost    true when the target is the post
 * @param inference method, confidence and evidence
 */
public record Response(String fromId, String toId, boolean toPost, Inference inference) {

    public Response {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(inference, "inference");
    }
}
