package org.threadgraph.stance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The measured precision of each rule family, as {@code confidence.properties} records it under one prefix. */
final class Confidence {

    private final String prefix;
    private final Map<String, Double> values = new HashMap<>();

    /**
     * Reads the entries under {@code prefix} ({@code "stance."} or {@code "entity."}), failing unless
     * every one of {@code families} has one.
     */
    Confidence(Resources r, String prefix, List<String> families) {
        this.prefix = prefix;
        Properties c = r.properties("confidence.properties");
        for (String key : c.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                values.put(key.substring(prefix.length()), Resources.number(c, key));
            }
        }
        families.forEach(this::of);
    }

    /** Returns the measured precision of a family, failing when confidence.properties lacks it. */
    double of(String family) {
        Double value = values.get(family);
        if (value == null) {
            throw new IllegalStateException("confidence.properties has no " + prefix + family);
        }
        return value;
    }
}
