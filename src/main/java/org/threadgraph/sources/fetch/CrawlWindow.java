package org.threadgraph.sources.fetch;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The months a crawl covers: posts published from the start of {@code since} up to the end of
 * {@code until}, in the blog's zone; either end may be open (null).
 */
public record CrawlWindow(YearMonth since, YearMonth until, ZoneId zone) {

    public CrawlWindow {
        Objects.requireNonNull(zone, "zone");
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until " + until + " is before --since " + since);
        }
    }

    /** Returns a window without limits. */
    public static CrawlWindow all(ZoneId zone) {
        return new CrawlWindow(null, null, zone);
    }

    /** Returns the first instant inside the window, or null when it has no lower limit. */
    public Instant min() {
        return since == null ? null : since.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Returns the first instant after the window, or null when it has no upper limit. */
    public Instant end() {
        return until == null ? null : until.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** Returns true when the window has a limit. */
    public boolean limited() {
        return since != null || until != null;
    }

    /**
     * Returns true when a post published at this instant is in the window; a post without a date
     * is in only when the window has no limits.
     */
    public boolean contains(Instant published) {
        if (published == null) {
            return !limited();
        }
        return (min() == null || !published.isBefore(min())) && (end() == null || published.isBefore(end()));
    }

    /** Returns true when the instant is before the window's start (so, newest first, everything after is too). */
    public boolean before(Instant published) {
        return published != null && min() != null && published.isBefore(min());
    }

    /** Returns the window as the user wrote it, e.g. "2016-01..2016-03", "..2016-03", "all". */
    public String describe() {
        if (!limited()) {
            return "all";
        }
        return (since == null ? "" : since.toString()) + ".." + (until == null ? "" : until.toString());
    }
}
