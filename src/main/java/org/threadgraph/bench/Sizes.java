package org.threadgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and writes benchmark sizes as people write them: "1k", "74k", "1M", "2500". */
public final class Sizes {

    private Sizes() {
    }

    /** Parses a comma-separated list of sizes; throws IllegalArgumentException naming a bad one. */
    public static List<Integer> parse(String list) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : list.split(",")) {
            String s = part.strip();
            long factor = 1;
            if (s.endsWith("k") || s.endsWith("K")) {
                factor = 1_000;
            } else if (s.endsWith("m") || s.endsWith("M")) {
                factor = 1_000_000;
            }
            String digits = factor == 1 ? s : s.substring(0, s.length() - 1);
            long n;
            try {
                n = Long.parseLong(digits) * factor;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("size '" + s + "' is not a number like 1k, 74k or 1M");
            }
            if (n < 1 || n > 10_000_000) {
                throw new IllegalArgumentException("size '" + s + "' must be between 1 and 10M comments");
            }
            sizes.add((int) n);
        }
        return sizes;
    }

    /** Returns "1k", "74k", "1M", or the number itself when it is not a round thousand. */
    public static String label(int size) {
        if (size % 1_000_000 == 0) {
            return size / 1_000_000 + "M";
        }
        if (size % 1_000 == 0) {
            return size / 1_000 + "k";
        }
        return String.format(Locale.ROOT, "%d", size);
    }
}
