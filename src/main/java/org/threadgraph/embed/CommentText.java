package org.threadgraph.embed;

import java.util.Objects;

/**
 * A comment's text as stored, with the digest of the text its stored embedding was computed from.
 *
 * @param commentId      the comment
 * @param text           its text
 * @param embeddedDigest the digest stored with its embedding, or null when it has none
 */
public record CommentText(String commentId, String text, String embeddedDigest) {

    public CommentText {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(text, "text");
    }
}
