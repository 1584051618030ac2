package org.threadgraph.stance;

/** A labelled pair file that cannot be used; the message names the file and the line, in one line. */
public final class StanceDataException extends RuntimeException {

    StanceDataException(String message) {
        super(message);
    }

    StanceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
