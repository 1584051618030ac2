package org.threadgraph.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How a response relates to what it answers.
 *
 * @param label         agree, disagree or neutral
 * @param confidence    0..1; for a learned model the calibrated probability of {@code label}
 * @param evidence      what decided it: cue words, or the strongest features of a model
 * @param probabilities the probability of every label when the classifier gives a distribution, else empty
 */
public record Stance(Label label, double confidence, String evidence, Map<Label, Double> probabilities) {

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
        probabilities = probabilities.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(probabilities));
    }

    /** Creates a stance with no probability distribution (a rule's decision). */
    public Stance(Label label, double confidence, String evidence) {
        this(label, confidence, evidence, Map.of());
    }

    /**
     * Returns the probability of {@code l}: the classifier's own when it gave a distribution, otherwise
     * {@code confidence} for the chosen label and the rest shared equally by the other two.
     */
    public double probability(Label l) {
        Double p = probabilities.get(l);
        if (p != null) {
            return p;
        }
        return l == label ? confidence : (1 - confidence) / 2;
    }
}
