package org.threadgraph.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Links back to the blog and the way reports write times and numbers. */
final class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK);

    private Formats() {
    }

    /**
     * Returns the link to a comment on its post's page: {@code POST?showComment=EPOCHMS#cID} when the
     * id is a Blogger comment id and its time is known, else the post's permalink (null if unknown).
     */
    static String commentUrl(String postUrl, String commentId, String published) {
        if (postUrl == null) {
            return null;
        }
        if (commentId == null || !commentId.matches("\\d+") || published == null) {
            return postUrl;
        }
        try {
            long ms = ZonedDateTime.parse(published).toInstant().toEpochMilli();
            return postUrl + "?showComment=" + ms + "#c" + commentId;
        } catch (DateTimeParseException e) {
            return postUrl;
        }
    }

    /** Returns the instant an ISO date-time stands for. */
    static Instant instant(String iso) {
        return ZonedDateTime.parse(iso).toInstant();
    }

    /** Returns an ISO date-time as a reader would write it, e.g. {@code 23 Feb 2016 09:05 UTC}; other text as is. */
    static String when(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(iso).withZoneSameInstant(ZoneOffset.UTC).format(WHEN);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** Returns the minutes between two ISO date-times, or null when either is missing. */
    static Long minutesBetween(String first, String last) {
        if (first == null || last == null) {
            return null;
        }
        return Duration.between(ZonedDateTime.parse(first), ZonedDateTime.parse(last)).toMinutes();
    }

    /** Returns a duration in minutes as days, hours and minutes, e.g. {@code 23 h 15 min}. */
    static String duration(long minutes) {
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        StringBuilder sb = new StringBuilder();
        if (days > 0) {
            sb.append(days).append(" d ");
        }
        if (days > 0 || hours > 0) {
            sb.append(hours).append(" h ");
        }
        return sb.append(mins).append(" min").toString();
    }

    /** Returns a share as a whole percentage, e.g. {@code 67%}; a dash when there is nothing to share. */
    static String percent(long part, long whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }

    /** Returns a score with three decimals, or null. */
    static String score(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Returns a rank against the rest, e.g. {@code 3 of 120}, or null when unranked. */
    static String rank(Long rank, long of) {
        if (rank == null) {
            return null;
        }
        return of > 0 ? rank + " of " + of : String.valueOf(rank);
    }
}
