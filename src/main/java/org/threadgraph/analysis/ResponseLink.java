package org.threadgraph.analysis;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.threadgraph.model.Response;
import org.threadgraph.model.Stance;

/**
 * A {@link Response} with its {@link Stance}: the comment {@code fromId} answers {@code toId}.
 *
 * @param fromId              the answering comment
 * @param toId                the comment answered, or the post id when {@code toPost}
 * @param toPost              true when the post itself is answered
 * @param stance              agree, disagree or neutral
 * @param stanceConfidence    0..1, how sure the stance classifier is
 * @param linkConfidence      0..1, how sure the linker is that the response exists (1 when unknown)
 * @param stanceProbabilities the classifier's probability of each of the three labels when it gave a
 *                            distribution (the learned model does), else empty (a rule's decision, or a
 *                            graph written before the distribution was stored)
 */
public record ResponseLink(String fromId, String toId, boolean toPost, Stance.Label stance,
                           double stanceConfidence, double linkConfidence,
                           Map<Stance.Label, Double> stanceProbabilities) {

    /** How far the three probabilities may sum from 1: floating-point rounding of a softmax, nothing more. */
    private static final double SUM_TOLERANCE = 1e-6;

    public ResponseLink {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(stance, "stance");
        requireUnit(stanceConfidence, "stanceConfidence");
        requireUnit(linkConfidence, "linkConfidence");
        stanceProbabilities = distribution(stanceProbabilities);
    }

    /** A response whose stance is a label and its confidence only, no distribution. */
    public ResponseLink(String fromId, String toId, boolean toPost, Stance.Label stance, double stanceConfidence,
                        double linkConfidence) {
        this(fromId, toId, toPost, stance, stanceConfidence, linkConfidence, Map.of());
    }

    /** A response whose link is certain and whose stance is a label and its confidence only. */
    public ResponseLink(String fromId, String toId, boolean toPost, Stance.Label stance, double stanceConfidence) {
        this(fromId, toId, toPost, stance, stanceConfidence, 1.0);
    }

    /** Returns the analysis view of a linked response and its classified stance, with its distribution if any. */
    public static ResponseLink of(Response response, Stance stance) {
        return new ResponseLink(response.fromId(), response.toId(), response.toPost(), stance.label(),
                stance.confidence(), response.inference().confidence(), stance.probabilities());
    }

    /**
     * Returns the probability that the response agrees: the classifier's own when it gave a distribution;
     * otherwise the stance confidence when the label is agree, else an even share of what the label leaves,
     * (1 - confidence) / 2. Either way the camps get the classifier's uncertainty, not a hard label.
     */
    public double agreeProbability() {
        return probability(Stance.Label.AGREE);
    }

    /** Returns the probability that the response disagrees, read as {@link #agreeProbability()} is. */
    public double disagreeProbability() {
        return probability(Stance.Label.DISAGREE);
    }

    private double probability(Stance.Label label) {
        Double p = stanceProbabilities.get(label);
        if (p != null) {
            return p;
        }
        return stance == label ? stanceConfidence : (1 - stanceConfidence) / 2;
    }

    /** Returns +1 for agree, -1 for disagree, 0 for neutral. */
    public int sign() {
        return switch (stance) {
            case AGREE -> 1;
            case DISAGREE -> -1;
            case NEUTRAL -> 0;
        };
    }

    /** Checks a distribution: empty, or all three labels in 0..1 summing to 1. */
    private static Map<Stance.Label, Double> distribution(Map<Stance.Label, Double> p) {
        Objects.requireNonNull(p, "stanceProbabilities");
        if (p.isEmpty()) {
            return Map.of();
        }
        double sum = 0;
        for (Stance.Label l : Stance.Label.values()) {
            Double v = p.get(l);
            if (v == null) {
                throw new IllegalArgumentException("stanceProbabilities lacks " + l.graphName() + ": " + p);
            }
            requireUnit(v, "stanceProbabilities." + l.graphName());
            sum += v;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("stanceProbabilities must sum to 1: " + p);
        }
        return Map.copyOf(new EnumMap<>(p));
    }

    static void requireUnit(double x, String name) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException(name + " must be in 0..1: " + x);
        }
    }
}
