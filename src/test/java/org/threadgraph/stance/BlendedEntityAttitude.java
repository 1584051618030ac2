package org.threadgraph.stance;

import java.util.Locale;
import java.util.Map;
import org.threadgraph.model.Stance;

/**
 * Entity attitude from the rules and the stance model together: the score is {@code ruleWeight} times the
 * rules' signed confidence (+ defends, - attacks, 0 neutral) plus the model's {@link ModelEntityAttitude.Lean};
 * above {@code defendAbove} it defends, below {@code attackBelow} it attacks. Weight 0 is the model alone; a
 * weight well above 1 lets the rules decide wherever they fire and the model only where they do not.
 */
final class BlendedEntityAttitude implements EntityAttitude {

    /**
     * How rules and model are combined, and how often each answer was right where the settings were chosen.
     *
     * @param ruleWeight  weight of the rules' signed confidence beside the model's lean
     * @param attackBelow scores below this attack
     * @param defendAbove scores above this defend
     * @param precision   the smoothed precision of each answer on the items the settings were chosen on:
     *                    the confidence given with it
     */
    record Settings(double ruleWeight, double attackBelow, double defendAbove, Map<Stance.Label, Double> precision) {

        Settings {
            if (attackBelow > defendAbove) {
                throw new IllegalArgumentException("attackBelow " + attackBelow + " > defendAbove " + defendAbove);
            }
            precision = Map.copyOf(precision);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "rule weight %.2f, attack below %+.3f, defend above %+.3f", ruleWeight,
                    attackBelow, defendAbove);
        }
    }

    private final LexiconEntityAttitude rules;
    private final ModelEntityAttitude model;
    private final Settings settings;

    BlendedEntityAttitude(LexiconEntityAttitude rules, ModelEntityAttitude model, Settings settings) {
        this.rules = rules;
        this.model = model;
        this.settings = settings;
    }

    /** {@inheritDoc} */
    @Override
    public Stance attitude(String text, String entityEvidence) {
        Stance rule = settings.ruleWeight() == 0 ? null : rules.attitude(text, entityEvidence);
        return decide(rule, model.lean(text, entityEvidence), settings);
    }

    /** Returns the attitude of one mention given the rules' answer (null when unweighted) and the model's lean. */
    static Stance decide(Stance rule, ModelEntityAttitude.Lean lean, Settings s) {
        double score = score(rule, lean, s);
        String evidence = lean.evidence();
        if (rule != null && s.ruleWeight() > 0) {
            evidence = String.format(Locale.ROOT, "rules: %s %.2f \"%s\"; %s", rule.label().graphName(),
                    rule.confidence(), rule.evidence(), evidence);
        }
        Stance.Label label = label(score, s);
        return new Stance(label, s.precision().get(label),
                evidence + String.format(Locale.ROOT, "; score %+.3f", score));
    }

    /** Returns the label alone, as {@link #decide} gives it: for choosing settings without building evidence. */
    static Stance.Label label(Stance rule, ModelEntityAttitude.Lean lean, Settings s) {
        return label(score(rule, lean, s), s);
    }

    private static double score(Stance rule, ModelEntityAttitude.Lean lean, Settings s) {
        return lean.value() + (rule == null ? 0 : s.ruleWeight() * signed(rule));
    }

    private static Stance.Label label(double score, Settings s) {
        return score > s.defendAbove() ? Stance.Label.AGREE
                : score < s.attackBelow() ? Stance.Label.DISAGREE : Stance.Label.NEUTRAL;
    }

    private static double signed(Stance rule) {
        return switch (rule.label()) {
            case AGREE -> rule.confidence();
            case DISAGREE -> -rule.confidence();
            case NEUTRAL -> 0;
        };
    }
}
