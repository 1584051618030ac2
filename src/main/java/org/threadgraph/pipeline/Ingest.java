package org.threadgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Set;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
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
import org.threadgraph.store.SourceFiles;
import org.threadgraph.store.StoreException;
import org.threadgraph.store.ThreadTarget;

/**
 * Reads documents with the source their content calls for into the writer's batches (several small
 * documents share a transaction). Each document is isolated: one that cannot be read is reported,
 * nothing of it is written, and the documents after it are still read; what was stored before it
 * stays stored. A file or bundled document read completely is remembered (a {@code :Source} written
 * with its last threads), so reading it again unchanged is recognised from its size and time, or
 * its digest, without parsing or writing.
 */
final class Ingest {

    private final ThreadTarget writer;
    private final Map<String, SourceFiles.Fingerprint> recorded;
    private final Supplier<Set<String>> readBefore;
    private Set<String> knownDigests;

    /**
     * Returns an ingest into the target: the Cypher writer, or a bulk load of a new database.
     *
     * @param recorded   what was recorded for the inputs' origins by earlier runs
     * @param readBefore the digests of every document read before; asked once, only when a file is not
     *                   recognised by its own path
     */
    Ingest(ThreadTarget writer, Map<String, SourceFiles.Fingerprint> recorded, Supplier<Set<String>> readBefore) {
        this.writer = writer;
        this.recorded = recorded;
        this.readBefore = readBefore;
    }

    /** Returns the origin a file is remembered by. */
    static String origin(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Reads a file unless it is unchanged since it was last read with the same options. */
    DocumentOutcome file(Path file, SourceOptions options) {
        String origin = origin(file);
        long size;
        long modified;
        try {
            size = Files.size(file);
            modified = Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return new DocumentOutcome.Failed(file.toString(), file + ": cannot be read: " + e.getMessage());
        }
        SourceFiles.Fingerprint before = recorded.get(origin);
        String optionsKey = optionsKey(options);
        if (before != null && before.size() == size && before.modified() == modified
                && before.digest().startsWith(optionsKey)) {
            return new DocumentOutcome.Unchanged(file.toString());
        }
        String digest;
        try (InputStream in = Files.newInputStream(file)) {
            digest = optionsKey + digest(in);
        } catch (IOException e) {
            return new DocumentOutcome.Failed(file.toString(), file + ": cannot be read: " + e.getMessage());
        }
        SourceFiles.Fingerprint fingerprint = new SourceFiles.Fingerprint(origin, digest, size, modified);
        if (before != null && before.digest().equals(digest) || readElsewhere(digest)) {
            writer.completed(fingerprint);
            return new DocumentOutcome.Unchanged(file.toString());
        }
        return read(SourceDocument.ofFile(file, options), fingerprint);
    }

    /** Returns whether the same content was read completely before under another origin. */
    private boolean readElsewhere(String digest) {
        if (knownDigests == null) {
            knownDigests = readBefore.get();
        }
        return knownDigests.contains(digest);
    }

    /** Reads a document that is not a file (a bundled sample), unless its content is unchanged. */
    DocumentOutcome document(SourceDocument document) {
        String digest;
        try (Reader r = document.open()) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = r.read(buffer)) > 0; ) {
                sb.append(buffer, 0, n);
            }
            digest = optionsKey(document.options()) + Ids.digest(sb.toString());
        } catch (SourceException e) {
            return new DocumentOutcome.Failed(document.origin(), e.getMessage());
        } catch (IOException e) {
            return new DocumentOutcome.Failed(document.origin(), document.origin() + ": cannot be read: "
                    + e.getMessage());
        }
        SourceFiles.Fingerprint before = recorded.get(document.origin());
        if (before != null && before.digest().equals(digest)) {
            return new DocumentOutcome.Unchanged(document.origin());
        }
        return read(document, new SourceFiles.Fingerprint(document.origin(), digest, -1, -1));
    }

    /**
     * Reads one document into the writer's batches; when it is read completely, its fingerprint (if
     * any) is written with its last threads. A document that fails leaves nothing of itself buffered.
     */
    DocumentOutcome read(SourceDocument document, SourceFiles.Fingerprint fingerprint) {
        int mark = writer.mark();
        Tally tally;
        try {
            ThreadSource source = Sources.detect(document);
            tally = new Tally(document.origin(), source.format());
            Tally counting = tally;
            source.read(document, thread -> {
                counting.add(thread);
                writer.write(thread);
            });
        } catch (SourceException e) {
            writer.discardFrom(mark);
            return new DocumentOutcome.Failed(document.origin(), e.getMessage());
        } catch (StoreException e) {
            return new DocumentOutcome.Failed(document.origin(), document.origin() + ": " + e.getMessage());
        }
        if (fingerprint != null) {
            writer.completed(fingerprint);
        }
        return tally.stored();
    }

    /**
     * Fetches a URL and reads it into the graph like a file: a feed URL ({@code /feeds/…}) page by
     * page along its next links, the pages read together so the comments are numbered as on the
     * post page; any other URL once, its format detected from the content.
     */
    DocumentOutcome url(String url, HttpFetcher fetcher, SourceOptions options) {
        try {
            if (!FeedUrls.isFeed(url)) {
                return read(SourceDocument.ofString(url, fetcher.get(url), options), null);
            }
            List<FeedPage> pages = FeedPager.all(fetcher, url);
            FeedPage feed = FeedPage.combine(pages);
            List<PostThread> threads = feed.threads(options);
            if (threads.isEmpty()) {
                return new DocumentOutcome.Failed(url, url + ": feed holds no entries and names no post");
            }
            Tally tally = new Tally(url + (pages.size() > 1 ? " (" + pages.size() + " pages)" : ""), feed.format());
            for (PostThread t : threads) {
                tally.add(t);
                writer.write(t);
            }
            return tally.stored();
        } catch (FetchException e) {
            return new DocumentOutcome.Failed(url, e.getMessage());
        } catch (StoreException e) {
            return new DocumentOutcome.Failed(url, url + ": " + e.getMessage());
        }
    }

    /** The options that change what a document reads as: a text copy's blog and the blog's zone. */
    private static String optionsKey(SourceOptions options) {
        return options.blog().key() + " " + options.zone() + " ";
    }

    private static String digest(InputStream in) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Counts what a source yields, without keeping the threads. */
    private static final class Tally {
        private final String origin;
        private String format;
        private final Set<String> posts = new HashSet<>();
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

        DocumentOutcome.Stored stored() {
            return new DocumentOutcome.Stored(origin, format, posts.size(), comments, replies, quotes, warnings);
        }
    }
}
