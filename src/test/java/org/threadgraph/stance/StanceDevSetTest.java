package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the stance classifier on the hand-labelled pairs of {@code devset/stance.json}: prints
 * confusion tables for all pairs and each split, the precision of every rule family and the errors, and
 * holds macro-F1 at the level reached (rounded down a little).
 */
class StanceDevSetTest {

    private static final double FLOOR_ALL = 0.67;
    private static final double FLOOR_CHECK = 0.58;
    private static final double FLOOR_TUNE = 0.73;

    private static final DevSetRun RUN = new DevSetRun(List.of("agree", "disagree", "neutral"), "stance.");

    @BeforeAll
    static void run() {
        LexiconStanceClassifier classifier = new LexiconStanceClassifier();
        for (DevSet.Pair p : DevSet.pairs()) {
            Decision d = classifier.decide(p.response(), p.target());
            RUN.add(p.split(), p.id(), p.gold(), d.stance().label().graphName(), d, p.reason());
        }
        RUN.print("Stance", "pairs", "Stance rule families");
    }

    @Test
    void macroF1StaysAtTheMeasuredLevel() {
        assertTrue(RUN.all.macroF1() >= FLOOR_ALL, "macro-F1 fell to " + RUN.all.macroF1());
        assertTrue(RUN.tune.macroF1() >= FLOOR_TUNE, "tune macro-F1 fell to " + RUN.tune.macroF1());
        assertTrue(RUN.check.macroF1() >= FLOOR_CHECK, "check macro-F1 fell to " + RUN.check.macroF1());
    }

    @Test
    void configuredConfidenceIsTheMeasuredPrecision() {
        List<String> off = RUN.confidenceOff();
        assertTrue(off.isEmpty(), "confidence.properties out of date: " + off);
    }
}
