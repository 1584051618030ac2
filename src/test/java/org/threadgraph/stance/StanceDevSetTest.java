package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the stance classifier on the hand-labelled pairs of {@code devset/stance.json}: prints
 * confusion tables for all pairs and each split, the precision of every rule family and the errors, and
 * holds macro-F1 at the level reached (rounded down a little).
 */
class StanceDevSetTest {

    private static final List<String> LABELS = List.of("agree", "disagree", "neutral");
    private static final double FLOOR_ALL = 0.67;
    private static final double FLOOR_CHECK = 0.58;
    private static final double FLOOR_TUNE = 0.73;
    private static final int MIN_FIRED = 3;
    private static final double TOLERANCE = 0.05;

    private static final Scores ALL = new Scores(LABELS);
    private static final Scores TUNE = new Scores(LABELS);
    private static final Scores CHECK = new Scores(LABELS);
    private static final FamilyPrecision FAMILIES = new FamilyPrecision();
    private static final List<String> ERRORS = new ArrayList<>();

    @BeforeAll
    static void run() {
        LexiconStanceClassifier classifier = new LexiconStanceClassifier();
        for (DevSet.Pair p : DevSet.pairs()) {
            Decision d = classifier.decide(p.response(), p.target());
            String predicted = d.stance().label().graphName();
            ALL.add(p.gold(), predicted);
            ("check".equals(p.split()) ? CHECK : TUNE).add(p.gold(), predicted);
            FAMILIES.add(d.family(), predicted.equals(p.gold()));
            if (!predicted.equals(p.gold())) {
                ERRORS.add(String.format(Locale.ROOT, "  [%s] %s: gold %s, got %s by %s \"%s\" - %s", p.split(), p.id(),
                        p.gold(), predicted, d.family(), d.stance().evidence(), p.reason()));
            }
        }
        System.out.println(ALL.report("Stance, all pairs"));
        System.out.println(TUNE.report("Stance, split tune (threads 000-002)"));
        System.out.println(CHECK.report("Stance, split check (thread 003, held out)"));
        System.out.println(FAMILIES.report("Stance rule families", DevSet.confidence(), "stance."));
        System.out.println("Errors:" + System.lineSeparator() + String.join(System.lineSeparator(), ERRORS));
    }

    @Test
    void macroF1StaysAtTheMeasuredLevel() {
        assertTrue(ALL.macroF1() >= FLOOR_ALL, "macro-F1 fell to " + ALL.macroF1());
        assertTrue(TUNE.macroF1() >= FLOOR_TUNE, "tune macro-F1 fell to " + TUNE.macroF1());
        assertTrue(CHECK.macroF1() >= FLOOR_CHECK, "check macro-F1 fell to " + CHECK.macroF1());
    }

    @Test
    void configuredConfidenceIsTheMeasuredPrecision() {
        Properties configured = DevSet.confidence();
        List<String> off = new ArrayList<>();
        for (String key : configured.stringPropertyNames()) {
            String family = key.substring("stance.".length());
            if (key.startsWith("stance.") && FAMILIES.fired(family) >= MIN_FIRED
                    && Math.abs(Double.parseDouble(configured.getProperty(key)) - FAMILIES.smoothed(family)) > TOLERANCE) {
                off.add(String.format(Locale.ROOT, "%s=%s but measured %.3f", key, configured.getProperty(key),
                        FAMILIES.smoothed(family)));
            }
        }
        assertTrue(off.isEmpty(), "confidence.properties out of date: " + off);
    }
}
