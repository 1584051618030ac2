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
import org.threadgraph.store.ThreadReader;
import org.threadgraph.testing.SharedNeo4j;

/**
 * The streaming export writes, byte for byte, the files the in-memory export wrote before it
 * ({@link InMemoryExport}): every graph format (and Cytoscape's stylesheet) of the whole blog, the
 * blog-wide participant graph (its CSV too, now streamed), and a few posts' reply and participant
 * graphs, plus the elements the browser view embeds, on the bundled samples and on a generated blog,
 * each ingested, linked and analysed. Both read the same unchanged database, whose node and
 * relationship scans come in the same order every time, so the files are compared whole rather than
 * as sets of elements.
 */
class StreamedExportTest {

    private static final List<ExportFormat> FORMATS = List.of(ExportFormat.graphml, ExportFormat.gexf,
            ExportFormat.dot, ExportFormat.json);
    /** How many posts' own graphs are compared: a few suffice, the whole-blog files hold them all. */
    private static final int POSTS = 4;

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
        new BlogGenerator(42, 1000, BlogShape.ON_PROBATION).writeTo(blog);
        Database db = SharedNeo4j.cleared();
        cli("ingest", "--uri", db.uri(), blog.toString());
        cli("analyse", "--uri", db.uri(), "--all");
        assertSameExports(db);
    }

    private void assertSameExports(Database db) throws IOException {
        List<String> posts = new ThreadReader(db).postIds(null);
        assertTrue(posts.size() >= POSTS, "posts: " + posts.size());
        int compared = 0;
        for (ExportFormat format : FORMATS) {
            compared += compare(db, format, ExportGraph.blog, null);
            compared += compare(db, format, ExportGraph.participants, null);
            for (String post : posts.subList(0, POSTS)) {
                compared += compare(db, format, ExportGraph.replies, post);
                compared += compare(db, format, ExportGraph.participants, post);
            }
        }
        assertEquals(FORMATS.size() * (2 + 2 * POSTS) + 2 + 2 * POSTS, compared, "files compared");
        SliceReader slices = new SliceReader(db);
        assertSameViewElements(slices.participants(null));
        assertSameViewElements(slices.replies(posts.get(0)));
        assertSameParticipantCsv(db, slices);
    }

    /** The blog-wide participant CSV, now streamed, holds the rows the in-memory participant graph gave. */
    private void assertSameParticipantCsv(Database db, SliceReader slices) throws IOException {
        Path before = dir.resolve("participants-csv-in-memory");
        Path after = dir.resolve("participants-csv-streamed");
        Neo4jCsvFormat.Result r = Neo4jCsvFormat.write(ElementSource.of(slices.participants(null))
                .withoutDanglingEdges(), before);
        new Exporter(db).export(ExportFormat.csv, ExportGraph.participants, null, after);
        List<Path> files = new ArrayList<>(r.nodeFiles());
        files.addAll(r.relationshipFiles());
        files.add(before.resolve(Neo4jCsvFormat.COMMAND_FILE));
        for (Path file : files) {
            assertSameBytes(file, after.resolve(file.getFileName()));
        }
    }

    /** The browser view's elements (whole texts) are those the in-memory graph gave it. */
    private static void assertSameViewElements(GraphSlice slice) throws IOException {
        String before = CytoscapeFormat.JSON.writeValueAsString(InMemoryExport.CytoscapeFormat.elements(
                new InMemoryExport.SliceGraph(slice, Attributes.WHOLE)));
        String after = CytoscapeFormat.JSON.writeValueAsString(CytoscapeFormat.elements(
                StreamedGraph.read(ElementSource.of(slice), Attributes.WHOLE)));
        assertEquals(before, after);
    }

    /** Exports one graph both ways and returns how many files (a graph file, and a stylesheet for json) matched. */
    private int compare(Database db, ExportFormat format, ExportGraph graph, String post) throws IOException {
        String name = graph + "-" + (post == null ? "blog" : post) + "." + format;
        Path before = Files.createDirectories(dir.resolve("in-memory")).resolve(name);
        Path after = Files.createDirectories(dir.resolve("streamed")).resolve(name);
        InMemoryExport.export(db, format, graph, post, before);
        Exporter.Summary s = new Exporter(db).export(format, graph, post, after);
        assertTrue(post != null || s.nodes() > 0, name + " has nodes");
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
