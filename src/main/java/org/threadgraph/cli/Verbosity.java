package org.threadgraph.cli;

/**
 * How much a command says besides its result. Quiet keeps results, warnings about lost input and
 * errors; verbose adds a progress line as each stage starts and the stack trace of an internal
 * error, for a bug report.
 */
enum Verbosity {
    QUIET, NORMAL, VERBOSE;

    /** Returns true when progress and per-item summaries should be printed. */
    boolean chatty() {
        return this != QUIET;
    }
}
