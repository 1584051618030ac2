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
        UNREADABLE
    }

    private final String url;
    private final Kind kind;

    public FetchException(String url, Kind kind, String message) {
        super(message);
        this.url = url;
        this.kind = kind;
    }

    public FetchException(String url, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.kind = kind;
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
