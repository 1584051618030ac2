package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Scores one pass over a dev set: confusion tables for all items and each split, the precision of every
 * rule family, the errors, and how far {@code confidence.properties} is from what was measured.
 */
final class DevSetRun {

    /** A family that decided at least this many items must have its measured precision configured. */
    private static final int MIN_FIRED = 3;
    /** How far a configured confidence may be from the measured precision. */
    private static final double TOLERANCE = 0.05;

    final Scores all;
    final Scores tune;
    final Scores check;
    private final FamilyPrecision families = new FamilyPrecision();
    private final List<String> errors = new ArrayList<>();
    private final String prefix;

    /** Starts empty scores over these labels, for the families under {@code prefix} in confidence.properties. */
    DevSetRun(List<String> labels, String prefix) {
        all = new Scores(labels);
        tune = new Scores(labels);
        check = new Scores(labels);
        this.prefix = prefix;
    }

    /** Counts one decision on the item {@code id} of {@code split}. */
    void add(String split, String id, String gold, String predicted, Decision d, String reason) {
        all.add(gold, predicted);
        ("check".equals(split) ? check : tune).add(gold, predicted);
        families.add(d.family(), predicted.equals(gold));
        if (!predicted.equals(gold)) {
            errors.add(String.format(Locale.ROOT, "  [%s] %s: gold %s, got %s by %s \"%s\" - %s", split, id, gold,
                    predicted, d.family(), d.stance().evidence(), reason));
        }
    }

    /** Prints the tables, titled e.g. "Stance, all pairs", then the family table and the errors. */
    void print(String subject, String items, String familiesTitle) {
        System.out.println(all.report(subject + ", all " + items));
        System.out.println(tune.report(subject + ", split tune (threads 000-002)"));
        System.out.println(check.report(subject + ", split check (thread 003, held out)"));
        System.out.println(families.report(familiesTitle, DevSet.confidence(), prefix));
        System.out.println("Errors:" + System.lineSeparator() + String.join(System.lineSeparator(), errors));
    }

    /** Returns the configured confidences of families that decided enough items but drifted from the measure. */
    List<String> confidenceOff() {
        Properties configured = DevSet.confidence();
        List<String> off = new ArrayList<>();
        for (String key : configured.stringPropertyNames()) {
            String family = key.substring(prefix.length());
            if (key.startsWith(prefix) && families.fired(family) >= MIN_FIRED
                    && Math.abs(Double.parseDouble(configured.getProperty(key)) - families.smoothed(family)) > TOLERANCE) {
                off.add(String.format(Locale.ROOT, "%s=%s but measured %.3f", key, configured.getProperty(key),
                        families.smoothed(family)));
            }
        }
        return off;
    }
}
