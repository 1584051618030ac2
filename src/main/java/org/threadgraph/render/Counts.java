package org.threadgraph.render;

import java.util.Locale;

/** Counts as people write them: the right plural, and whole numbers without decimals. */
public final class Counts {

    private Counts() {
    }

    /** Returns {@code 1 comment}, {@code 2 comments}; the plural adds "s". */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    /** Returns the count with the singular or plural noun, e.g. {@code 1 reply}, {@code 3 replies}. */
    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** Returns {@code 1 time}, {@code 4 times}. */
    public static String times(long n) {
        return of(n, "time");
    }

    /**
     * Returns a stored number as text: integers (and doubles holding whole numbers, as weighted
     * degrees do) without decimals, other doubles with three; null for a value that is no number.
     */
    public static String number(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return String.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d)
                    : String.format(Locale.ROOT, "%.3f", d);
        }
        return null;
    }
}
