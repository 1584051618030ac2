package org.threadgraph.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
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

    /** The earliest plausible time of a post or comment: Blogger opened in August 1999. */
    static final Instant BLOGGER_START = Instant.parse("1999-08-01T00:00:00Z");

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

    /**
     * Returns the instant of a source's published time, or null with a warning naming the thing
     * and the raw text when the time is unreadable or implausible (before Blogger's start or more
     * than a day ahead): such a time is kept only as text in the warning, never used for durations.
     *
     * @param what names the comment or post, e.g. "comment 123"
     */
    static Instant published(String rfc3339, String what, List<String> warnings) {
        Instant at = instant(rfc3339);
        if (at == null) {
            if (rfc3339 != null) {
                warnings.add(what + ": published time '" + excerpt(rfc3339) + "' unreadable");
            }
            return null;
        }
        return plausible(at, what, "'" + excerpt(rfc3339) + "'", warnings);
    }

    /**
     * Returns the instant, or null with a warning when it lies before {@link #BLOGGER_START} or
     * more than a day after now.
     *
     * @param shown the time as the source wrote it, quoted in the warning
     */
    static Instant plausible(Instant at, String what, String shown, List<String> warnings) {
        if (isPlausible(at)) {
            return at;
        }
        warnings.add(what + ": published time " + shown + (at.isBefore(BLOGGER_START)
                ? " is before Blogger existed (1999-08-01)" : " is in the future")
                + "; kept as text only, not used for times");
        return null;
    }

    /** Returns the instant when it is plausible for a blog comment or post, else null. */
    static Instant plausibleOrNull(Instant at) {
        return at != null && isPlausible(at) ? at : null;
    }

    private static boolean isPlausible(Instant at) {
        return !at.isBefore(BLOGGER_START) && !at.isAfter(Instant.now().plus(Duration.ofDays(1)));
    }

    private static String excerpt(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
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
