package org.threadgraph.bench;

import java.util.List;

/**
 * A whole benchmark run.
 *
 * @param command        the command line that made it
 * @param startedUtc     when it started (ISO-8601, UTC)
 * @param machine        the machine
 * @param seed           the generator's seed
 * @param budgetSeconds  the time budget of each stage
 * @param maxHeap        the children's {@code -Xmx}
 * @param freshStartup   wall time of {@code stats} on a new, empty database
 * @param sizes          the results per size
 */
public record BenchResult(String command, String startedUtc, Machine machine, long seed, long budgetSeconds,
                          String maxHeap, double freshStartup, List<SizeResult> sizes) {
}
