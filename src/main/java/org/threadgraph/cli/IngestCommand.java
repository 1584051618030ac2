package org.threadgraph.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadgraph.model.Blog;
import org.threadgraph.sources.SourceDocument;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.store.Database;
import org.threadgraph.store.ThreadWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph ingest PATH...}: reads files and folders of threads into the graph. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read blog threads into the graph: text copies of post pages, Blogger post pages, comment "
                + "feeds and exports. The format is detected from each file's content.",
                "Ingesting the same input again changes nothing; several forms of one post merge into one."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Mixin
    SourceFlags sourceFlags;

    @Option(names = "--no-link", description = "Only store what the sources say; skip inferring replies, identities, "
            + "mentions and links (run `threadgraph link` later).")
    boolean noLink;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> files = Ingestion.expand(paths);
        SourceOptions options = sourceFlags.options();
        var out = spec.commandLine().getOut();
        try (Database db = dbOptions.open(); ThreadWriter writer = new ThreadWriter(db)) {
            out.println("Ingesting " + files.size() + " file" + (files.size() == 1 ? "" : "s") + " into "
                    + db.description());
            Ingestion ingestion = new Ingestion(writer, out);
            Progress progress = new Progress(spec.commandLine().getErr(), files.size());
            for (Path file : files) {
                progress.step(file.getFileName().toString());
                ingestion.ingest(SourceDocument.ofFile(file, options));
            }
            progress.finish();
            writer.flush();
            if (!noLink) {
                new LinkStage(db).run(writer.writtenPostIds(), out);
            }
            if (!ingestion.failures().isEmpty()) {
                throw new UserException(ingestion.failures().size() + " of " + files.size()
                        + " file(s) could not be read; the others were stored");
            }
        }
        return 0;
    }

    /** Options that tell the sources what the input may not say. */
    static final class SourceFlags {

        @Option(names = "--blog", paramLabel = "URL",
                description = "The blog that text copies belong to, e.g. https://probationmatters.blogspot.com/ "
                        + "(text copies do not name their blog; Blogger pages and feeds do).")
        String blog;

        @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/London",
                description = "The blog's time zone, for the clock times readers saw (default: ${DEFAULT-VALUE}).")
        String zone;

        SourceOptions options() {
            ZoneId zoneId;
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new UserException("--zone " + zone + ": not a time zone (try Europe/London or UTC)");
            }
            Blog b = blog == null ? SourceOptions.defaults().blog() : Blog.ofUrl(blog);
            return new SourceOptions(b, zoneId);
        }
    }
}
