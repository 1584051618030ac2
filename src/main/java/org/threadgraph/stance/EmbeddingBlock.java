package org.threadgraph.stance;

/**
 * The blocks of dense features a stance model can take from the sentence embeddings of a pair's two texts
 * ({@link EmbeddingFeatures}), each measured against the model without embeddings.
 */
public enum EmbeddingBlock {
    /** The reply's embedding: what it says, whatever it answers. */
    REPLY,
    /** The elementwise product of the two embeddings: where they point the same way. */
    PRODUCT,
    /** The elementwise absolute difference of the two embeddings: where they part. */
    DIFFERENCE,
    /**
     * The cosine similarity of reply and target (as a value and in bands), and of the reply to anchor sentences
     * such as "I agree with you" and "You are wrong" (as STEntConv scores stance toward entities).
     */
    SIMILARITY
}
