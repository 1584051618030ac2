package org.threadgraph.sources;

import java.time.LocalDate;
import java.util.List;

/**
 * The opening of a text copy: an optional date header ("Sunday, 3 July 2022") and the post's title
 * on the next non-blank line.
 *
 * @param date      the date of the date header, or null when the copy starts with the title
 * @param title     the title
 * @param bodyStart index in the copy's lines of the first line after the title
 */
record PostHeading(LocalDate date, String title, int bodyStart) {

    /**
     * Reads the heading of a copy.
     *
     * @throws SourceException when the copy is empty or holds a date and nothing after it
     */
    static PostHeading read(List<TextLine> lines, String origin) throws SourceException {
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            throw new SourceException(origin + ": line 1: the file is empty, not a blog thread");
        }
        TextLine firstLine = lines.get(first);
        if (!DateLines.isDateHeader(firstLine.text())) {
            return new PostHeading(null, firstLine.text(), first + 1);
        }
        int title = nextNonBlank(lines, first + 1);
        if (title < 0) {
            throw new SourceException(origin + ": line " + firstLine.number()
                    + ": a date header with no title or post after it, not a blog thread");
        }
        LocalDate date = DateLines.find(firstLine.text()).orElseThrow();
        return new PostHeading(date, lines.get(title).text(), title + 1);
    }

    private static int nextNonBlank(List<TextLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
