package org.threadgraph.store;

/**
 * A database operation failed. {@link #isUserError()} tells whether the user can fix it (bad
 * Cypher, a refused write, an unreachable server) or whether it is a fault in threadgraph.
 */
public class StoreException extends RuntimeException {

    private final boolean userError;

    public StoreException(String message, boolean userError, Throwable cause) {
        super(message, cause);
        this.userError = userError;
    }

    /** Returns true when the message tells the user what to change. */
    public boolean isUserError() {
        return userError;
    }
}
