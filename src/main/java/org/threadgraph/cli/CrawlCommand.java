package org.threadgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.model.Blog;
import org.threadgraph.pipeline.CrawlRun;
import org.threadgraph.pipeline.Pipeline;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.sources.fetch.BlogCrawler;
import org.threadgraph.sources.fetch.CrawlListener;
import org.threadgraph.sources.fetch.CrawlWindow;
import org.threadgraph.sources.fetch.FeedUrls;
import org.threadgraph.sources.fetch.FetchPolicy;
import org.threadgraph.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code threadgraph crawl BLOG_URL}: reads a whole Blogger blog through its JSON feeds into the
 * graph, politely, resumably and incrementally. The work is done by
 * {@link org.threadgraph.sources.fetch.BlogCrawler} and {@link HttpFetcher}; the state lives in the
 * graph through {@link CrawlState}. See the help text for the rules.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Read a Blogger blog into the graph through its feeds: the posts feed "
                    + "(BLOG/feeds/posts/default?alt=json&orderby=published, page by page) and each post's "
                    + "comments feed (BLOG/feeds/POSTID/comments/default?alt=json, page by page).",
            "",
            "Resumable and incremental: what a crawl completed is kept in the database (on each Post: "
                    + "crawledTotal, crawledCommentCount, crawledAt; on the Blog: the window and times of the "
                    + "last crawl). Running it again reads the posts feed, then fetches only posts never "
                    + "completed and posts whose comment count (thr:total) grew; for those it reads the "
                    + "comments feed newest first and stops once a page holds nothing new, so only the new "
                    + "comments are read. Writing is idempotent (comments keyed by Blogger id).",
            "",
            "Polite and safe: one request at a time with --delay between them; up to --max-retries "
                    + "retries with doubling back-off from --backoff on timeouts, cut connections, HTTP "
                    + "408/429/5xx and unreadable (truncated) feeds, honouring Retry-After up to "
                    + "--max-retry-after (a server asking for longer stops the crawl at once); --timeout for "
                    + "connecting and each response, --deadline for one URL with all its attempts; responses "
                    + "over --max-bytes are stopped and reported; robots.txt is read first and obeyed; only "
                    + "the blog's own host and port are requested and redirects elsewhere are refused (give "
                    + "the address the blog is served from: its custom domain, if it has one); feed paging "
                    + "that loops or stops advancing ends with a message; "
                    + "the User-Agent names threadgraph (add --contact so a blog owner can reach you).",
            "",
            "A post whose feed cannot be fetched or read is reported with its URL and skipped; it stays "
                    + "not complete, so the next run tries it again. The crawl stops early when the server "
                    + "keeps answering 429, or after 5 posts in a row fail. Exit code 1 when anything was "
                    + "skipped, with a one-line summary."},
        footer = {"", "Example:", "  threadgraph crawl https://probationmatters.blogspot.com/ --since 2016-01 "
                + "--until 2016-03 --contact you@example.org"})
