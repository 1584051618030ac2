package org.threadgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Runs the benchmark: for each size, generates a blog into a temporary folder and runs the real
 * threadgraph on it as child processes against a fresh database (ingest without link, link,
 * analyse, the same files again, one post changed, the participant and blog exports), counting
 * what each stage wrote with {@code stats}; then times PageRank, betweenness and connected
 * components on the exported graphs in threadgraph (JGraphT) and, when Python has them, in
 * NetworkX and python-igraph. A stage that fails or is stopped at the budget ends that size.
 */
public final class BenchRunner {

    /**
     * What to run.
     *
     * @param sizes       comment counts
     * @param out         folder for bench.json and the children's logs
     * @param seed        generator seed
     * @param peers       whether to run NetworkX and igraph
     * @param budget      wall time allowed to each stage
     * @param maxHeap     the children's -Xmx
     * @param pivots      betweenness pivots for every tool
     * @param repeats     runs of each algorithm; the median is reported
     * @param embedUpTo   the largest size (comments) whose opt-in {@code embed} stage is run and timed, 0 for none
     * @param commandLine the command line, for the report
     */
    public record Options(List<Integer> sizes, Path out, long seed, boolean peers, Duration budget, String maxHeap,
                          int pivots, int repeats, int embedUpTo, String commandLine) {
    }

    /** The name of the opt-in embedding stage, run after the exports on the sizes up to {@link Options#embedUpTo}. */
    static final String EMBED_STAGE = "embed (opt-in)";

    private static final Pattern COUNT_LINE = Pattern.compile("(?m)^\\s+\\S+\\s+([\\d,]+)\\s*$");

    private final Options options;
    private final PrintWriter progress;
    private final Consumer<BenchResult> afterEachSize;

    /**
     * Creates the runner.
     *
     * @param progress      where each stage's figures are printed as it ends
     * @param afterEachSize receives the results so far after each size, so a long run leaves a report behind
     */
    public BenchRunner(Options options, PrintWriter progress, Consumer<BenchResult> afterEachSize) {
        this.options = options;
        this.progress = progress;
        this.afterEachSize = afterEachSize;
    }

    public BenchResult run() throws IOException, InterruptedException {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Machine machine = Machine.describe();
        Files.createDirectories(options.out());
        Path work = Files.createTempDirectory("threadgraph-bench");
        try {
            ThreadgraphChild child = ThreadgraphChild.ofThisThreadgraph(logs("startup"), options.budget(),
                    options.maxHeap());
            ChildRun fresh = child.run("stats-fresh-db", List.of("stats", "--db", work.resolve("empty-db").toString()));
            double freshStartup = fresh.succeeded() ? fresh.seconds() : Double.NaN;
            progress.printf("start-up of stats on a new, empty database: %s%n", fresh.succeeded()
                    ? String.format(Locale.ROOT, "%.1f s", fresh.seconds())
                    : (fresh.stopped() ? "stopped after " : "failed after ") + Math.round(fresh.seconds()) + " s");
            PeerScript peers = null;
            List<String> peerNotes = new ArrayList<>();
            if (options.peers()) {
                try {
                    peers = PeerScript.find(options.budget());
                } catch (PeerScript.UnavailableException e) {
                    progress.println(e.getMessage());
                    peerNotes.add(e.getMessage());
                }
            }
            List<SizeResult> sizes = new ArrayList<>();
            BenchResult result = null;
            for (int size : options.sizes()) {
                sizes.add(runSize(size, work.resolve("size-" + size), peers, peerNotes));
                result = new BenchResult(options.commandLine(), started.toString(), machine, options.seed(),
                        options.budget().toSeconds(), options.maxHeap(), freshStartup, List.copyOf(sizes));
                afterEachSize.accept(result);
            }
            return result;
        } finally {
            delete(work);
        }
    }

