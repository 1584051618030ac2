package org.threadgraph.sources;

/** A document could not be read; the message names the document and the place. */
public class SourceException extends Exception {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
