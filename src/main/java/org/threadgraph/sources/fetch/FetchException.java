package org.threadgraph.sources.fetch;

/**
 * A URL could not be fetched or its response could not be used, after any retries. The message is
 * one line that names the URL and says why.
 */
public class FetchException extends Exception {

    /** Why a fetch failed. */
    public enum Kind {
        /** The URL, or a redirect, leads off the hosts the fetcher may visit; never requested. */
        OFF_HOST,
        /** Not an http(s) URL, or otherwise malformed. */
        BAD_URL,
        /** The response is larger than the size cap. */
        TOO_LARGE,
        /** A final HTTP status such as 404 or 403, or a 5xx that outlasted the retries. */
        HTTP_STATUS,
        /** HTTP 429 that outlasted the retries, or a Retry-After longer than honoured. */
        RATE_LIMITED,
        /** Timeouts, refused or cut connections that outlasted the retries. */
        NETWORK,
        /** The body arrived but could not be parsed (cut short or damaged), after the retries. */
        UNREADABLE,
        /** The host's robots.txt forbids the URL, or could not be read (which counts as forbidding all); never requested. */
        DISALLOWED,
        /** The URL took longer than the policy's deadline for one URL, retries and waits included. */
        DEADLINE
    }

    private final String url;
    private final Kind kind;
    private final int status;

    public FetchException(String url, Kind kind, String message) {
        this(url, kind, 0, message);
    }

    /** Returns an exception for a final HTTP status, such as 404. */
    public FetchException(String url, Kind kind, int status, String message) {
        super(message);
        this.url = url;
        this.kind = kind;
        this.status = status;
    }

    public FetchException(String url, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.kind = kind;
        this.status = 0;
    }

    /** Returns the HTTP status of the last response when it decided the failure, or 0. */
    public int status() {
        return status;
    }

    /** Returns the URL that failed. */
    public String url() {
        return url;
    }

    /** Returns why it failed. */
    public Kind kind() {
        return kind;
    }
}