    private SizeResult runSize(int size, Path work, PeerScript peers, List<String> peerNotes)
            throws IOException, InterruptedException {
        String label = Sizes.label(size);
        progress.printf("%n%s comments%n", label);
        Path data = work.resolve("blog");
        String db = work.resolve("db").toString();
        BlogGenerator generator = new BlogGenerator(options.seed(), size, BlogShape.ON_PROBATION);
        long t0 = System.nanoTime();
        GeneratedBlog blog = generator.writeTo(data);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        progress.printf("  generated %,d posts, %,d comments (%,d replies), %,d pages and %,d feeds, %.0f MB in %.1f s%n",
                blog.posts(), blog.comments(), blog.replies(), blog.pages(), blog.feeds(), blog.bytes() / 1e6,
                generateSeconds);
        ThreadgraphChild child = ThreadgraphChild.ofThisThreadgraph(logs(label), options.budget(), options.maxHeap());
        List<StageResult> stages = new ArrayList<>();
        List<Double> startups = new ArrayList<>();
        List<String> notes = new ArrayList<>(peerNotes);
        Path participants = work.resolve("participants.graphml");
        Path whole = work.resolve("blog.graphml");
        long items = 0;
        List<Stage> plan = List.of(
                new Stage("ingest, no link", "ingest-no-link", true, "ingest", "--no-link", "--db", db, data.toString()),
                new Stage("link", "link", true, "link", "--all", "--db", db),
                new Stage("analyse", "analyse", true, "analyse", "--all", "--db", db),
                new Stage("same files again", "ingest-again", true, "ingest", "--db", db, data.toString()),
                new Stage("one post changed", "ingest-changed", true, "ingest", "--db", db, data.toString()),
                new Stage("export participants", "export-participants", false, "export", "--format", "graphml",
                        "--graph", "participants", "--out", participants.toString(), "--db", db),
                new Stage("export blog (replies)", "export-blog", false, "export", "--format", "graphml",
                        "--graph", "blog", "--out", whole.toString(), "--db", db));
        boolean complete = true;
        for (Stage stage : plan) {
            if (stage.name().equals("one post changed")) {
                generator.addCommentToOnePost(data);
            }
            int comments = blog.comments() + (stage.name().equals("one post changed") ? 1 : 0);
            ChildRun run = child.run(stage.file(), stage.args());
            long written = -1;
            if (run.succeeded() && stage.counted()) {
                ChildRun stats = child.run("stats", List.of("stats", "--db", db));
                startups.add(stats.seconds());
                long after = total(Files.readString(stats.output()));
                written = after - items;
                items = after;
            }
            StageResult result = new StageResult(stage.name(), String.join(" ", stage.args()), run.seconds(),
                    run.stopped(), run.exitCode(), comments, written, run.peakHeapBytes() / 1048576.0,
                    run.peakRssBytes() / 1048576.0, StageResult.writePathIn(Files.readString(run.output())));
            stages.add(result);
            progress.printf("  %-22s %s%n", stage.name(), BenchReport.describe(result));
            if (!run.succeeded()) {
                String why = run.stopped() ? "stopped after " + Math.round(run.seconds()) + " s (budget "
                        + options.budget().toSeconds() + " s)" : "failed with exit code " + run.exitCode()
                        + "; see " + run.output();
                notes.add(stage.name() + " " + why + "; the later stages of " + label + " were not run");
                complete = false;
                break;
            }
        }
        List<PeerResult> peerResults = new ArrayList<>();
        if (complete) {
            peerResults.add(comparePeers("participants", participants, ExportedGraph.Kind.participants, peers, label,
                    notes));
            peerResults.add(comparePeers("replies", whole, ExportedGraph.Kind.replies, peers, label, notes));
        }
        if (complete && size <= options.embedUpTo()) {
            // Last, so the exports and peers above never see embeddings; its cost is reported per 1,000 comments.
            Stage embed = new Stage(EMBED_STAGE, "embed", false, "embed", "--db", db);
            ChildRun run = child.run(embed.file(), embed.args());
            StageResult result = new StageResult(embed.name(), String.join(" ", embed.args()), run.seconds(),
                    run.stopped(), run.exitCode(), blog.comments() + 1, -1, run.peakHeapBytes() / 1048576.0,
                    run.peakRssBytes() / 1048576.0, null);
            stages.add(result);
            progress.printf("  %-22s %s%n", embed.name(), BenchReport.describe(result));
            if (!run.succeeded()) {
                notes.add(embed.name() + (run.stopped() ? " stopped after " + Math.round(run.seconds()) + " s"
                        : " failed with exit code " + run.exitCode() + "; see " + run.output()));
            }
        }
        delete(work);
        startups.sort(null);
        double startup = startups.isEmpty() ? Double.NaN : startups.get(startups.size() / 2);
        return new SizeResult(size, blog, generateSeconds, stages, startup, peerResults, notes);
    }

    private PeerResult comparePeers(String name, Path file, ExportedGraph.Kind kind, PeerScript peers, String label,
                                    List<String> notes) throws IOException, InterruptedException {
        Graph<String, DefaultEdge> graph = ExportedGraph.read(file, kind);
        JGraphTTimer.Times ours = new JGraphTTimer(options.pivots(), options.repeats()).time(graph);
        AlgorithmTimes networkx = null;
        AlgorithmTimes igraph = null;
        String versions = null;
        boolean igraphExact = false;
        if (peers != null) {
            try {
                PeerScript.Times times = peers.run(file, kind, options.pivots(), options.repeats(),
                        logs(label).resolve("peers-" + name + ".log"));
                if (times.nodes() != graph.vertexSet().size() || times.edges() != graph.edgeSet().size()) {
                    throw new IOException("peers.py read " + times.nodes() + " nodes and " + times.edges()
                            + " edges from " + file + ", threadgraph " + graph.vertexSet().size() + " and "
                            + graph.edgeSet().size());
                }
                networkx = times.networkx();
                igraph = times.igraph();
                versions = times.versions();
                igraphExact = times.igraphExactBetweenness();
            } catch (IOException e) {
                notes.add(e.getMessage());
                progress.println("  " + e.getMessage());
            }
        }
        PeerResult result = new PeerResult(name, graph.vertexSet().size(), graph.edgeSet().size(), ours.warm(),
                ours.firstRun(), networkx, igraph, versions, igraphExact);
        progress.printf("  %-22s %s%n", name + " graph", BenchReport.describe(result));
        return result;
    }

    private Path logs(String label) throws IOException {
        return Files.createDirectories(options.out().resolve("logs").resolve(label));
    }

    /** Returns the sum of the counts {@code stats} printed: nodes plus relationships. */
    static long total(String statsOutput) {
        long sum = 0;
        Matcher m = COUNT_LINE.matcher(statsOutput);
        while (m.find()) {
            sum += Long.parseLong(m.group(1).replace(",", ""));
        }
        return sum;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One stage: its name in the report, its log file's name, whether stats count what it wrote, and its arguments. */
    private record Stage(String name, String file, boolean counted, List<String> args) {
        Stage(String name, String file, boolean counted, String... args) {
            this(name, file, counted, List.of(args));
        }
    }
}
