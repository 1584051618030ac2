package org.threadgraph.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadgraph.model.Blog;
import org.threadgraph.sources.SourceDocument;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.sources.fetch.FeedUrls;
import org.threadgraph.sources.fetch.HttpFetcher;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.store.Database;
import org.threadgraph.store.ThreadWriter;
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

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files or folders (read recursively), or http(s) URLs of a post page or a feed.")
    List<String> paths;

    @Mixin
    CrawlCommand.FetchFlags fetchFlags;

    @Override
    public Integer call() {
        Gazetteer gazetteer = gazetteerFlag.gazetteer();
        List<Object> inputs = new ArrayList<>();
        int files = 0;
        int urls = 0;
        for (String arg : paths) {
            if (FeedUrls.isHttpUrl(arg)) {
                inputs.add(arg.strip());
                urls++;
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                throw new UserException(arg + ": not a file name or an http(s) URL");
            }
            List<Path> found = Ingestion.expand(List.of(path));
            inputs.addAll(found);
            files += found.size();
        }
        HttpFetcher fetcher = null;
        SourceOptions options = sourceFlags.options();
        var out = spec.commandLine().getOut();
        try (Database db = dbOptions.open(); ThreadWriter writer = new ThreadWriter(db)) {
            out.println("Ingesting " + (files > 0 || urls == 0 ? files + " file" + (files == 1 ? "" : "s") : "")
                    + (files > 0 && urls > 0 ? " and " : "")
                    + (urls > 0 ? urls + " URL" + (urls == 1 ? "" : "s") : "") + " into " + db.description());
            Ingestion ingestion = new Ingestion(writer, out);
            Progress progress = new Progress(spec.commandLine().getErr(), inputs.size());
            for (Object input : inputs) {
                if (input instanceof Path file) {
                    progress.step(file.getFileName().toString());
                    ingestion.ingest(SourceDocument.ofFile(file, options));
                    continue;
                }
                String url = (String) input;
                if (fetcher == null) {
                    fetcher = new HttpFetcher(fetchFlags.policy(), List.of(), note -> out.println("  note: " + note));
                }
                String host = FeedUrls.host(url);
                if (host != null) {
                    fetcher.allowHost(host);
                }
                progress.step(url);
                ingestion.ingestUrl(url, fetcher, options);
            }
            progress.finish();
            writer.flush();
            if (!noLink) {
                new LinkStage(db, gazetteer).run(writer.writtenPostIds(), out);
            }
            if (!ingestion.failures().isEmpty()) {
                throw new UserException(ingestion.failures().size() + " of " + inputs.size()
                        + (urls == 0 ? " file(s)" : " input(s)") + " could not be read; the others were stored");
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
