package org.threadgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.FeedPage;
import org.threadgraph.sources.SourceDocument;
import org.threadgraph.sources.SourceException;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.sources.Sources;
import org.threadgraph.sources.ThreadSource;
import org.threadgraph.sources.fetch.FeedPager;
import org.threadgraph.sources.fetch.FeedUrls;
import org.threadgraph.sources.fetch.FetchException;
import org.threadgraph.sources.fetch.HttpFetcher;
import org.threadgraph.store.ThreadWriter;

/**
 * Reads documents with the source their content calls for and writes them to the graph, a batch at
 * a time, printing a summary per document. A document that cannot be read is reported and skipped;
 * what was stored before it stays stored.
 */
final class Ingestion {

    /** What one document contributed. */
    record Summary(String origin, String format, int posts, int comments, int replies, int quotes,
                   List<String> warnings) {
    }

    private final ThreadWriter writer;
    private final PrintWriter out;
    private final List<String> failures = new ArrayList<>();

    Ingestion(ThreadWriter writer, PrintWriter out) {
        this.writer = writer;
        this.out = out;
    }

    /** Returns every regular file under the paths, folders walked in name order. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UserException(p + ": no such file or folder");
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UserException(p + ": cannot list folder: " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Reads one document into the graph and prints its summary; returns the summary, or null on failure. */
    Summary ingest(SourceDocument document) {
        Summary summary;
        try {
            ThreadSource source = Sources.detect(document);
            Tally tally = new Tally(document.origin(), source.format());
            source.read(document, thread -> {
                tally.add(thread);
                writer.write(thread);
            });
            writer.flush();
            summary = tally.summary();
        } catch (SourceException e) {
            return failed(e.getMessage());
        }
        print(summary);
        return summary;
    }

    /**
     * Fetches a URL and reads it into the graph like a file: a feed URL ({@code /feeds/…}) page by
     * page along its next links, the pages read together so the comments are numbered as on the
     * post page; any other URL once, its format detected from the content. A URL that cannot be
     * fetched is reported and skipped like an unreadable file.
     */
    Summary ingestUrl(String url, HttpFetcher fetcher, SourceOptions options) {
        try {
            if (!FeedUrls.isFeed(url)) {
                return ingest(SourceDocument.ofString(url, fetcher.get(url), options));
            }
            List<FeedPage> pages = FeedPager.all(fetcher, url);
            FeedPage feed = FeedPage.combine(pages);
            List<PostThread> threads = feed.threads(options);
            if (threads.isEmpty()) {
                return failed(url + ": feed holds no entries and names no post");
            }
            Tally tally = new Tally(url + (pages.size() > 1 ? " (" + pages.size() + " pages)" : ""), feed.format());
            for (PostThread t : threads) {
                tally.add(t);
                writer.write(t);
            }
            writer.flush();
            Summary summary = tally.summary();
            print(summary);
            return summary;
        } catch (FetchException e) {
            return failed(e.getMessage());
        }
    }

    private Summary failed(String message) {
        failures.add(message);
        out.println("  skipped  " + message);
        return null;
    }

    /** Returns the messages of documents that could not be read. */
    List<String> failures() {
        return failures;
    }

    private void print(Summary s) {
        out.printf("  %-32s %-18s %d post%s, %d comments (%d top-level, %d replies), %d quotes%s%n",
                shorten(s.origin()), s.format(), s.posts(), s.posts() == 1 ? "" : "s", s.comments(),
                s.comments() - s.replies(), s.replies(), s.quotes(),
                s.warnings().isEmpty() ? "" : ", " + s.warnings().size() + " warning" + (s.warnings().size() == 1 ? "" : "s"));
        for (String w : s.warnings()) {
            out.println("      warning: " + w);
        }
    }

    /**
     * Returns the last path segment of a file, or a URL's path and page count: the full path is in
     * the command line and in error messages.
     */
    private static String shorten(String origin) {
        if (FeedUrls.isHttpUrl(origin)) {
            String path = origin.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("\\?[^ ]*", "");
            return path.isEmpty() ? origin : path;
        }
        String name = origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? origin : name;
    }

    /** Counts what a source yields, without keeping the threads. */
    private static final class Tally {
        private final String origin;
        private String format;
        private final java.util.Set<String> posts = new java.util.HashSet<>();
        private int comments;
        private int replies;
        private int quotes;
        private final List<String> warnings = new ArrayList<>();

        Tally(String origin, String format) {
            this.origin = origin;
            this.format = format;
        }

        void add(PostThread t) {
            format = t.report().format();
            posts.add(t.post().id());
            comments += t.comments().size();
            replies += (int) t.comments().stream().filter(Comment::isReply).count();
            quotes += t.quotes().size();
            warnings.addAll(t.report().warnings());
        }

        Summary summary() {
            return new Summary(origin, format, posts.size(), comments, replies, quotes, warnings);
        }
    }
}
