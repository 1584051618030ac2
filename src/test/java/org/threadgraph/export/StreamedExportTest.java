package org.threadgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.bench.BlogGenerator;
import org.threadgraph.bench.BlogShape;
import org.threadgraph.cli.ThreadgraphCommand;
import org.threadgraph.store.Database;
import org.threadgraph.store.GraphSlice;
import org.threadgraph.store.SliceReader;
import org.threadgraph.testing.SharedNeo4j;

/**
 * Whole-blog exports stream from the store in two passes; they write, byte for byte, what the same
 * writers write from the same graph held in memory (as a post's own graph is): every graph format (and
 * Cytoscape's stylesheet) of the whole blog and of the blog-wide participant graph (whose streaming
 * query is a different one from the in-memory slice's; its CSV too), and the elements the browser view
 * embeds, on the bundled samples and on a generated blog, each ingested, linked and analysed. (When
 * the streaming writers replaced the in-memory ones, they were compared byte for byte against the
 * in-memory exporter of that time, on these same graphs and on a 74k-comment blog.)
 */
class StreamedExportTest {

    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.graphml, ExportFormat.gexf,
            ExportFormat.dot, ExportFormat.json);

    @TempDir
    Path dir;

    @Test
    void theSamplesExportAsBefore() throws IOException {
        Database db = SharedNeo4j.cleared();
        cli("ingest", "--uri", db.uri(), "--blog", "https://probationmatters.blogspot.com/",
                "src/main/resources/samples/blogger", "src/main/resources/samples/seeds");
        cli("analyse", "--uri", db.uri());
        assertSameExports(db);
    }

    @Test
    void aGeneratedBlogExportsAsBefore() throws IOException {
        Path blog = dir.resolve("blog");
        new BlogGenerator(42, 300, BlogShape.ON_PROBATION).writeTo(blog);
        Database db = SharedNeo4j.cleared();
        cli("ingest", "--uri", db.uri(), blog.toString());
        cli("analyse", "--uri", db.uri(), "--all");
        assertSameExports(db);
    }

    private void assertSameExports(Database db) throws IOException {
        SliceReader slices = new SliceReader(db);
        List<GraphSlice.Node> nodes = new ArrayList<>();
        List<GraphSlice.Edge> edges = new ArrayList<>();
        slices.streamAll(nodes::add, edges::add);
        GraphSlice blog = new GraphSlice(nodes, edges);
        GraphSlice participants = slices.participants(null);
        assertTrue(participants.nodes().size() > 1, "participants: " + participants.nodes().size());
        int compared = 0;
        for (ExportFormat format : FORMATS) {
            compared += compare(db, format, ExportGraph.blog, blog);
            compared += compare(db, format, ExportGraph.participants, participants);
        }
        assertEquals(FORMATS.size() * 2 + 2, compared, "files compared");
        assertSameViewElements(participants, slices::streamParticipants);
        assertSameParticipantCsv(db, participants);
    }

    /** The blog-wide participant CSV, streamed, holds the rows of the participant graph held in memory. */
    private void assertSameParticipantCsv(Database db, GraphSlice participants) throws IOException {
        Path before = dir.resolve("participants-csv-in-memory");
        Path after = dir.resolve("participants-csv-streamed");
        Neo4jCsvFormat.Result r = Neo4jCsvFormat.write(ElementSource.of(participants).withoutDanglingEdges(), before);
        new Exporter(db).export(ExportFormat.csv, ExportGraph.participants, null, after);
        List<Path> files = new ArrayList<>(r.nodeFiles());
        files.addAll(r.relationshipFiles());
        files.add(before.resolve(Neo4jCsvFormat.COMMAND_FILE));
        for (Path file : files) {
            assertSameBytes(file, after.resolve(file.getFileName()));
        }
    }

    /** The browser view's elements (whole texts) are the same read from memory or streamed. */
    private static void assertSameViewElements(GraphSlice slice, ElementSource streamed) throws IOException {
        String before = CytoscapeFormat.JSON.writeValueAsString(CytoscapeFormat.elements(
                StreamedGraph.read(ElementSource.of(slice), Attributes.WHOLE)));
        String after = CytoscapeFormat.JSON.writeValueAsString(CytoscapeFormat.elements(
                StreamedGraph.read(streamed, Attributes.WHOLE)));
        assertEquals(before, after);
    }

    /**
     * Exports a whole graph streamed from the store and written from memory; returns how many files (a
     * graph file, and a stylesheet for json) matched.
     */
    private int compare(Database db, ExportFormat format, ExportGraph graph, GraphSlice inMemory) throws IOException {
        String name = graph + "-blog." + format;
        Path before = Files.createDirectories(dir.resolve("in-memory")).resolve(name);
        Path after = Files.createDirectories(dir.resolve("streamed")).resolve(name);
        Exporter.write(format, ElementSource.of(inMemory), before);
        Exporter.Summary s = new Exporter(db).export(format, graph, null, after);
        assertTrue(s.nodes() > 0, name + " has nodes");
        assertSameBytes(before, after);
        if (format != ExportFormat.json) {
            return 1;
        }
        assertSameBytes(Exporter.styleFile(before), Exporter.styleFile(after));
        return 2;
    }

    /** Fails naming the first line that differs, when the files are not byte for byte the same. */
    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        byte[] e = Files.readAllBytes(expected);
        byte[] a = Files.readAllBytes(actual);
        if (Arrays.equals(e, a)) {
            return;
        }
        List<String> el = lines(e);
        List<String> al = lines(a);
        for (int i = 0; i < Math.min(el.size(), al.size()); i++) {
            if (!el.get(i).equals(al.get(i))) {
                fail(actual.getFileName() + " line " + (i + 1) + " differs:\n  in-memory: " + el.get(i)
                        + "\n  streamed:  " + al.get(i));
            }
        }
        fail(actual.getFileName() + ": " + el.size() + " lines in memory, " + al.size() + " streamed ("
                + e.length + " and " + a.length + " bytes)");
    }

    private static List<String> lines(byte[] bytes) {
        return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
    }

    private static void cli(String... args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        assertEquals(0, ThreadgraphCommand.run(args, sink, sink), String.join(" ", args));
    }
}
