package org.threadgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadgraph.export.ExportFormat;
import org.threadgraph.export.ExportGraph;
import org.threadgraph.export.Exporter;
import org.threadgraph.export.GraphView;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.model.Blog;
import org.threadgraph.pipeline.IngestResult;
import org.threadgraph.pipeline.Input;
import org.threadgraph.pipeline.Pipeline;
import org.threadgraph.report.Reports;
import org.threadgraph.sources.SourceDocument;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.pipeline.PipelineListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph demo}: the whole product on the bundled sample threads. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample threads from On Probation (text copies, Blogger pages and "
                + "comment feeds of the same posts) and show what threadgraph finds in them."})
final class DemoCommand implements Callable<Integer> {

    /** The blog the bundled samples come from; its text copies do not say so themselves. */
    static final String SAMPLE_BLOG = "https://probationmatters.blogspot.com/";

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "threadgraph-demo",
            description = "Where to write the views, reports and export of the samples (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        SourceOptions options = new SourceOptions(Blog.ofUrl(SAMPLE_BLOG), SourceOptions.DEFAULT_ZONE);
        try (Database db = dbOptions.open()) {
            out.println("threadgraph demo: the bundled On Probation samples, into " + db.description());
            out.println();
            Pipeline pipeline = new Pipeline(db, Gazetteer.bundled(), Progress.of(spec));
            List<Input> samples = sampleNames().stream().<Input>map(name -> new Input.Document(
                    new SourceDocument("samples/" + name, () -> open(name), options))).toList();
            IngestResult ingested = pipeline.ingest(samples, options, null, false);
            if (!ingested.failures().isEmpty()) {
                throw new IllegalStateException("bundled samples failed to read: " + ingested.failures());
            }
            out.println();
            if (ingested.changedPosts().isEmpty()) {
                out.println("The samples are stored already and unchanged: nothing to link again");
            } else {
                IngestSummary.print(pipeline.link(ingested.changedPosts()), out);
            }
            AnalysisSummary.print(pipeline.analyse(pipeline.postIds(null)), out);
            out.println();
            StatsCommand.print(db, out);
            section(db, out, "Posts and their comment threads", "posts-overview", Map.of());
            section(db, out, "Busiest threads (top-level comments with the most replies)", "busiest-threads",
                    Map.of("limit", 5L));
            section(db, out, "How comments were linked to what they answer", "responses-by-method", Map.of());
            writeViewsAndReports(db, out);
        }
        return 0;
    }

    /** Writes a browser view per post and of the participants, the reports, and a GraphML export. */
    private void writeViewsAndReports(Database db, PrintWriter out) throws IOException {
        Path views = outDir.resolve("view");
        Files.createDirectories(views);
        GraphView view = new GraphView(db);
        List<String> postIds = new Pipeline(db, Gazetteer.bundled(), PipelineListener.NONE).postIds(null);
        for (String postId : postIds) {
            view.write(postId, views.resolve("post-" + postId + ".html"));
        }
        view.write(null, views.resolve("participants.html"));
        Reports reports = new Reports(db, false);
        Path postReports = outDir.resolve("reports/posts");
        Path participantReports = outDir.resolve("reports/participants");
        reports.allPosts(postReports);
        reports.allParticipants(participantReports);
        reports.blog(outDir.resolve("reports"));
        Path graphml = outDir.resolve("blog.graphml");
        new Exporter(db).export(ExportFormat.graphml, ExportGraph.blog, null, graphml);
        out.println();
        out.println("Written for you to open:");
        out.printf("  %-34s %s (one per post) and %s%n", "browser views of the reply graphs", views.resolve("post-*.html"),
                views.resolve("participants.html"));
        out.printf("  %-34s %s%n", "post reports (HTML and Markdown)", postReports.resolve("index.html"));
        out.printf("  %-34s %s%n", "participant reports", participantReports.resolve("index.html"));
        out.printf("  %-34s %s%n", "the blog overview report", outDir.resolve("reports/blog.html"));
        out.printf("  %-34s %s (opens in Gephi, Cytoscape)%n", "the whole graph", graphml);
    }

    private static void section(Database db, PrintWriter out, String title, String query,
                                Map<String, Object> params) {
        out.println();
        out.println(title + "  [query --name " + query + "]");
        CypherRunner.Rows rows = new CypherRunner(db).run(NamedQueries.load(query), params, false);
        RowPrinter.print(rows, RowPrinter.Format.table, out);
    }

    static List<String> sampleNames() {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/.index")) {
            if (in == null) {
                throw new IllegalStateException("samples/.index is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled sample index", e);
        }
    }

    private static InputStreamReader open(String name) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + name);
        if (in == null) {
            throw new IOException("bundled sample " + name + " is missing");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
