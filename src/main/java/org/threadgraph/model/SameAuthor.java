package org.threadgraph.model;

import java.util.Objects;

/**
 * Evidence that two comments were written by the same (usually anonymous) person, e.g. "21:54 here"
 * or the same sign-off on the last line.
 *
 * @param commentId      one comment
 * @param otherCommentId the other comment
 * @param inference      method, confidence and evidence
 */
public record SameAuthor(String commentId, String otherCommentId, Inference inference) {

    public SameAuthor {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(otherCommentId, "otherCommentId");
        Objects.requireNonNull(inference, "inference");
    }
}
