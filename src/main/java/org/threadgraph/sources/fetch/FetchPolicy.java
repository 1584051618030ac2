package org.threadgraph.sources.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how safely {@link HttpFetcher} fetches.
 *
 * @param delay      the pause between the end of one request and the start of the next (default 1 s)
 * @param maxRetries how many times a failed request is tried again: on a timeout, a dropped or cut
 *                   connection, HTTP 429 or 5xx, or a body that does not parse (default 3)
 * @param backoff    the first wait before a retry; it doubles with each further retry, and a
 *                   server's {@code Retry-After} wins when it asks for longer (default 2 s)
 * @param timeout    the limit for connecting and for a whole response (default 30 s)
 * @param maxBytes   the most bytes one response may have (after decompression); reading stops
 *                   there and the response is reported, not used (default 10 MB)
 * @param userAgent  the User-Agent header sent with every request
 */
public record FetchPolicy(Duration delay, int maxRetries, Duration backoff, Duration timeout, long maxBytes,
                          String userAgent) {

    /** The version in the User-Agent. */
    public static final String VERSION = "0.1";
    /** The User-Agent sent when no contact is given. */
    public static final String USER_AGENT = "threadgraph/" + VERSION + " (research crawler of blog comment threads)";
    /** The longest {@code Retry-After} honoured; a server asking for longer is reported as rate-limiting. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);

    public FetchPolicy {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (delay.isNegative() || backoff.isNegative()) {
            throw new IllegalArgumentException("delay and backoff cannot be negative");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("max retries cannot be negative");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("max bytes must be positive");
        }
    }

    /** Returns the defaults: 1 s delay, 3 retries from 2 s back-off, 30 s timeout, 10 MB per response. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(1), 3, Duration.ofSeconds(2), Duration.ofSeconds(30),
                10L * 1024 * 1024, USER_AGENT);
    }

    /**
     * Returns the User-Agent naming threadgraph, with a contact (an e-mail address or a URL) so a
     * blog's operator can reach the person crawling; null or blank for none.
     */
    public static String userAgent(String contact) {
        if (contact == null || contact.isBlank()) {
            return USER_AGENT;
        }
        String c = contact.strip().replaceAll("[\\p{Cntrl}()]", "");
        return "threadgraph/" + VERSION + " (research crawler of blog comment threads; +" + c + ")";
    }
}
