package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/**
 * Measures entity attitude on the hand-labelled items of {@code devset/entity-attitude.json}: prints
 * confusion tables for all items and each split, the precision of every rule family and the errors, and
 * holds macro-F1 at the level reached (rounded down a little).
 */
class EntityAttitudeDevSetTest {

    private static final List<String> LABELS = List.of("defend", "attack", "neutral");
    private static final double FLOOR_ALL = 0.65;
    private static final double FLOOR_CHECK = 0.52;
    private static final double FLOOR_TUNE = 0.85;
    private static final int MIN_FIRED = 3;
    private static final double TOLERANCE = 0.05;

    private static final Scores ALL = new Scores(LABELS);
    private static final Scores TUNE = new Scores(LABELS);
    private static final Scores CHECK = new Scores(LABELS);
    private static final FamilyPrecision FAMILIES = new FamilyPrecision();
    private static final List<String> ERRORS = new ArrayList<>();

    @BeforeAll
    static void run() {
        LexiconEntityAttitude reader = new LexiconEntityAttitude();
        for (DevSet.Item item : DevSet.items()) {
            Decision d = reader.decide(item.text(), item.entity());
            String predicted = name(d.stance().label());
            ALL.add(item.gold(), predicted);
            ("check".equals(item.split()) ? CHECK : TUNE).add(item.gold(), predicted);
            FAMILIES.add(d.family(), predicted.equals(item.gold()));
            if (!predicted.equals(item.gold())) {
                ERRORS.add(String.format(Locale.ROOT, "  [%s] %s: gold %s, got %s by %s \"%s\" - %s", item.split(),
                        item.id(), item.gold(), predicted, d.family(), d.stance().evidence(), item.reason()));
            }
        }
        System.out.println(ALL.report("Entity attitude, all items"));
        System.out.println(TUNE.report("Entity attitude, split tune (threads 000-002)"));
        System.out.println(CHECK.report("Entity attitude, split check (thread 003, held out)"));
        System.out.println(FAMILIES.report("Entity rule families", DevSet.confidence(), "entity."));
        System.out.println("Errors:" + System.lineSeparator() + String.join(System.lineSeparator(), ERRORS));
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
        assertTrue(ALL.macroF1() >= FLOOR_ALL, "macro-F1 fell to " + ALL.macroF1());
        assertTrue(TUNE.macroF1() >= FLOOR_TUNE, "tune macro-F1 fell to " + TUNE.macroF1());
        assertTrue(CHECK.macroF1() >= FLOOR_CHECK, "check macro-F1 fell to " + CHECK.macroF1());
    }

    @Test
    void configuredConfidenceIsTheMeasuredPrecision() {
        Properties configured = DevSet.confidence();
        List<String> off = new ArrayList<>();
        for (String key : configured.stringPropertyNames()) {
            String family = key.substring("entity.".length());
            if (key.startsWith("entity.") && FAMILIES.fired(family) >= MIN_FIRED
                    && Math.abs(Double.parseDouble(configured.getProperty(key)) - FAMILIES.smoothed(family)) > TOLERANCE) {
                off.add(String.format(Locale.ROOT, "%s=%s but measured %.3f", key, configured.getProperty(key),
                        FAMILIES.smoothed(family)));
            }
        }
        assertTrue(off.isEmpty(), "confidence.properties out of date: " + off);
    }
}
