package org.threadgraph.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on the terminal for long runs. Nothing is drawn when output is not a
 * terminal (CI logs, pipes), where per-item summaries already say what happened.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private int done;
    private String lastLine = "";

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.enabled = System.console() != null && total > 1;
    }

    /** Advances by one item and redraws with the given status. */
    void step(String status) {
        done++;
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) Math.round((double) done / total * WIDTH);
        String line = "\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + status;
        err.print(line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
        err.flush();
        lastLine = line;
    }

    /** Clears the bar so that normal output continues on a clean line. */
    void finish() {
        if (enabled && !lastLine.isEmpty()) {
            err.print("\r" + " ".repeat(lastLine.length()) + "\r");
            err.flush();
        }
    }
}
