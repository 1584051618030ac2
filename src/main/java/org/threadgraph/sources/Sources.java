package org.threadgraph.sources;

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
     * Returns the source that reads this document, wrapped so that its reading applies the
     * document-wide checks (encoding notes, repeated comment ids, strict mode; see {@link CheckedSource}).
     *
     * @throws SourceException when the document cannot be read, is empty, binary or too large, or
     *                         no format matches; the message names the document and lists the formats
     */
    public static ThreadSource detect(SourceDocument document) throws SourceException {
        String head = document.head();
        for (ThreadSource source : ALL) {
            if (source.accepts(head)) {
                return new CheckedSource(source);
            }
        }
        throw new SourceException(document.origin() + ": not a blog thread in any known format ("
                + ALL.stream().map(ThreadSource::format).collect(Collectors.joining(", ")) + ")");
    }
}
