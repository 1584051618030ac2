package org.threadgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.bench.BlogGenerator;
import org.threadgraph.bench.BlogShape;
import org.threadgraph.cli.ThreadgraphCommand;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;

/**
 * A run killed with SIGKILL part-way (from a child process) and then run again gives the same graph
 * as a run never interrupted, and the database opens cleanly after each kill. The graph is compared
 * as a canonical dump: counts by label and type, every comment id with a digest of its text, and every
 * inferred response with its method, confidence and stance.
 */
class InterruptedRunTest {

    private static final String BLOG = "https://probationmatters.blogspot.com/";

    @TempDir
    static Path root;
    private static Path input;
    private static String reference;

    @BeforeAll
    static void uninterruptedRun() throws IOException {
        input = root.resolve("blog");
        new BlogGenerator(11, 250, BlogShape.ON_PROBATION).writeTo(input);
        Path db = root.resolve("reference");
        runToEnd(db);
        reference = dump(db);
    }

    /** Ingest (which links) and then analyse, in this process, to the end. */
    private static void runToEnd(Path db) {
        assertEquals(0, cli("ingest", "--db", db.toString(), "--blog", BLOG, input.toString()));
        assertEquals(0, cli("analyse", "--db", db.toString(), "--all"));
    }

    private static int cli(String... args) {
        StringWriter sink = new StringWriter();
        return ThreadgraphCommand.run(args, new PrintWriter(sink), new PrintWriter(sink));
    }

    @Test
    void killedHalfWayThroughTheFilesThenRunAgainGivesTheSameGraphAndASecondRunChangesNothing() throws Exception {
        assertSameAfterKill("half-way", ingest("half-way"), line -> line.contains("blogger-"), 6);
        // The same files once more: everything is recognised as stored, and the graph stays as it is.
        runToEnd(root.resolve("half-way"));
        assertEquals(reference, dump(root.resolve("half-way")));
    }

    @Test
    void killedAfterTheLastFileWhileLinkingThenRunAgainGivesTheSameGraph() throws Exception {
        int files;
        try (var listing = java.nio.file.Files.list(input)) {
            files = (int) listing.count();
        }
        assertSameAfterKill("linking", ingest("linking"), line -> line.contains("blogger-"), files);
    }

    @Test
    void killedWhileAnalysingThenRunAgainGivesTheSameGraph() throws Exception {
        Path db = root.resolve("analysing");
        assertEquals(0, cli("ingest", "--db", db.toString(), "--blog", BLOG, input.toString()));
        // Verbose, the first progress line comes once the first batch of posts' results is written (here all
        // the posts of this small blog), and the blog-wide results not yet.
        assertSameAfterKill("analysing", List.of("analyse", "--verbose", "--db", db.toString(), "--all"),
                line -> line.matches(".*analyse \\d+/.*"), 1);
    }

    private static List<String> ingest(String name) {
        return List.of("ingest", "--db", root.resolve(name).toString(), "--blog", BLOG, input.toString());
    }

    /**
     * Runs the threadgraph command {@code command} on the database {@code name} in a child JVM, kills it
     * with SIGKILL once it has printed {@code lines} lines matching {@code when}, then runs to the end
     * here and compares.
     */
    private static void assertSameAfterKill(String name, List<String> command, Predicate<String> when, int lines)
            throws Exception {
        Path db = root.resolve(name);
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), ThreadgraphCommand.class.getName()));
        args.addAll(command);
        Process child = new ProcessBuilder(args).redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; seen < lines && (line = out.readLine()) != null; ) {
                if (when.test(line)) {
                    seen++;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not die");
        }
        assertEquals(lines, seen, "the child ended before the kill point");
        runToEnd(db);
        assertEquals(reference, dump(db));
    }

    /** Returns the graph as sorted text that two equal graphs share exactly. */
    private static String dump(Path dir) {
        try (Database db = Database.openEmbedded(dir)) {
            CypherRunner cypher = new CypherRunner(db);
            StringBuilder out = new StringBuilder();
            for (String query : List.of(
                    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
                    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
                    "MATCH (c:Comment) RETURN c.id AS id, c.postId AS post, c.text AS text ORDER BY id",
                    "MATCH (a)-[r:RESPONDS_TO]->(b) RETURN a.id AS from, b.id AS to, r.method AS method, "
                            + "r.confidence AS confidence, r.stance AS stance, r.stanceConfidence AS sc ORDER BY from, to",
                    "MATCH (p:Participant)-[:WROTE]->(c:Comment) RETURN p.key AS p, c.id AS c ORDER BY c",
                    // What analyse writes: per-post figures, camps and their members, blog-wide ranks.
                    "MATCH (p:Post) RETURN p.id AS id, properties(p) AS props ORDER BY id",
                    "MATCH (k:Camp) OPTIONAL MATCH (m)-[:IN_CAMP]->(k) WITH k, m ORDER BY coalesce(m.id, m.key) "
                            + "RETURN k.id AS id, properties(k) AS props, collect(coalesce(m.id, m.key)) AS members "
                            + "ORDER BY id",
                    "MATCH (w:Participant) RETURN w.key AS key, properties(w) AS props ORDER BY key")) {
                for (Map<String, Object> row : cypher.run(query, Map.of(), false).rows()) {
                    Map<String, Object> sorted = new TreeMap<>(row);
                    sorted.computeIfPresent("props", (k, v) -> new TreeMap<>((Map<?, ?>) v).toString());
                    sorted.computeIfPresent("text", (k, v) -> Integer.toHexString(v.hashCode()));
                    out.append(sorted).append('\n');
                }
            }
            return out.toString();
        }
    }
}
