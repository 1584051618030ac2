package org.threadgraph.sources;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: where it came from, a way to open it (again), and the options the user gave.
 * Large inputs (a whole-blog export) are read through {@link #open()} so they need not fit in memory.
 */
public final class SourceDocument {

    /** How many opening characters format detection looks at: enough to pass a long post body in a text copy. */
    public static final int HEAD_CHARS = 256 * 1024;

    /** Opens the document's characters. */
    @FunctionalInterface
    public interface Opener {
        Reader open() throws IOException;
    }

    private final String origin;
    private final Opener opener;
    private final SourceOptions options;
    private String head;

    public SourceDocument(String origin, Opener opener, SourceOptions options) {
        this.origin = Objects.requireNonNull(origin, "origin");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Returns a document for a file, read as UTF-8. */
    public static SourceDocument ofFile(Path file, SourceOptions options) {
        return new SourceDocument(file.toString(), () -> Files.newBufferedReader(file, StandardCharsets.UTF_8), options);
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

    /** Opens the document from its start. */
    public Reader open() throws IOException {
        return opener.open();
    }

    /** Returns the first {@link #HEAD_CHARS} characters, for format detection. */
    public String head() throws IOException {
        if (head == null) {
            try (Reader r = open()) {
                char[] buf = new char[HEAD_CHARS];
                int n = 0;
                int read;
                while (n < buf.length && (read = r.read(buf, n, buf.length - n)) > 0) {
                    n += read;
                }
                head = new String(buf, 0, n);
            }
        }
        return head;
    }

    /** Returns the whole document as a string; for formats that are one post a document. */
    public String text() throws IOException {
        try (Reader r = open()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int read;
            while ((read = r.read(buf)) > 0) {
                sb.append(buf, 0, read);
            }
            return sb.toString();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
