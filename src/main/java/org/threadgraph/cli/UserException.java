package org.threadgraph.cli;

/** Something the user can fix: the message says what, in one line. */
final class UserException extends RuntimeException {

    UserException(String message) {
        super(message);
    }
}
