package org.threadgraph.embed;

import java.util.List;

/** Turns texts into sentence embeddings of a fixed number of dimensions. */
public interface TextEmbedder {

    /** Returns the number of dimensions of every embedding. */
    int dimensions();

    /**
     * Embeds texts, in order.
     *
     * @param texts non-blank texts
     * @return one vector of {@link #dimensions()} per text
     */
    List<float[]> embed(List<String> texts);
}
