package org.threadgraph.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One input to read: where it came from, a way to open it (again), and the options the user gave.
 * Large inputs (a whole-blog export) are read through {@link #open()} so they need not fit in memory.
 * Sizes are capped before anything is read: a file over {@link #MAX_FILE_BYTES} is refused, and a
 * one-post format read whole ({@link #text()}) stops at {@link #MAX_TEXT_CHARS}.
 */
public final class SourceDocument {

    /** How many opening characters format detection looks at: enough to pass a long post body in a text copy. */
    public static final int HEAD_CHARS = 256 * 1024;
    /** The largest file read at all; far above any Blogger export of a blog with tens of thousands of comments. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /** The most characters of a document read whole (a post page, a feed page, a text copy): 64 Mi. */
    public static final int MAX_TEXT_CHARS = 64 * 1024 * 1024;

    /** Opens the document's characters. */
    @FunctionalInterface
    public interface Opener {
        Reader open() throws IOException;
    }

    private final String origin;
    private final Opener opener;
    private final SourceOptions options;
    private final Path file;
    private TextFiles.Decoding decoding;
    private String head;

    public SourceDocument(String origin, Opener opener, SourceOptions options) {
        this(origin, Objects.requireNonNull(opener, "opener"), options, null);
    }

    private SourceDocument(String origin, Opener opener, SourceOptions options, Path file) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.opener = opener;
        this.options = Objects.requireNonNull(options, "options");
        this.file = file;
    }

    /**
     * Returns a document for a file. Its encoding is decided when it is first read: UTF-8 (or UTF-16
     * with a byte-order mark), else Windows-1252 with a {@linkplain #notes() note}; binary, empty and
     * oversized files are refused then.
     */
    public static SourceDocument ofFile(Path file, SourceOptions options) {
        return new SourceDocument(file.toString(), null, options, file);
    }

    /** Returns a document held in memory, e.g. a fetched response. */
    public static SourceDocument ofString(String origin, String content, SourceOptions options) {
        return new SourceDocument(origin, () -> new StringReader(content), options);
    }

    /** Returns the file path or URL this document came from. */
    public String origin() {
        return origin;
    }

    /** Returns the user's options. */
    public SourceOptions options() {
        return options;
    }

    /** Returns what the user should know about the document as a whole, e.g. the encoding it was read in. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (decoding != null && decoding.warning() != null) {
            notes.add(decoding.warning());
        }
        return notes;
    }

    /**
     * Opens the document from its start.
     *
     * @throws SourceException when the file is missing, unreadable, too large or not text
     */
    public Reader open() throws SourceException {
        try {
            if (file == null) {
                return opener.open();
            }
            if (decoding == null) {
                decoding = TextFiles.sniff(file);
            }
            // Decode leniently: a file that changed since it was checked still reads, never throws mid-parse.
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoding.charset()));
        } catch (IOException e) {
            throw TextFiles.unreadable(origin, e);
        }
    }

    /**
     * Returns the first {@link #HEAD_CHARS} characters, for format detection.
     *
     * @throws SourceException when the document cannot be read or is empty
     */
    public String head() throws SourceException {
        if (head == null) {
            head = read(HEAD_CHARS, false);
            if (head.isEmpty()) {
                throw new SourceException(origin + ": the document is empty");
            }
        }
        return head;
    }

    /**
     * Returns the whole document as a string; for formats that are one post a document.
     *
     * @throws SourceException when it cannot be read or holds more than {@link #MAX_TEXT_CHARS} characters
     */
    public String text() throws SourceException {
        return read(MAX_TEXT_CHARS, true);
    }

    private String read(int limit, boolean refuseLonger) throws SourceException {
        try (Reader r = open()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int read;
            while ((read = r.read(buf, 0, Math.min(buf.length, limit - sb.length()))) > 0) {
                sb.append(buf, 0, read);
                if (sb.length() == limit) {
                    if (refuseLonger && r.read() >= 0) {
                        throw new SourceException(origin + ": more than " + (limit / (1024 * 1024))
                                + " Mi characters; a post page, feed page or text copy is never that long");
                    }
                    break;
                }
            }
            return sb.toString();
        } catch (UncheckedIOException e) {
            throw TextFiles.unreadable(origin, e.getCause());
        } catch (IOException e) {
            throw TextFiles.unreadable(origin, e);
        }
    }
}
