package org.threadgraph.analysis;

import java.util.Objects;

/**
 * A term that marks a group of comments.
 *
 * @param term  the lower-case word
 * @param count occurrences in the group
 * @param score tf-idf: the term's share of the group's words times its inverse document frequency
 *              over the post's comments
 */
public record TermScore(String term, int count, double score) {

    public TermScore {
        Objects.requireNonNull(term, "term");
    }
}
