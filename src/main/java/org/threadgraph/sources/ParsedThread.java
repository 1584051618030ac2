package org.threadgraph.sources;

import java.util.List;

/**
 * What a text-copy parser found after the title line.
 *
 * @param format        the shape of the copy, {@code text-numbered} or {@code text-flattened}
 * @param body          the post body's lines (the comment header excluded)
 * @param declaredCount the count of the "N comments:" header, or null when there is none
 * @param headerLine    the header's line number, or 0 when there is none
 * @param comments      the comments in page order
 * @param warnings      what the parser had to guess or could not match, each naming its line
 */
record ParsedThread(String format, List<TextLine> body, Integer declaredCount, int headerLine,
                    List<CommentDraft> comments, List<String> warnings) {

    ParsedThread {
        body = List.copyOf(body);
        comments = List.copyOf(comments);
        warnings = List.copyOf(warnings);
    }
}
