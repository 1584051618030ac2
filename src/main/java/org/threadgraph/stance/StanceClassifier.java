package org.threadgraph.stance;

import org.threadgraph.model.Stance;

/** Decides how a response relates to the text it answers. */
public interface StanceClassifier {

    /**
     * Classifies the stance of a response toward its target.
     *
     * @param responseText the answering comment
     * @param targetText   the comment or post it answers
     * @return agree, disagree or neutral, with a confidence in 0..1 and the words that decided it
     */
    Stance classify(String responseText, String targetText);

    /**
     * Returns a classifier that gives the same answers and may remember what it read in each text while it is
     * in use: for the pairs of one discussion, from one thread of execution, then dropped.
     */
    default StanceClassifier remembering() {
        return this;
    }
}
