package org.threadgraph.sources.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how safely {@link HttpFetcher} fetches.
 *
 * @param delay         the pause between the end of one request and the start of the next (default 1 s)
 * @param maxRetries    how many times a failed request is tried again: on a timeout, a dropped or cut
 *                      connection, HTTP 429 or 5xx, or a body that does not parse (default 3)
 * @param backoff       the first wait before a retry; it doubles with each further retry, and a
 *                      server's {@code Retry-After} wins when it asks for longer (default 2 s)
 * @param timeout       the limit for connecting and for one whole response, headers and body (default 10 s)
 * @param maxBytes      the most bytes one response may have (after decompression); reading stops
 *                      there and the response is reported, not used (default 10 MB)
 * @param userAgent     the User-Agent header sent with every request
 * @param deadline      the limit for one URL, all its attempts, redirects and waits included: a URL
 *                      that has not succeeded by then is given up with a message (default 30 s)
 * @param maxRetryAfter the longest {@code Retry-After} waited for; a server asking for longer is
 *                      reported as rate-limiting at once instead of being waited for (default 30 s)
 */
public record FetchPolicy(Duration delay, int maxRetries, Duration backoff, Duration timeout, long maxBytes,
                          String userAgent, Duration deadline, Duration maxRetryAfter) {

    /** The version in the User-Agent. */
    public static final String VERSION = "0.1";
    /** The product token robots.txt groups are matched against (RFC 9309, section 2.2.1). */
    public static final String PRODUCT_TOKEN = "threadgraph";
    /** The User-Agent sent when no contact is given. */
    public static final String USER_AGENT = PRODUCT_TOKEN + "/" + VERSION
            + " (research crawler of blog comment threads)";
    /** The default limit for one URL: a stalling server costs at most this much per URL. */
    public static final Duration DEADLINE_DEFAULT = Duration.ofSeconds(30);
    /** The default longest {@code Retry-After} honoured. */
    public static final Duration MAX_RETRY_AFTER_DEFAULT = Duration.ofSeconds(30);

    public FetchPolicy {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (delay.isNegative() || backoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("delay, backoff and max Retry-After cannot be negative");
        }
        if (timeout.isNegative() || timeout.isZero() || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("timeout and deadline must be positive");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("max retries cannot be negative");
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("max bytes must be positive");
        }
    }

    /** Returns a policy with the default {@link #DEADLINE_DEFAULT deadline} and {@link #MAX_RETRY_AFTER_DEFAULT cap}. */
    public FetchPolicy(Duration delay, int maxRetries, Duration backoff, Duration timeout, long maxBytes,
                       String userAgent) {
        this(delay, maxRetries, backoff, timeout, maxBytes, userAgent, DEADLINE_DEFAULT, MAX_RETRY_AFTER_DEFAULT);
    }

    /**
     * Returns the defaults: 1 s delay, 3 retries from 2 s back-off, 10 s per request, 30 s per URL,
     * Retry-After up to 30 s, 10 MB per response.
     */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(1), 3, Duration.ofSeconds(2), Duration.ofSeconds(10),
                10L * 1024 * 1024, USER_AGENT);
    }

    /** Returns this policy with another limit for one URL. */
    public FetchPolicy withDeadline(Duration newDeadline) {
        return new FetchPolicy(delay, maxRetries, backoff, timeout, maxBytes, userAgent, newDeadline, maxRetryAfter);
    }

    /** Returns this policy with another longest Retry-After honoured. */
    public FetchPolicy withMaxRetryAfter(Duration newMax) {
        return new FetchPolicy(delay, maxRetries, backoff, timeout, maxBytes, userAgent, deadline, newMax);
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
        return PRODUCT_TOKEN + "/" + VERSION + " (research crawler of blog comment threads; +" + c + ")";
    }
}
