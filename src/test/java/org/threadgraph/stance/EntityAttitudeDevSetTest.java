package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/**
 * Measures entity attitude on the hand-labelled items of {@code devset/entity-attitude.json}: prints
 * confusion tables for all items and each split, the precision of every rule family and the errors, and
 * holds macro-F1 at the level reached (rounded down a little).
 */
class EntityAttitudeDevSetTest {

    private static final double FLOOR_ALL = 0.65;
    private static final double FLOOR_CHECK = 0.52;
    private static final double FLOOR_TUNE = 0.85;

    private static final DevSetRun RUN = new DevSetRun(List.of("defend", "attack", "neutral"), "entity.");

    @BeforeAll
    static void run() {
        LexiconEntityAttitude reader = new LexiconEntityAttitude();
        for (DevSet.Item item : DevSet.items()) {
            Decision d = reader.decide(item.text(), item.entity());
            RUN.add(item.split(), item.id(), item.gold(), name(d.stance().label()), d, item.reason());
        }
        RUN.print("Entity attitude", "items", "Entity rule families");
    }

    private static String name(Stance.Label label) {
        return switch (label) {
            case AGREE -> "defend";
            case DISAGREE -> "attack";
            case NEUTRAL -> "neutral";
        };
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
