package org.threadgraph.embed;

import java.util.Objects;

/**
 * The embedding of a comment.
 *
 * @param commentId the comment
 * @param digest    the digest of the text it was computed from ({@link EmbeddingRun#digest})
 * @param vector    the embedding
 */
public record CommentVector(String commentId, String digest, float[] vector) {

    public CommentVector {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(vector, "vector");
    }
}
