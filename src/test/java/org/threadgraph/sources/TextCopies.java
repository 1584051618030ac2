package org.threadgraph.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.threadgraph.model.Blog;
import org.threadgraph.model.PostThread;

/** Loads seed copies from the classpath and reads text copies for the tests. */
final class TextCopies {

    static final String SEED_000 = "/samples/seeds/000_46c285a75653f71c.txt";
    static final String SEED_001 = "/samples/seeds/001_7bdf047bcd8d19ad.txt";
    static final String SEED_002 = "/samples/seeds/002_b9ebe3807f722b54.txt";
    static final String SEED_003 = "/samples/seeds/003_8ffeaa99a6de2f5a.txt";

    static final SourceOptions OPTIONS =
            new SourceOptions(Blog.ofUrl("probationmatters.blogspot.com"), SourceOptions.DEFAULT_ZONE);

    private TextCopies() {
    }

    /** Returns a classpath resource as UTF-8 text. */
    static String resource(String path) {
        try (InputStream in = TextCopies.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a seed copy and returns its one thread. */
    static PostThread readSeed(String path) throws SourceException {
        return read(path, resource(path));
    }

    /** Reads a text copy given inline and returns its one thread. */
    static PostThread read(String origin, String text) throws SourceException {
        List<PostThread> threads = new ArrayList<>();
        new TextCopySource().read(SourceDocument.ofString(origin, text, OPTIONS), threads::add);
        if (threads.size() != 1) {
            throw new AssertionError("expected exactly one thread, got " + threads.size());
        }
        return threads.get(0);
    }
}
