package org.threadgraph.stance;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.threadgraph.model.Stance;

/**
 * Weighs counted cues: each scores its family's confidence times its position weight, the larger side wins,
 * and the confidence is the deciding cue's score times the winner's share of the margin.
 */
final class Tally {

    private Tally() {
    }

    /**
     * Returns the decision of the counted cues among {@code cues}, which must hold at least one.
     *
     * @param cues       every cue found; only counted ones weigh
     * @param confidence the measured precision of a family
     * @param conflict   the family reported when both sides weigh the same
     */
    static Decision decide(List<Cue> cues, ToDoubleFunction<String> confidence, String conflict) {
        List<Cue> live = cues.stream().filter(Cue::live).toList();
        double agree = score(live, Stance.Label.AGREE, confidence);
        double disagree = score(live, Stance.Label.DISAGREE, confidence);
        if (agree == disagree) {
            String words = strongest(live, Stance.Label.AGREE, confidence).words() + " / "
                    + strongest(live, Stance.Label.DISAGREE, confidence).words();
            return new Decision(new Stance(Stance.Label.NEUTRAL, confidence.applyAsDouble(conflict), words),
                    conflict, cues);
        }
        Stance.Label label = agree > disagree ? Stance.Label.AGREE : Stance.Label.DISAGREE;
        double win = Math.max(agree, disagree);
        double lose = Math.min(agree, disagree);
        Cue decisive = strongest(live, label, confidence);
        double value = confidence.applyAsDouble(decisive.family()) * decisive.weight() * (win - lose) / win;
        return new Decision(new Stance(label, Math.round(value * 1000) / 1000.0, decisive.words()),
                decisive.family(), cues);
    }

    private static double score(List<Cue> live, Stance.Label label, ToDoubleFunction<String> confidence) {
        return live.stream().filter(c -> c.polarity() == label)
                .mapToDouble(c -> confidence.applyAsDouble(c.family()) * c.weight()).sum();
    }

    private static Cue strongest(List<Cue> live, Stance.Label label, ToDoubleFunction<String> confidence) {
        Cue best = null;
        for (Cue c : live) {
            if (c.polarity() == label && (best == null || confidence.applyAsDouble(c.family()) * c.weight()
                    > confidence.applyAsDouble(best.family()) * best.weight())) {
                best = c;
            }
        }
        return best;
    }
}
