package org.threadgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadgraph.bench.BenchReport;
import org.threadgraph.bench.BenchResult;
import org.threadgraph.bench.BenchRunner;
import org.threadgraph.bench.Sizes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code threadgraph bench}: generated blogs through the real command line, timed, and the peers. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark threadgraph on seeded synthetic blogs in On Probation's shape: for each size, "
                + "generate the Blogger files, then run ingest (no link), link, analyse, the same files again, one "
                + "post changed and the exports as child processes on a fresh database, measuring wall time, "
                + "comments/s, nodes+relationships written/s, peak heap and RSS; then time PageRank, betweenness "
                + "and connected components on the exported graphs against NetworkX and python-igraph.",
            "Writes DIR/bench.json and the Markdown report (BENCHMARKS.md). Peers need Debian's /usr/bin/python3 "
                + "with: apt-get install -y python3-networkx python3-igraph (without them the run goes on without "
                + "peers)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N,N…", defaultValue = "1k,10k,74k,1M",
            description = "Comment counts to run, e.g. 1k,10k,74k,1M (default: ${DEFAULT-VALUE}).")
    String sizes;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results",
            description = "Folder for bench.json and the children's logs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "BENCHMARKS.md",
            description = "The Markdown report to write (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--peers", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Compare with NetworkX and python-igraph (default: on; --no-peers to skip).")
    boolean peers;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "900",
            description = "Wall time allowed to each stage; a stage past it is stopped and reported as such "
                    + "(default: ${DEFAULT-VALUE}).")
    long budget;

    @Option(names = "--child-heap", paramLabel = "SIZE", defaultValue = "2g",
            description = "-Xmx of each threadgraph child (default: ${DEFAULT-VALUE}, the heap target).")
    String childHeap;

    @Option(names = "--pivots", paramLabel = "K", defaultValue = "512",
            description = "Sampled sources of betweenness, for every tool (default: ${DEFAULT-VALUE}).")
    int pivots;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "3",
            description = "Runs of each algorithm; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--embed-up-to", paramLabel = "N", defaultValue = "1k",
            description = "Also time the opt-in embed stage (sentence embeddings of every comment) on the sizes up to "
                    + "this many comments, after their exports; 0 for none (default: ${DEFAULT-VALUE}).")
    String embedUpTo;

    @Option(names = "--render", paramLabel = "BENCH.json", arity = "1..*",
            description = "Run nothing: write the report from the bench.json files of earlier runs (sizes run "
                    + "separately are merged in size order).")
    List<Path> render;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter console = spec.commandLine().getOut();
        if (render != null) {
            List<BenchResult> runs = new ArrayList<>();
            for (Path json : render) {
                try {
                    runs.add(BenchReport.readJson(json));
                } catch (IOException e) {
                    throw new UserException(json + ": not a bench.json written by threadgraph bench: "
                            + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            write(BenchReport.merge(runs), null);
            console.printf("wrote %s from %d run%s%n", report, runs.size(), runs.size() == 1 ? "" : "s");
            return 0;
        }
        List<Integer> sizeList;
        int embedLimit;
        try {
            sizeList = Sizes.parse(sizes);
        } catch (IllegalArgumentException e) {
            throw new UserException("--sizes: " + e.getMessage());
        }
        try {
            embedLimit = "0".equals(embedUpTo.strip()) ? 0 : Sizes.parse(embedUpTo).get(0);
        } catch (IllegalArgumentException e) {
            throw new UserException("--embed-up-to: " + e.getMessage());
        }
        if (budget < 1 || pivots < 1 || repeats < 1) {
            throw new UserException("--budget, --pivots and --repeats must be positive");
        }
        if (!childHeap.matches("\\d+[kKmMgG]?")) {
            throw new UserException("--child-heap '" + childHeap + "' is not a size like 2g or 768m");
        }
        // originalArgs holds the whole command line after "threadgraph", "bench" included.
        String commandLine = "threadgraph " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        BenchRunner.Options options = new BenchRunner.Options(sizeList, out, seed, peers, Duration.ofSeconds(budget),
                childHeap, pivots, repeats, embedLimit, commandLine.strip());
        Path json = out.resolve("bench.json");
        new BenchRunner(options, console, result -> write(result, json)).run();
        console.printf("%nwrote %s and %s%n", json, report);
        return 0;
    }

    /** Writes the report, and the JSON unless {@code json} is null. */
    private void write(BenchResult result, Path json) {
        try {
            if (json != null) {
                BenchReport.writeJson(result, json);
            }
            BenchReport.writeMarkdown(result, report);
        } catch (IOException e) {
            throw ExportCommand.cannotWrite(report, e);
        }
    }
}
