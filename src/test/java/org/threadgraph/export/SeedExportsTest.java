package org.threadgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadgraph.cli.ThreadgraphCommand;
import org.threadgraph.store.Database;
import org.threadgraph.store.ThreadReader;
import org.threadgraph.testing.SharedNeo4j;

/** Every seed post, linked and analysed, exported in each format and read back by a real reader. */
class SeedExportsTest {

    private static Database db;
    private static List<String> posts;

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingestSamples() {
        db = SharedNeo4j.cleared();
        var out = new java.io.PrintWriter(java.io.Writer.nullWriter());
        assertEquals(0, ThreadgraphCommand.run(new String[] {"ingest", "--uri", db.uri(), "--blog",
                "https://probationmatters.blogspot.com/", "src/main/resources/samples/blogger",
                "src/main/resources/samples/seeds"}, out, out));
        assertEquals(0, ThreadgraphCommand.run(new String[] {"analyse", "--uri", db.uri()}, out, out));
        posts = new ThreadReader(db).postIds(null);
        assertEquals(4, posts.size());
    }

    static Stream<Integer> seedPosts() {
        return Stream.of(0, 1, 2, 3);
    }

    @ParameterizedTest
    @MethodSource("seedPosts")
    void everyFormatReadsBack(int index) throws Exception {
        String post = posts.get(index);
        Exporter exporter = new Exporter(db);
        for (ExportFormat format : List.of(ExportFormat.graphml, ExportFormat.gexf, ExportFormat.dot)) {
            Path file = dir.resolve(post + "." + format);
            Exporter.Summary s = exporter.export(format, ExportGraph.replies, post, file);
            Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                    .allowingSelfLoops(true).edgeClass(DefaultEdge.class).buildGraph();
            try (Reader r = Files.newBufferedReader(file)) {
                importer(format).importGraph(g, r);
            }
            assertEquals(s.nodes(), g.vertexSet().size(), format + " nodes");
            assertEquals(s.edges(), g.edgeSet().size(), format + " edges");
            assertTrue(s.nodes() > 1, format + " holds the comments");
        }
        Path json = dir.resolve(post + ".json");
        Exporter.Summary s = exporter.export(ExportFormat.json, ExportGraph.replies, post, json);
        JsonNode elements = new ObjectMapper().readTree(json.toFile()).get("elements");
        Set<String> ids = new HashSet<>();
        elements.get("nodes").forEach(n -> ids.add(n.get("data").get("id").asText()));
        assertEquals(s.nodes(), ids.size());
        elements.get("edges").forEach(e -> {
            assertTrue(ids.contains(e.get("data").get("source").asText()), e.toString());
            assertTrue(ids.contains(e.get("data").get("target").asText()), e.toString());
        });
        Path csv = dir.resolve(post + "-csv");
        Exporter.Summary c = exporter.export(ExportFormat.csv, ExportGraph.replies, post, csv);
        long rows = 0;
        try (Stream<Path> files = Files.list(csv)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("nodes-")).toList()) {
                List<String> lines = Files.readAllLines(f);
                assertTrue(lines.get(0).contains(":ID"), lines.get(0));
                rows += lines.size() - 1;
            }
        }
        assertTrue(rows >= c.nodes(), "every node has a CSV row");
    }

    private static GraphImporter<String, DefaultEdge> importer(ExportFormat format) {
        return switch (format) {
            case graphml -> {
                GraphMLImporter<String, DefaultEdge> i = new GraphMLImporter<>();
                i.setSchemaValidation(true);
                i.setVertexFactory(id -> id);
                yield i;
            }
            case gexf -> {
                // No schema validation: jgrapht-io's GEXF schema misplaces the viz namespace Gephi uses.
                SimpleGEXFImporter<String, DefaultEdge> i = new SimpleGEXFImporter<>();
                i.setSchemaValidation(false);
                i.setVertexFactory(id -> id);
                yield i;
            }
            default -> {
                DOTImporter<String, DefaultEdge> i = new DOTImporter<>();
                i.setVertexFactory(id -> id);
                yield i;
            }
        };
    }
}
