package org.threadgraph.sources;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a Blogger page puts around comments, as they survive in a plain-text copy: the
 * "N comments:" header, the "Reply" and "Delete" links under each comment ("ReplyDelete" under a
 * top-level comment, "Delete" under a reply) and the "Replies" toggle above a reply thread.
 */
final class CopyMarks {

    static final String REPLY_DELETE = "ReplyDelete";
    static final String DELETE = "Delete";
    static final String REPLIES = "Replies";

    private static final Pattern HEADER = Pattern.compile("(?i)(\\d{1,6}|no) comments?\\s*:");
    // The link words glued to the start of the next comment's first line. "Deleted", "Deletes" and
    // "Deleting" are ordinary words a comment may start with, not a glued link.
    private static final Pattern GLUED = Pattern.compile("^(ReplyDelete|Delete)(?!(?:d|s|ing)\\b)(\\S.*)$");
    private static final Pattern REMOVED = Pattern.compile(
            "(?i)this comment has been removed by (the author|a blog administrator)\\.?");

    private CopyMarks() {
    }

    /** Returns the count of an "N comments:" header line (0 for "No comments:"), or empty. */
    static Optional<Integer> headerCount(TextLine line) {
        Matcher m = HEADER.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).equalsIgnoreCase("no") ? 0 : Integer.parseInt(m.group(1)));
    }

    /** Returns true when the line is nothing but the given link word(s). */
    static boolean isStandalone(TextLine line, String mark) {
        return line.text().equals(mark);
    }

    /**
     * Returns the link word glued to the start of an unindented line ("ReplyDeleteI agree…"), or
     * empty. Indented lines are numbered-copy text and never carry a glued word.
     */
    static Optional<String> gluedMark(TextLine line) {
        if (line.indent() > 0) {
            return Optional.empty();
        }
        Matcher m = GLUED.matcher(line.text());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Returns the text after a glued link word, or the whole text when there is none. */
    static String afterMark(TextLine line) {
        Matcher m = GLUED.matcher(line.text());
        if (line.indent() == 0 && m.matches()) {
            return m.group(2);
        }
        return isStandalone(line, REPLY_DELETE) || isStandalone(line, DELETE) ? "" : line.text();
    }

    /** Returns a link word at the very start of a line, glued or standing alone, or empty. */
    static Optional<String> leadingMark(TextLine line) {
        if (isStandalone(line, REPLY_DELETE) || isStandalone(line, DELETE)) {
            return Optional.of(line.text());
        }
        return gluedMark(line);
    }

    /** Returns true when a comment's text is Blogger's notice of a removed comment. */
    static boolean isRemovedNotice(String text) {
        return REMOVED.matcher(text.strip()).matches();
    }
}
