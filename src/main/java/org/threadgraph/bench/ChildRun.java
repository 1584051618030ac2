package org.threadgraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One threadgraph command run as a child process.
 *
 * @param command       the full command line
 * @param exitCode      its exit code, or -1 when it was stopped
 * @param seconds       wall time from start to exit
 * @param stopped       whether it was stopped for exceeding the time budget
 * @param peakRssBytes  the child's peak resident set size ({@code VmHWM}), 0 when never read
 * @param peakHeapBytes the most heap in use that the GC log shows (before a collection, or at exit)
 * @param output        the file holding its standard output and error
 */
record ChildRun(List<String> command, int exitCode, double seconds, boolean stopped, long peakRssBytes,
                long peakHeapBytes, Path output) {

    /** Returns true when the command ran to the end and succeeded. */
    boolean succeeded() {
        return !stopped && exitCode == 0;
    }
}
