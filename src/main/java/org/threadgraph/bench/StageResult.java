package org.threadgraph.bench;

/**
 * The figures of one stage of one size.
 *
 * @param stage          what ran: "ingest, no link", "link", …
 * @param command        the threadgraph arguments (after {@code java -jar threadgraph.jar})
 * @param seconds        wall time, start-up included
 * @param stopped        whether it was stopped at the time budget
 * @param exitCode       the child's exit code (-1 when stopped)
 * @param comments       comments the stage works on
 * @param itemsWritten   nodes plus relationships the stage added (from {@code stats} before and after),
 *                       or -1 when not counted
 * @param peakHeapMiB    the most heap in use, MiB
 * @param peakRssMiB     peak resident set size, MiB
 * @param writePath      for an ingest, how it wrote ("bulk import" or "Cypher", from its summary line); else null
 */
public record StageResult(String stage, String command, double seconds, boolean stopped, int exitCode, int comments,
                          long itemsWritten, double peakHeapMiB, double peakRssMiB, String writePath) {

    /** Returns how an ingest's output says it wrote: "bulk import", "Cypher", or null when it does not say. */
    static String writePathIn(String output) {
        if (output.contains("Written by bulk import")) {
            return "bulk import";
        }
        return output.contains("Written by Cypher transactions") ? "Cypher" : null;
    }

    /** Returns comments per second of wall time. */
    public double commentsPerSecond() {
        return comments / seconds;
    }

    /** Returns nodes plus relationships written per second, or -1 when not counted. */
    public double itemsPerSecond() {
        return itemsWritten < 0 ? -1 : itemsWritten / seconds;
    }
}
