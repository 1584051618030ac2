package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comments of a numbered text copy, the shape a text browser gives a Blogger page:
 *
 * <pre>
 * 15 comments:
 *
 *   1. First top-level comment.
 *
 *     ReplyDelete
 *     Replies
 *     1. Its first reply.
 *
 *       Second paragraph of the reply.
 *
 *       Delete
 *   2. …
 * </pre>
 *
 * <p>A comment ends at its own link line ("ReplyDelete" under a top-level comment, "Delete" under a
 * reply), so a numbered line starts a comment only after such a line (or after the header or a
 * "Replies" line); anywhere else it is the comment's own text, as lists and dated lines ("2004 -
 * NOMS is born") often are. Indentation, not the number, tells a reply (indented deeper than the
 * first top-level comment) from a top-level comment. When a copy has lost a link line, a numbered
 * line at exactly the indentation of its level carrying exactly the next number still starts a
 * comment, with a warning. Every boundary here is certain: confidence 1.0.
 */
final class NumberedThreadParser {

    static final String FORMAT = "text-numbered";

    private static final Pattern ITEM = Pattern.compile("(\\d{1,4})\\.\\s+(\\S.*)");

    private final String origin;
    private final List<String> warnings = new ArrayList<>();
    private final List<CommentDraft> comments = new ArrayList<>();

    private int topIndent = -1;
    private int replyIndent = -1;
    private int topCount;
    private int replyCount;
    private boolean betweenComments = true;
    private Open open;

    NumberedThreadParser(String origin) {
        this.origin = origin;
    }

    /**
     * Returns true when the lines after the title have the numbered shape: a link line standing
     * alone and indented, two or more link lines standing alone, or an "N comments:" header with
     * no link word glued to any line (a flattened copy glues them).
     */
    static boolean appliesTo(List<TextLine> lines) {
        int standalone = 0;
        boolean header = false;
        boolean glued = false;
        for (TextLine line : lines) {
            if (isLinkLine(line)) {
                if (line.indent() > 0) {
                    return true;
                }
                standalone++;
            }
            header |= CopyMarks.headerCount(line).isPresent();
            glued |= CopyMarks.gluedMark(line).isPresent();
        }
        return standalone >= 2 || header && !glued;
    }

    /**
     * Splits the lines after the title into the post body and its comments.
     *
     * @throws SourceException when link lines stand alone but no "1." comment precedes them
     */
    ParsedThread parse(List<TextLine> lines) throws SourceException {
        int firstLink = indexOfFirstLinkLine(lines);
        int limit = firstLink < 0 ? lines.size() : firstLink;
        int header = -1;
        for (int i = 0; i < limit; i++) {
            if (CopyMarks.headerCount(lines.get(i)).isPresent()) {
                header = i;
            }
        }
        int start = header >= 0 ? header + 1 : indexOfFirstItem(lines, limit);
        if (start < 0) {
            throw new SourceException(origin + ": line " + lines.get(firstLink).number()
                    + ": a \"" + lines.get(firstLink).text() + "\" line with no numbered comment \"1.\" before it");
        }
        for (TextLine line : lines.subList(start, lines.size())) {
            read(line);
        }
        if (open != null) {
            warnings.add("line " + open.first.number() + ": the last comment has no ReplyDelete/Delete line after it");
            close(null);
        }
        Integer declared = header >= 0 ? CopyMarks.headerCount(lines.get(header)).orElseThrow() : null;
        return new ParsedThread(FORMAT, lines.subList(0, header >= 0 ? header : start), declared,
                header >= 0 ? lines.get(header).number() : 0, comments, warnings);
    }

    private void read(TextLine line) {
        if (line.isBlank()) {
            return; // paragraph breaks: comment text keeps one paragraph a line
        }
        if (isLinkLine(line)) {
            close(line);
            return;
        }
        if (CopyMarks.isStandalone(line, CopyMarks.REPLIES)) {
            if (open != null) {
                warnings.add("line " + line.number() + ": \"Replies\" with no ReplyDelete line before it");
                close(null);
            }
            return;
        }
        Matcher item = ITEM.matcher(line.text());
        if (item.matches() && startsComment(line, Integer.parseInt(item.group(1)))) {
            return;
        }
        if (open != null) {
            open.lines.add(line);
        } else {
            warnings.add("line " + line.number() + ": text outside any comment ignored: \"" + line.excerpt() + "\"");
        }
    }

    /** Opens a comment at a numbered line when the place and indentation allow one; else false. */
    private boolean startsComment(TextLine line, int printed) {
        int indent = line.indent();
        boolean reply;
        if (betweenComments) {
            reply = topIndent >= 0 && indent > topIndent;
        } else if (indent == topIndent && printed == topCount + 1) {
            reply = false;
        } else if (open != null && open.reply && indent == replyIndent && printed == replyCount + 1) {
            reply = true;
        } else {
            return false;
        }
        if (!betweenComments) {
            warnings.add("line " + line.number() + ": comment starts with no ReplyDelete/Delete line before it");
            close(null);
        }
        if (topIndent < 0) {
            topIndent = indent;
        }
        if (reply && replyIndent < 0) {
            replyIndent = indent;
        }
        int expected = reply ? replyCount + 1 : topCount + 1;
        if (printed != expected) {
            warnings.add("line " + line.number() + ": numbered " + printed + " where " + expected + " was expected");
        }
        if (reply) {
            replyCount++;
        } else {
            topCount++;
            replyCount = 0;
        }
        open = new Open(line, reply);
        betweenComments = false;
        return true;
    }

    /** Ends the open comment at its link line, or where the next starts when {@code link} is null. */
    private void close(TextLine link) {
        betweenComments = true;
        if (open == null) {
            return;
        }
        if (link != null && open.reply == link.text().equals(CopyMarks.REPLY_DELETE)) {
            warnings.add("line " + link.number() + ": \"" + link.text() + "\" closes a "
                    + (open.reply ? "reply" : "top-level comment") + "; indentation taken over the link");
        }
        List<TextLine> text = new ArrayList<>();
        text.add(open.first.withRaw(ITEM.matcher(open.first.text()).replaceFirst("$2")));
        text.addAll(open.lines);
        comments.add(new CommentDraft(open.first.number(), open.reply, TextLine.paragraphs(text), 1.0));
        open = null;
    }

    private static boolean isLinkLine(TextLine line) {
        return CopyMarks.isStandalone(line, CopyMarks.REPLY_DELETE) || CopyMarks.isStandalone(line, CopyMarks.DELETE);
    }

    private static int indexOfFirstLinkLine(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isLinkLine(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    // Without a header the comments start at the last "1." before the first link line: the post
    // body may hold numbered lists of its own.
    private static int indexOfFirstItem(List<TextLine> lines, int limit) {
        int found = -1;
        for (int i = 0; i < limit; i++) {
            Matcher m = ITEM.matcher(lines.get(i).text());
            if (m.matches() && m.group(1).equals("1")) {
                found = i;
            }
        }
        return found;
    }

    /** The comment being read. */
    private static final class Open {
        final TextLine first;
        final boolean reply;
        final List<TextLine> lines = new ArrayList<>();

        Open(TextLine first, boolean reply) {
            this.first = first;
            this.reply = reply;
        }
    }
}
