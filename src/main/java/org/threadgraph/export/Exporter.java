package org.threadgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threadgraph.store.Database;
import org.threadgraph.store.SliceReader;

/**
 * Writes a part of the graph to a file (or, for CSV, a folder of files) in one of the {@link ExportFormat}s.
 * Whole-blog graphs (the blog, its participants) are streamed from the store twice, once for what a
 * file declares first and once for its elements, so their size is bounded by the disk, not the heap.
 */
public final class Exporter {

    /**
     * What an export wrote.
     *
     * @param files   the files written
     * @param nodes   nodes written
     * @param edges   edges written
     * @param leftOut edges left out because one end lies outside the exported part
     */
    public record Summary(List<Path> files, long nodes, long edges, int leftOut) {
    }

    private final SliceReader slices;

    /** Creates an exporter reading from the database. */
    public Exporter(Database db) {
        this.slices = new SliceReader(db);
    }

    /**
     * Exports one part of the graph.
     *
     * @param post the post's id or permalink: required for {@link ExportGraph#replies}, optional for
     *             {@link ExportGraph#participants} (null: the whole blog), ignored for {@link ExportGraph#blog}
     * @param out  the file to write; for {@link ExportFormat#csv}, the folder to write the files into
     *             (created if missing)
     * @throws IOException when the output cannot be written
     * @throws org.threadgraph.store.StoreException (a user error) when no post has that id or permalink
     */
    public Summary export(ExportFormat format, ExportGraph graph, String post, Path out) throws IOException {
        if (format == ExportFormat.csv) {
            ElementSource source = graph == ExportGraph.blog ? slices::streamAll
                    : source(graph, post).withoutDanglingEdges();
            Neo4jCsvFormat.Result r = Neo4jCsvFormat.write(source, out);
            List<Path> files = new ArrayList<>(r.nodeFiles());
            files.addAll(r.relationshipFiles());
            files.add(out.resolve(Neo4jCsvFormat.COMMAND_FILE));
            return new Summary(files, r.nodes(), r.edges(), 0);
        }
        StreamedGraph g = StreamedGraph.read(source(graph, post), Attributes.SNIPPET);
        List<Path> files = new ArrayList<>(List.of(out));
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            switch (format) {
                case graphml -> GraphMLFormat.write(g, w);
                case gexf -> GexfFormat.write(g, w);
                case dot -> DotFormat.write(g, w);
                case json -> CytoscapeFormat.write(g, w);
                default -> throw new IllegalArgumentException(format.name());
            }
        }
        if (format == ExportFormat.json) {
            Path style = styleFile(out);
            try (Writer w = Files.newBufferedWriter(style, StandardCharsets.UTF_8)) {
                CytoscapeFormat.writeStyle(g, w);
            }
            files.add(style);
        }
        return new Summary(files, g.nodes(), g.edges(), g.leftOut());
    }

    /** Returns the stylesheet written beside a Cytoscape JSON file: {@code NAME.style.json}. */
    public static Path styleFile(Path json) {
        String name = json.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return json.resolveSibling(base + ".style.json");
    }

    /** Returns the elements of a graph: streamed from the store for the whole blog, held in memory for one post. */
    private ElementSource source(ExportGraph graph, String post) {
        return switch (graph) {
            case blog -> slices::streamAll;
            case participants -> post == null ? slices::streamParticipants
                    : ElementSource.of(slices.participants(slices.postId(post)));
            case replies -> ElementSource.of(slices.replies(Objects.requireNonNull(post, "replies need a post")));
        };
    }
}
