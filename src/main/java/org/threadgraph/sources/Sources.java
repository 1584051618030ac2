package org.threadgraph.sources;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** Every source format threadgraph reads, and detection of a document's format from its content. */
public final class Sources {

    private static final List<ThreadSource> ALL = List.of(
            // Structured formats first: their markers are unambiguous.
            new BloggerExportSource(),
            new BloggerTakeoutSource(),
            new BloggerApiV3Source(),
            BloggerFeedSource.json(),
            BloggerFeedSource.atom(),
            new BloggerHtmlSource(),
            // Last: a text copy is plain text with comment marks.
            new TextCopySource()
    );

    private Sources() {
    }

    /** Returns every known source, most specific first. */
    public static List<ThreadSource> all() {
        return ALL;
    }

    /**
     * Returns the source that reads this document.
     *
     * @throws SourceException when no format matches; the message names the document and lists the formats
     */
    public static ThreadSource detect(SourceDocument document) throws SourceException {
        String head;
        try {
            head = document.head();
        } catch (IOException e) {
            throw new SourceException(document.origin() + ": cannot be read: " + e.getMessage(), e);
        }
        for (ThreadSource source : ALL) {
            if (source.accepts(head)) {
                return source;
            }
        }
        throw new SourceException(document.origin() + ": not a blog thread in any known format ("
                + ALL.stream().map(ThreadSource::format).collect(Collectors.joining(", ")) + ")");
    }
}
