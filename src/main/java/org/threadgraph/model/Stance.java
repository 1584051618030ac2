package org.threadgraph.model;

import java.util.Locale;
import java.util.Objects;

/**
 * How a response relates to what it answers.
 *
 * @param label      agree, disagree or neutral
 * @param confidence 0..1
 * @param evidence   the words that decided it (empty for neutral with no cue)
 */
public record Stance(Label label, double confidence, String evidence) {

    /** The three stances. */
    public enum Label {
        AGREE, DISAGREE, NEUTRAL;

        /** Returns the lower-case name used in the graph. */
        public String graphName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Stance {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
    }
}
