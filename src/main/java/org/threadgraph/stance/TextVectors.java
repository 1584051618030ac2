package org.threadgraph.stance;

/**
 * The sentence embeddings of texts, as a stance model reads them: unit-length vectors of one model, looked up
 * by text. Knows nothing of where they come from (a cache file in training, stored comments in {@code link}).
 */
@FunctionalInterface
public interface TextVectors {

    /** Returns the embedding of {@code text}, or null when it has none (a blank text, a comment not embedded). */
    float[] of(String text);
}
