package org.threadgraph.stance;

import java.util.List;
import java.util.Locale;
import org.threadgraph.model.Stance;

/**
 * Entity attitude read by a stance classifier, after STEntConv (Lorge et al., 2024, which reads it as Sentence-BERT
 * similarity to such statements): the sentences naming the entity ({@link MentionWindow}) are scored as a reply
 * to synthetic statements for it ("I support Napo.", "Napo is doing a good job.") and against it ("I am against
 * Napo.", "Napo has let us down."). The lean is how much more the window agrees with the statements for the
 * entity than with those against it, in -1..1. The templates are fixed as written, not chosen on any data.
 */
final class ModelEntityAttitude {

    /** Statements that support the entity; {@code %s} is the entity as the comment names it. */
    static final List<String> SUPPORT = List.of("I support %s.", "%s is doing a good job.");
    /** Statements against the entity. */
    static final List<String> AGAINST = List.of("I am against %s.", "%s has let us down.");

    /**
     * The model's reading of one mention.
     *
     * @param value    mean (P(agree) - P(disagree)) over {@link #SUPPORT} minus the same over {@link #AGAINST},
     *                 halved: -1 (attacks) .. 1 (defends); 0 when the text does not name the entity
     * @param evidence the statement whose probability pushed hardest toward the lean's side, with that probability
     */
    record Lean(double value, String evidence) {
    }

    private final StanceClassifier model;
    private final MentionWindow window = new MentionWindow();

    /** Reads attitudes with {@code model} (for the blog, e.g. {@link StanceModel#shipped()}). */
    ModelEntityAttitude(StanceClassifier model) {
        this.model = model;
    }

    /** Returns the lean of {@code text} toward the entity it names as {@code entityEvidence}. */
    Lean lean(String text, String entityEvidence) {
        String reply = window.of(text, entityEvidence);
        if (reply.isEmpty()) {
            return new Lean(0, "stance model: the text does not name " + entityEvidence);
        }
        Side support = side(reply, SUPPORT, entityEvidence);
        Side against = side(reply, AGAINST, entityEvidence);
        double lean = (support.lean() - against.lean()) / 2;
        Side decisive = lean >= 0 ? support : against;
        return new Lean(lean, String.format(Locale.ROOT, "stance model: agrees with '%s' %.2f (lean %+.3f)",
                decisive.statement(), decisive.agree(), lean));
    }

    /** Mean P(agree) - P(disagree) over one side's statements, and the statement agreed with most. */
    private record Side(double lean, String statement, double agree) {
    }

    private Side side(String reply, List<String> templates, String entity) {
        double lean = 0;
        String best = "";
        double bestAgree = -1;
        for (String t : templates) {
            String statement = String.format(Locale.ROOT, t, entity);
            Stance s = model.classify(reply, statement);
            double agree = s.probability(Stance.Label.AGREE);
            lean += (agree - s.probability(Stance.Label.DISAGREE)) / templates.size();
            if (agree > bestAgree) {
                bestAgree = agree;
                best = statement;
            }
        }
        return new Side(lean, best, bestAgree);
    }
}
