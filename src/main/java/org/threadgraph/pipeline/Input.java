package org.threadgraph.pipeline;

import java.nio.file.Path;
import org.threadgraph.sources.SourceDocument;

/** One thing to ingest: a file, an http(s) URL, or a document already opened (e.g. a bundled sample). */
public sealed interface Input {

    /** A file, remembered by its path, size, time and digest so that reading it again unchanged is skipped. */
    record File(Path path) implements Input {
    }

    /** A post page or a feed URL, fetched. */
    record Url(String url) implements Input {
    }

    /** A document with its own opener, remembered by its origin and digest. */
    record Document(SourceDocument document) implements Input {
    }
}
