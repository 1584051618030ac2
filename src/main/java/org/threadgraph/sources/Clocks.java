package org.threadgraph.sources;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "HH:mm" clock readers saw next to a comment. Commenters answer each other by it
 * ("Excellent points 21:54."), so every source must produce the same clock for the same comment.
 */
final class Clocks {

    private static final Pattern COLON = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::\\d{2})?(?![\\d:])\\s*(?:([aApP])\\.?\\s*[mM]\\b\\.?)?");
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})[.h](\\d{2})(?![\\d.])\\s*(?:([aApP])\\.?\\s*[mM]\\b\\.?)?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Clocks() {
    }

    /**
     * Returns the clock in a visible timestamp ("23 February 2016 at 21:54" → "21:54", "July 13,
     * 2015 at 2:39 AM" → "02:39", "30/12/14 2:07 a.&#160;m." → "02:07"), or null when it shows none.
     */
    static String parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ');
        String clock = last(COLON.matcher(t));
        return clock != null ? clock : last(DOTTED.matcher(t));
    }

    /** Returns the clock of an instant in the blog's zone, or null for a null instant. */
    static String of(Instant instant, ZoneId zone) {
        return instant == null ? null : HH_MM.format(instant.atZone(zone));
    }

    /**
     * Returns the instant of an RFC 3339 timestamp ("2016-02-24T10:26:56.381+00:00",
     * "2011-10-08T19:40:53Z"), or null when the text is null or not such a timestamp.
     */
    static Instant instant(String rfc3339) {
        if (rfc3339 == null || rfc3339.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(rfc3339.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String last(Matcher m) {
        String found = null;
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            String half = m.group(3);
            if (minute > 59) {
                continue;
            }
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    continue;
                }
                boolean pm = half.equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            } else if (hour > 23) {
                continue;
            }
            found = String.format("%02d:%02d", hour, minute);
        }
        return found;
    }
}