final class CrawlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLOG_URL",
            description = "The blog's address, e.g. https://probationmatters.blogspot.com/ (only its scheme, host "
                    + "and port are used; https:// when none is given).")
    String blogUrl;

    @Option(names = "--since", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Only posts published in this month or later (blog's zone).")
    YearMonth since;

    @Option(names = "--until", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "Only posts published in this month or earlier (blog's zone).")
    YearMonth until;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/London",
            description = "The blog's time zone, for --since/--until and the clock times readers saw "
                    + "(default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "100",
            description = "Entries asked for per feed page, max-results (default: ${DEFAULT-VALUE}; the server "
                    + "may send fewer, paging follows its next links).")
    int pageSize;

    @Option(names = "--refetch",
            description = "Fetch every post in the window whole again, ignoring what earlier crawls completed.")
    boolean refetch;

    @Mixin
    FetchFlags fetchFlags;

    @Mixin
    DbOptions dbOptions;

    @Mixin
    GazetteerFlag gazetteerFlag;

    @Override
    public Integer call() {
        Gazetteer gazetteer = gazetteerFlag.gazetteer();
        String base;
        try {
            base = FeedUrls.base(blogUrl.contains("://") ? blogUrl : "https://" + blogUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        ZoneId zoneId = zone(zone);
        CrawlWindow window;
        try {
            window = new CrawlWindow(since, until, zoneId);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new UserException("--page-size " + pageSize + ": give 1 to 500");
        }
        FetchPolicy policy = fetchFlags.policy();
        String host = URI.create(base).getHost();
        String blogKey = Blog.ofUrl(host).key();
        SourceOptions options = new SourceOptions(new Blog(blogKey, base + "/", null, null), zoneId);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = dbOptions.open()) {
            Pipeline pipeline = new Pipeline(db, gazetteer, Progress.of(spec));
            out.println("Crawling " + base + " (posts: " + window.describe() + ") into " + db.description());
            out.println("  one request at a time, " + duration(policy.delay()) + " apart; User-Agent: "
                    + policy.userAgent());
            pipeline.lastCrawl(blogKey).ifPresent(last -> out.println("  last crawl: started "
                    + seconds(last.startedAt())
                    + (last.finishedAt() == null ? ", did not finish" : ", finished " + seconds(last.finishedAt())
                    + (last.skipped() != null && last.skipped() > 0 ? " with " + last.skipped() + " skipped" : ""))
                    + " (posts: " + (last.since() == null && last.until() == null ? "all"
                    : (last.since() == null ? "" : last.since()) + ".." + (last.until() == null ? "" : last.until()))
                    + ")"));
            Listener listener = new Listener(out, Progress.of(spec));
            CrawlRun run = pipeline.crawl(base, window, refetch, policy, options, pageSize, listener);
            BlogCrawler.Result result = run.result();
            listener.finish();
            out.println("Done: " + result.listed() + " post" + (result.listed() == 1 ? "" : "s") + " listed, "
                    + result.unchanged() + " unchanged, " + result.fetched() + " fetched ("
                    + result.incremental() + " incrementally), " + result.newComments() + " new comments; "
                    + run.requests() + " requests (" + run.retries() + " retr" + (run.retries() == 1 ? "y" : "ies")
                    + "), "
                    + (run.bytes() + 1023) / 1024 + " KB");
            if (run.links() != null) {
                IngestSummary.print(run.links(), out);
            }
            IngestSummary.printRefreshed(run.refreshed(), run.blogFiguresBehind(), out);
            out.flush();
            if (!result.complete()) {
                int n = result.skipped().size();
                String skipped = n + " item" + (n == 1 ? "" : "s") + " skipped (see above)";
                throw new UserException(result.stopReason() == null
                        ? skipped + "; the rest was stored, rerun to retry"
                        : "stopped early: " + result.stopReason() + "; " + skipped
                                + "; what was read is stored, rerun later to continue");
            }
        }
        return 0;
    }

    private static Instant seconds(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String duration(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 || ms % 1000 != 0 ? ms + " ms" : ms / 1000 + " s";
    }

    static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UserException("--zone " + zone + ": not a time zone (try Europe/London or UTC)");
        }
    }

    /** Prints a line per fetched or skipped post and drives the progress bar. */
    private static final class Listener implements CrawlListener {
        private final PrintWriter out;
        private final Progress progress;
        private int toFetch;
        private int done;

        Listener(PrintWriter out, Progress progress) {
            this.out = out;
            this.progress = progress;
        }

        @Override
        public void listed(int listed, int toFetch) {
            out.println("  " + listed + " post" + (listed == 1 ? "" : "s") + " listed, " + toFetch + " to fetch, "
                    + (listed - toFetch) + " complete already");
            out.flush();
            this.toFetch = toFetch;
        }

        @Override
        public void postDone(Post post, boolean incremental, int pages, int newComments, List<String> warnings) {
            out.printf("  %-48s %d new comment%s (%d page%s%s)%n", name(post), newComments,
                    newComments == 1 ? "" : "s", pages, pages == 1 ? "" : "s", incremental ? ", incremental" : "");
            for (String w : warnings) {
                out.println("      warning: " + w);
            }
            out.flush();
            progress.progress("crawl", ++done, toFetch);
        }

        @Override
        public void skipped(String message) {
            out.println("  skipped  " + message);
            out.flush();
            progress.progress("crawl", ++done, toFetch);
        }

        @Override
        public void notice(String message) {
            out.println("  note: " + message);
            out.flush();
        }

        void finish() {
            progress.clear();
        }

        private static String name(Post post) {
            String p = post.permalink();
            if (p != null) {
                String path = URI.create(p).getPath();
                if (path != null && path.length() > 1) {
                    return path.substring(1);
                }
            }
            return post.title() != null ? post.title() : post.id();
        }
    }

    /** Options for fetching over HTTP, shared by {@code crawl} and {@code ingest URL}. */
    static final class FetchFlags {

        @Option(names = "--delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
                description = "Pause between requests, e.g. 1s, 500ms, 2.5s (default: ${DEFAULT-VALUE}).")
        Duration delay;

        @Option(names = "--max-retries", paramLabel = "N", defaultValue = "3",
                description = "Retries of a failed request: timeouts, cut connections, HTTP 408/429/5xx, "
                        + "unreadable feeds (default: ${DEFAULT-VALUE}).")
        int maxRetries;

        @Option(names = "--backoff", paramLabel = "DURATION", defaultValue = "2s", converter = DurationConverter.class,
                description = "First wait before a retry, doubled for each further one; a longer Retry-After "
                        + "wins (default: ${DEFAULT-VALUE}).")
        Duration backoff;

        @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
                converter = DurationConverter.class,
                description = "Limit for connecting and for each whole response (default: ${DEFAULT-VALUE}).")
        Duration timeout;

        @Option(names = "--deadline", paramLabel = "DURATION", defaultValue = "30s",
                converter = DurationConverter.class,
                description = "Limit for one URL, all its attempts, redirects and waits included: a server "
                        + "that stalls costs at most this (default: ${DEFAULT-VALUE}).")
        Duration deadline;

        @Option(names = "--max-retry-after", paramLabel = "DURATION", defaultValue = "30s",
                converter = DurationConverter.class,
                description = "Longest Retry-After waited for; a server asking for longer is reported as "
                        + "rate-limiting at once (default: ${DEFAULT-VALUE}).")
        Duration maxRetryAfter;

        @Option(names = "--max-bytes", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
                description = "Largest response read, e.g. 10MB, 512KB; a larger one is stopped and reported "
                        + "(default: ${DEFAULT-VALUE}).")
        long maxBytes;

        @Option(names = "--contact", paramLabel = "EMAIL_OR_URL",
                description = "Added to the User-Agent so a blog's operator can reach you.")
        String contact;

        FetchPolicy policy() {
            if (maxRetries < 0 || maxRetries > 10) {
                throw new UserException("--max-retries " + maxRetries + ": give 0 to 10");
            }
            if (timeout.isZero() || deadline.isZero()) {
                throw new UserException("--timeout and --deadline must be more than 0");
            }
            return new FetchPolicy(delay, maxRetries, backoff, timeout, maxBytes, FetchPolicy.userAgent(contact),
                    deadline, maxRetryAfter);
        }
    }

    /** Parses 1s, 500ms, 2.5s, 2m, a bare number of seconds, or ISO-8601 (PT1S). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = SIMPLE.matcher(v);
            if (m.matches()) {
                double n = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                double millis = switch (unit) {
                    case "ms" -> n;
                    case "m", "min" -> n * 60_000;
                    case "h" -> n * 3_600_000;
                    default -> n * 1000;
                };
                return Duration.ofMillis(Math.round(millis));
            }
            try {
                Duration d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                if (!d.isNegative()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // fall through to the message below
            }
            throw new TypeConversionException("'" + value + "' is not a duration (e.g. 1s, 500ms, 2m)");
        }
    }

    /** Parses 10MB, 512KB, 1GB (powers of 1024) or a bare number of bytes. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size (e.g. 10MB, 512KB, 100000)");
            }
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "b" : m.group(2);
            long factor = switch (unit.charAt(0)) {
                case 'k' -> 1024L;
                case 'm' -> 1024L * 1024;
                case 'g' -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            long bytes = Math.round(n * factor);
            if (bytes < 1) {
                throw new TypeConversionException("'" + value + "': the size must be at least 1 byte");
            }
            return bytes;
        }
    }

    /** Parses YYYY-MM. */
    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a month; write YYYY-MM, e.g. 2016-02");
            }
        }
    }
}
