package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of a plain-text copy, with its 1-based line number so that warnings and errors can
 * name the place.
 *
 * @param number 1-based line number in the document
 * @param raw    the line as it stands, without its line terminator
 */
record TextLine(int number, String raw) {

    /** Returns the lines of a text, whatever its line endings (LF, CRLF or CR). */
    static List<TextLine> split(String text) {
        String[] parts = text.split("\r\n|\r|\n", -1);
        List<TextLine> lines = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            // A byte-order mark is not text: drop it so the first line matches like any other.
            String raw = i == 0 && parts[i].startsWith("\uFEFF") ? parts[i].substring(1) : parts[i];
            lines.add(new TextLine(i + 1, raw));
        }
        return lines;
    }

    /** Returns the non-blank lines' text, stripped, one paragraph a line, as comment text is kept. */
    static String paragraphs(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).filter(t -> !t.isEmpty()).collect(Collectors.joining("\n"));
    }

    /** Returns the line without leading and trailing white space, no-break spaces included. */
    String text() {
        int start = indent();
        int end = raw.length();
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** Returns how many white-space characters the line starts with. */
    int indent() {
        int i = 0;
        while (i < raw.length() && isSpace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Returns the line's text cut to 40 characters, for naming it in a message. */
    String excerpt() {
        String text = text();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** Returns true when the line holds nothing but white space. */
    boolean isBlank() {
        return indent() == raw.length();
    }

    /** Returns a copy holding other text at the same line number. */
    TextLine withRaw(String otherRaw) {
        return new TextLine(number, otherRaw);
    }

    // Copies from web pages carry no-break spaces (U+00A0) that String.strip() keeps.
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
