package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/**
 * Holds the shipped model at the figures it reached, rounded down a little: on the first
 * {@value StanceTraining#MASKMANDATE_HELD_OUT} pairs of the mask-mandate file, which its training left out,
 * and on the seed pairs, which it was trained on (so that figure guards the model file and the features, not
 * quality; the held-out seed figure is leave-one-thread-out, in the model card).
 */
class ShippedStanceModelTest {

    /** Measured 0.987 (trained on these pairs; 1.000 before the blog offsets were searched from -2 to 2). */
    private static final double SEED_FLOOR = 0.97;
    /** Measured 0.567 with the pairs scored as non-blog pairs, as the model card reports it. */
    private static final double MASKMANDATE_FLOOR = 0.56;

    @Test
    void seedPairsStayAtTheMeasuredLevel() {
        List<LabelledPair> pairs = DevSet.pairs().stream().map(p -> new LabelledPair(p.response(), p.target(),
                Stance.Label.valueOf(p.gold().toUpperCase(Locale.ROOT)), p.split())).toList();
        StanceScores s = StanceEvaluation.evaluate(StanceModel.shipped(), pairs);
        System.out.printf(Locale.ROOT, "shipped model on %d seed pairs: macro-F1 %.3f, accuracy %.3f, ECE %.3f%n",
                s.n(), s.macroF1(), s.accuracy(), s.expectedCalibrationError());
        assertTrue(s.macroF1() >= SEED_FLOOR, "seed macro-F1 fell to " + s.macroF1());
    }

    @Test
    void aFixedMaskMandateSliceStaysAtTheMeasuredLevel() {
        List<LabelledPair> pairs = PairFile.read(SharedData.agreement().resolve(StanceTraining.MASKMANDATE),
                "quote_text", "response_text", "relation", PairFile.REDDIT_LABELS).subList(0, StanceTraining.MASKMANDATE_HELD_OUT);
        StanceScores s = StanceEvaluation.evaluate(StanceModel.shipped().outsideBlogs(), pairs);
        System.out.printf(Locale.ROOT, "shipped model on %d mask-mandate pairs: macro-F1 %.3f, accuracy %.3f%n",
                s.n(), s.macroF1(), s.accuracy());
        assertTrue(s.macroF1() >= MASKMANDATE_FLOOR, "mask-mandate macro-F1 fell to " + s.macroF1());
    }
}
