package org.threadgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadgraph.store.Database;
import org.threadgraph.store.GraphStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph stats}: counts of every label and relationship type. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print how many nodes of each label and relationships of each type the graph holds.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Override
    public Integer call() {
        try (Database db = dbOptions.open()) {
            print(db, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Prints the counts of the graph. */
    static void print(Database db, PrintWriter out) {
        out.println("Nodes");
        printCounts(GraphStats.labelCounts(db), out);
        out.println("Relationships");
        printCounts(GraphStats.relationshipCounts(db), out);
    }

    private static void printCounts(Map<String, Long> counts, PrintWriter out) {
        if (counts.isEmpty()) {
            out.println("  (none)");
        }
        counts.forEach((name, n) -> out.printf("  %-16s %,10d%n", name, n));
    }
}
