package org.threadgraph.analysis;

import java.util.Objects;

import org.threadgraph.model.Response;
import org.threadgraph.model.Stance;

/**
 * A {@link Response} with its {@link Stance}: the comment {@code fromId} answers {@code toId}.
 *
 * @param fromId           the answering comment
 * @param toId             the comment answered, or the post id when {@code toPost}
 * @param toPost           true when the post itself is answered
 * @param stance           agree, disagree or neutral
 * @param stanceConfidence 0..1, how sure the stance classifier is
 * @param linkConfidence   0..1, how sure the linker is that the response exists (1 when unknown)
 */
public record ResponseLink(String fromId, String toId, boolean toPost, Stance.Label stance,
                           double stanceConfidence, double linkConfidence) {

    public ResponseLink {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(stance, "stance");
        requireUnit(stanceConfidence, "stanceConfidence");
        requireUnit(linkConfidence, "linkConfidence");
    }

    /** A response whose link is certain. */
    public ResponseLink(String fromId, String toId, boolean toPost, Stance.Label stance, double stanceConfidence) {
        this(fromId, toId, toPost, stance, stanceConfidence, 1.0);
    }

    /** Returns the analysis view of a linked response and its classified stance. */
    public static ResponseLink of(Response response, Stance stance) {
        return new ResponseLink(response.fromId(), response.toId(), response.toPost(), stance.label(),
                stance.confidence(), response.inference().confidence());
    }

    /**
     * Returns the probability that the response agrees: the stance confidence when the label is agree,
     * else an even share of what the label leaves, (1 - confidence) / 2. A classifier that gives a
     * calibrated probability of its label thus feeds the camps its uncertainty, not a hard label.
     */
    public double agreeProbability() {
        return stance == Stance.Label.AGREE ? stanceConfidence : (1 - stanceConfidence) / 2;
    }

    /** Returns the probability that the response disagrees, read as {@link #agreeProbability()} is. */
    public double disagreeProbability() {
        return stance == Stance.Label.DISAGREE ? stanceConfidence : (1 - stanceConfidence) / 2;
    }

    /** Returns +1 for agree, -1 for disagree, 0 for neutral. */
    public int sign() {
        return switch (stance) {
            case AGREE -> 1;
            case DISAGREE -> -1;
            case NEUTRAL -> 0;
        };
    }

    static void requireUnit(double x, String name) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException(name + " must be in 0..1: " + x);
        }
    }
}
