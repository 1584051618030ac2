package org.threadgraph.stance;

import org.threadgraph.model.Stance;

/**
 * A stance cue found in a response.
 *
 * @param family       the rule family that found it (after negation or concession, the family that decided)
 * @param polarity     agree or disagree
 * @param sentence     index of its sentence
 * @param start        first token in that sentence
 * @param end          after its last token
 * @param words        the words as written
 * @param weight       position weight of its sentence
 * @param suppressedBy why it does not count (question, third-party, report-target), or null when it counts
 */
record Cue(String family, Stance.Label polarity, int sentence, int start, int end, String words, double weight,
           String suppressedBy) {

    /** Returns true when the cue counts toward the stance. */
    boolean live() {
        return suppressedBy == null;
    }

    /** Returns this cue re-attributed to another family and polarity, with other words as evidence. */
    Cue as(String newFamily, Stance.Label newPolarity, String newWords) {
        return new Cue(newFamily, newPolarity, sentence, start, end, newWords, weight, suppressedBy);
    }
}
