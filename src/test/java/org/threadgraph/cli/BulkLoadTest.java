package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.bench.BlogGenerator;
import org.threadgraph.bench.BlogShape;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.testing.SharedNeo4j;

/**
 * The same files ingested three ways give the same graph: through Cypher (the ordinary path), by bulk
 * import into a new database, and incrementally (in two runs, then all again). The inputs are seed
 * samples in every format (two text copies, a Blogger page, a comment feed; no two forms of one post)
 * and a small generated blog. The comparison covers every node's labels, properties and property types
 * and every relationship's type, properties and endpoints; only {@code Source.readAt}, the time a file
 * was read, differs from run to run and is left out.
 */
class BulkLoadTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    private static final String BLOG = "https://probationmatters.blogspot.com/";
    private static final String NODES = """
            MATCH (n)
            RETURN labels(n) AS labels, coalesce(n.id, n.key, n.origin) AS key, properties(n) AS props,
                   [k IN keys(n) | k + ': ' + valueType(n[k])] AS types
            """;
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            RETURN type(r) AS type, properties(r) AS props, labels(a) AS fromLabels,
                   coalesce(a.id, a.key, a.origin) AS from, labels(b) AS toLabels, coalesce(b.id, b.key, b.origin) AS to
            """;

    @TempDir
    static Path shared;
    private static Path inputs;
    private static List<Path> files;
    private static List<String> ordinary;

    @BeforeAll
    static void inputsAndTheOrdinaryGraph() throws IOException {
        inputs = shared.resolve("inputs");
        Files.createDirectories(inputs.resolve("seeds"));
        for (String seed : List.of("seeds/000_46c285a75653f71c.txt", "seeds/002_b9ebe3807f722b54.txt",
                "blogger/seed001.html", "blogger/seed003-comments-p1.json")) {
            Files.copy(SAMPLES.resolve(seed), inputs.resolve("seeds").resolve(Path.of(seed).getFileName()));
        }
        new BlogGenerator(42, 400, BlogShape.ON_PROBATION).writeTo(inputs.resolve("generated"));
        try (Stream<Path> walk = Files.walk(inputs)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Path db = shared.resolve("ordinary-db");
        String out = ingest(db, "--bulk", "never", inputs.toString());
        assertTrue(out.contains("Written by Cypher transactions (not bulk import: --bulk never)"), out);
        ordinary = graph(db);
    }

    @Test
    void bulkImportIntoANewDatabaseGivesTheOrdinaryGraph(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        String out = ingest(db, "--bulk", "always", inputs.toString());
        assertTrue(out.contains("Written by bulk import (neo4j-admin database import; --bulk always)"), out);
        assertGraph(db);
        String again = ingest(db, "--bulk", "always", inputs.toString());
        assertTrue(again.contains("Written by Cypher transactions (not bulk import: the database holds a graph "
                + "already)"), again);
        assertGraph(db);
    }

    @Test
    void incrementalIngestGivesTheOrdinaryGraph(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        int half = files.size() / 2;
        ingest(db, args(files.subList(0, half), "--bulk", "never"));
        ingest(db, args(files.subList(half, files.size())));
        String again = ingest(db, inputs.toString());
        assertEquals(files.size(), again.lines().filter(l -> l.endsWith("unchanged, skipped")).count(), again);
        assertGraph(db);
    }

    @Test
    void incrementalIngestOnABulkLoadGivesTheOrdinaryGraph(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        int half = files.size() / 2;
        assertTrue(ingest(db, args(files.subList(half, files.size()), "--bulk", "always"))
                .contains("Written by bulk import"));
        ingest(db, args(files.subList(0, half), "--bulk", "always"));
        String again = ingest(db, inputs.toString());
        assertEquals(files.size(), again.lines().filter(l -> l.endsWith("unchanged, skipped")).count(), again);
        assertGraph(db);
    }

    @Test
    void anEmptyExistingDatabaseIsReplacedByTheBulkLoad(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        Database.openEmbedded(db).close();
        // What an import killed part-way leaves: its staging folder, never a half-written store.
        Path staging = db.resolve(".threadgraph-bulk-import");
        Files.writeString(Files.createDirectories(staging.resolve("data/databases/neo4j")).resolve("neostore"), "cut");
        assertTrue(ingest(db, "--bulk", "always", inputs.toString()).contains("Written by bulk import"));
        assertFalse(Files.exists(staging));
        assertGraph(db);
    }

    @Test
    void formsOfOnePostAreNeverBulkLoadedButMergedThroughCypher(@TempDir Path dir) throws IOException {
        Path text = SAMPLES.resolve("seeds/001_7bdf047bcd8d19ad.txt");
        Path page = SAMPLES.resolve("blogger/seed001.html");
        String bulk = ingest(dir.resolve("always"), "--bulk", "always", text.toString(), page.toString());
        assertTrue(bulk.contains("not bulk import: not safe to bulk-load: posts "), bulk);
        assertTrue(bulk.contains("may be forms of one post"), bulk);
        ingest(dir.resolve("never"), "--bulk", "never", text.toString(), page.toString());
        assertEquals(graph(dir.resolve("never")), graph(dir.resolve("always")));
        assertEquals(1, graph(dir.resolve("always")).stream().filter(n -> n.startsWith("node [Post]")).count());
    }

    @Test
    void autoBulkLoadsOnlyLargeInputs(@TempDir Path dir) throws IOException {
        String small = ingest(dir.resolve("small"), inputs.resolve("seeds").toString());
        assertTrue(small.contains("not bulk import: 0.") && small.contains(" MB of input, below the 1 MB from which "
                + "bulk import is faster"), small);
        Path large = dir.resolve("large");
        new BlogGenerator(7, 1_000, BlogShape.ON_PROBATION).writeTo(large);
        String out = ingest(dir.resolve("large-db"), large.toString());
        assertTrue(out.contains("Written by bulk import (neo4j-admin database import; a first load of local files "
                + "into a new database)"), out);
    }

    @Test
    void aBadFileInABulkLoadIsReportedAndNothingOfItIsStored(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        Path good = Files.copy(SAMPLES.resolve("seeds/002_b9ebe3807f722b54.txt"), folder.resolve("good.txt"));
        Path bad = Files.writeString(folder.resolve("notes.txt"), "Shopping list\nmilk\neggs\n");
        CliRunner.Run bulk = CliRunner.run("ingest", "--db", dir.resolve("bulk").toString(), "--no-link", "--blog",
                BLOG, "--bulk", "always", folder.toString());
        CliRunner.Run cypher = CliRunner.run("ingest", "--db", dir.resolve("cypher").toString(), "--no-link",
                "--blog", BLOG, "--bulk", "never", folder.toString());
        assertEquals(1, bulk.exitCode());
        assertEquals(cypher.err(), bulk.err());
        String skipped = skippedLine(cypher.out());
        assertTrue(skipped.contains(bad.toString()), skipped);
        assertEquals(skipped, skippedLine(bulk.out()));
        assertTrue(bulk.out().contains("Written by bulk import"), bulk.out());
        List<String> graph = graph(dir.resolve("bulk"));
        assertEquals(graph(dir.resolve("cypher")), graph);
        assertTrue(graph.stream().anyMatch(n -> n.contains(good.toAbsolutePath().toString())));
        assertFalse(graph.stream().anyMatch(n -> n.contains(bad.toAbsolutePath().toString())), "nothing of the bad file");
    }

    @Test
    void anExternalServerIsNeverBulkLoaded() {
        Database server = SharedNeo4j.cleared();
        CliRunner.Run run = CliRunner.run("ingest", "--uri", server.uri(), "--no-link", "--blog", BLOG, "--bulk",
                "always", inputs.resolve("seeds").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Written by Cypher transactions (not bulk import: an external server is "
                + "written through Cypher)"), run.out());
        assertFalse(dump(server, NODES).isEmpty());
    }

    private static String skippedLine(String out) {
        return out.lines().filter(l -> l.strip().startsWith("skipped")).findFirst().orElse("no skipped line");
    }

    /** The options, then the files. */
    private static String[] args(List<Path> paths, String... options) {
        return Stream.concat(Stream.of(options), paths.stream().map(Path::toString)).toArray(String[]::new);
    }

    private static String ingest(Path db, String... args) {
        List<String> command = new ArrayList<>(List.of("ingest", "--db", db.toString(), "--no-link", "--blog", BLOG));
        command.addAll(List.of(args));
        CliRunner.Run run = CliRunner.run(command.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run.out();
    }

    private static void assertGraph(Path db) {
        List<String> graph = graph(db);
        assertTrue(graph.size() > 2_000, "the inputs make a graph of some size: " + graph.size());
        assertEquals(ordinary, graph, () -> "only in the ordinary graph: " + firstMissing(ordinary, graph)
                + "\nonly in this one: " + firstMissing(graph, ordinary));
    }

    private static List<String> firstMissing(List<String> from, List<String> in) {
        java.util.Set<String> present = new java.util.HashSet<>(in);
        return from.stream().filter(line -> !present.contains(line)).limit(3).toList();
    }

    /** Every node and relationship as a line, sorted; Source.readAt left out (the time of reading). */
    private static List<String> graph(Path dir) {
        try (Database db = Database.openEmbedded(dir)) {
            List<String> lines = new ArrayList<>(dump(db, NODES));
            lines.addAll(dump(db, RELATIONSHIPS));
            lines.sort(null);
            return lines;
        }
    }

    private static List<String> dump(Database db, String query) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : new CypherRunner(db).run(query, Map.of(), false).rows()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = new TreeMap<>((Map<String, Object>) row.get("props"));
            if (row.containsKey("types")) {
                props.remove("readAt");
                List<?> types = ((List<?>) row.get("types")).stream().map(String::valueOf).sorted().toList();
                lines.add("node " + row.get("labels") + " " + row.get("key") + " " + props + " " + types);
            } else {
                lines.add("rel " + row.get("fromLabels") + " " + row.get("from") + " -" + row.get("type") + " "
                        + props + "-> " + row.get("toLabels") + " " + row.get("to"));
            }
        }
        return lines;
    }
}
