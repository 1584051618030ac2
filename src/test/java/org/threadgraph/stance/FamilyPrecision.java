package org.threadgraph.stance;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Counts, per deciding rule family, how often its decision matched the gold label. */
final class FamilyPrecision {

    private final Map<String, int[]> counts = new TreeMap<>();

    /** Counts one decision of {@code family}. */
    void add(String family, boolean right) {
        int[] c = counts.computeIfAbsent(family, f -> new int[2]);
        c[0]++;
        if (right) {
            c[1]++;
        }
    }

    /** Returns how many decisions the family made. */
    int fired(String family) {
        return counts.getOrDefault(family, new int[2])[0];
    }

    /** Returns the Laplace-smoothed precision (right + 1) / (fired + 2): what confidence.properties records. */
    double smoothed(String family) {
        int[] c = counts.getOrDefault(family, new int[2]);
        return (c[1] + 1.0) / (c[0] + 2.0);
    }

    /** Returns a table of every family: fired, right, raw and smoothed precision, and the configured confidence. */
    String report(String title, Properties configured, String prefix) {
        StringBuilder sb = new StringBuilder(title).append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, "  %-16s%7s%7s%9s%10s%12s%n", "family", "fired", "right", "raw",
                "smoothed", "configured"));
        counts.forEach((family, c) -> sb.append(String.format(Locale.ROOT, "  %-16s%7d%7d%9.3f%10.3f%12s%n", family,
                c[0], c[1], (double) c[1] / c[0], smoothed(family), configured.getProperty(prefix + family, "-"))));
        return sb.toString();
    }
}
