package org.threadgraph.model;

import java.util.List;

/**
 * What a source noticed while reading one post: where it came from, in which format, and the
 * warnings a user should see (a comment count that does not match the header, a boundary guessed
 * in a flattened copy, an unparseable timestamp).
 *
 * @param origin   file path or URL, with a place inside it where useful
 * @param format   the detected format, e.g. {@code text-numbered}, {@code blogger-html}
 * @param warnings human-readable warnings, each naming its place
 */
public record SourceReport(String origin, String format, List<String> warnings) {

    public SourceReport {
        warnings = List.copyOf(warnings);
    }
}
