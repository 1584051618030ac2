package org.threadgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.threadgraph.model.Blog;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.pipeline.BulkMode;
import org.threadgraph.pipeline.FirstLoad;
import org.threadgraph.pipeline.IngestResult;
import org.threadgraph.pipeline.Input;
import org.threadgraph.pipeline.Pipeline;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.sources.fetch.FeedUrls;
import org.threadgraph.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threadgraph ingest PATH...}: reads files and folders of threads into the graph; an http(s)
 * URL is fetched (one post page, or a feed with all its pages) with the same politeness as
 * {@code crawl}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read blog threads into the graph: text copies of post pages, Blogger post pages, comment "
                + "feeds and exports. The format is detected from each file's content.",
                "A PATH may also be an http(s) URL of one post page or one feed (e.g. "
                        + "https://HOST/feeds/POSTID/comments/default?alt=json): a page is fetched once, a feed "
                        + "page by page along its next links on the same host, all pages read together. Fetching "
                        + "uses the --delay/--max-retries/--timeout/--max-bytes rules of `crawl`; only the URL's "
                        + "own host is requested. To read a whole blog, use `crawl`.",
                "Ingesting the same input again changes nothing; several forms of one post merge into one."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Mixin
    GazetteerFlag gazetteerFlag;

    @Mixin
    SourceFlags sourceFlags;

    @Option(names = "--no-link", description = "Only store what the sources say; skip inferring replies, identities, "
            + "mentions and links (run `threadgraph link` later).")
    boolean noLink;

    @Option(names = "--bulk", paramLabel = "WHEN", defaultValue = "auto",
            description = "Load a new (or empty) embedded database with Neo4j's bulk importer before it starts: "
                    + "auto (default) when the local files are large enough for it to be faster, always (whenever "
                    + "possible), never. Never used for --uri, URLs, a database `serve` holds, or inputs holding "
                    + "several forms of one post (those are merged through Cypher).")
    String bulk;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders (read recursively), or http(s) URLs of a post page or a feed.")
    List<String> paths;

    @Mixin
    CrawlCommand.FetchFlags fetchFlags;

    @Override
    public Integer call() {
        Gazetteer gazetteer = gazetteerFlag.gazetteer();
        List<Input> inputs = new ArrayList<>();
        int files = 0;
        int urls = 0;
        for (String arg : paths) {
            if (FeedUrls.isHttpUrl(arg)) {
                inputs.add(new Input.Url(arg.strip()));
                urls++;
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                throw new UserException(arg + ": not a file name or an http(s) URL");
            }
            List<Path> found = expand(path);
            if (found.isEmpty()) {
                throw new UserException(path + ": the folder holds no files to read");
            }
            found.forEach(f -> inputs.add(new Input.File(f)));
            files += found.size();
        }
        SourceOptions options = sourceFlags.options();
        BulkMode bulkMode = bulkMode();
        var out = spec.commandLine().getOut();
        Progress progress = Progress.of(spec);
        FirstLoad.Opened opened = FirstLoad.open(bulkMode, dbOptions.embeddedDir(), dbOptions::open, inputs, options,
                progress);
        try (Database db = opened.database()) {
            if (ThreadgraphCommand.verbosity(spec).chatty()) {
                out.println("Ingesting " + (files > 0 || urls == 0 ? files + " file" + (files == 1 ? "" : "s") : "")
                        + (files > 0 && urls > 0 ? " and " : "")
                        + (urls > 0 ? urls + " URL" + (urls == 1 ? "" : "s") : "") + " into " + db.description());
            }
            Pipeline pipeline = new Pipeline(db, gazetteer, progress);
            IngestResult result = pipeline.ingest(inputs, options, fetchFlags.policy(), !noLink, opened.load());
            IngestSummary.print(result, out);
            if (!result.failures().isEmpty()) {
                throw new UserException(result.failures().size() + " of " + inputs.size()
                        + (urls == 0 ? " file(s)" : " input(s)") + " could not be read; the others were stored");
            }
            if (result.links() != null && !result.links().failures().isEmpty()) {
                throw new UserException(result.links().failures().size() + " post(s) could not be linked (see above);"
                        + " the others were");
            }
        }
        return 0;
    }

    private BulkMode bulkMode() {
        return switch (bulk.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> BulkMode.AUTO;
            case "always" -> BulkMode.ALWAYS;
            case "never" -> BulkMode.NEVER;
            default -> throw new UserException("--bulk " + bulk + ": expected auto, always or never");
        };
    }

    /** Returns the regular files under a path, a folder walked in name order; hidden files are left out. */
    static List<Path> expand(Path p) {
        if (!Files.exists(p)) {
            throw new UserException(p + ": no such file or folder");
        }
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserException(p + ": cannot list folder: " + e.getMessage());
        }
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

        @Option(names = "--strict",
                description = "Refuse a document at its first warning (a guessed boundary, a dropped duplicate, "
                        + "an implausible date, a non-UTF-8 encoding) instead of storing it with the warning; "
                        + "the other documents are still read, and the exit code is 1.")
        boolean strict;

        SourceOptions options() {
            ZoneId zoneId;
            try {
                zoneId = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new UserException("--zone " + zone + ": not a time zone (try Europe/London or UTC)");
            }
            Blog b = blog == null ? SourceOptions.defaults().blog() : Blog.ofUrl(blog);
            return new SourceOptions(b, zoneId, strict);
        }
    }
}
