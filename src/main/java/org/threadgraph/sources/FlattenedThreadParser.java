package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the comments of a flattened text copy: a Blogger page copied with its author and time
 * lines, numbering, blank lines and "N comments:" header gone, so that the link words under each
 * comment are glued to the start of the next comment's first line:
 *
 * <pre>
 * Dean Rogers
 * Assistant General Secretary
 * A descriptive account of events but is not accurate. …
 * ReplyDeleteI agree, I don't see the much opportunity …
 * DeleteOn pay, I believe the MoJ regards it …
 * …
 * Delete
 * </pre>
 *
 * <p><b>What is certain.</b> A link word closes the comment before it and tells how that comment
 * ended: "ReplyDelete" under a top-level comment, "Delete" under a reply; the text glued after it
 * starts the next comment. A reply belongs to the nearest top-level comment before it. A comment
 * delimited by link words on both sides gets confidence {@value #MARKED}: the copy can still
 * have lost a link word inside it.
 *
 * <p><b>What is guessed</b> (each guess is a warning naming its line):
 * <ul>
 *   <li>Where the post ends: nothing marks it. The first comment starts after the "N comments:"
 *       header when the copy kept one; otherwise after the nearest line before the first link
 *       word, within {@value #FIRST_COMMENT_LOOKBACK} lines, that typically closes a post (a line
 *       of six words at most without closing punctuation: a signature, a date, a link, a separator);
 *       failing that it is the single line before the link. Confidence {@value #FIRST_GUESSED}.</li>
 *   <li>Lost link words. Text between two link words is split after a sign-off (a mark and one
 *       to three words, as in "'Getafix" or "- Jim", after a finished sentence) followed by more
 *       text; a sign-off glued after a link word ("Delete'Getafix") is moved back to the comment
 *       it signs; text longer than Blogger's {@value #BLOGGER_COMMENT_LIMIT}-character
 *       comment limit is split at the last line break that keeps the first part within it.
 *       The pieces take the top-level/reply status of the link word after the text, since a
 *       comment's neighbours are usually in the same thread. Confidence {@value #GUESSED}.</li>
 *   <li>Boundaries with no trace in the text (a reply that starts an unmarked line after an
 *       ordinary sentence) are not found: the two comments stay one.</li>
 * </ul>
 */
final class FlattenedThreadParser {

    static final String FORMAT = "text-flattened";

    /** Confidence of a comment with a link word on both sides. */
    static final double MARKED = 0.9;
    /** Confidence of a comment with a boundary guessed by a rule. */
    static final double GUESSED = 0.7;
    /** Confidence of the first comment when nothing marks the end of the post. */
    static final double FIRST_GUESSED = 0.6;
    /** Blogger refuses comments longer than this, so longer text holds more than one comment. */
    static final int BLOGGER_COMMENT_LIMIT = 4096;
    /** How far back from the first link word the end of the post is looked for. */
    static final int FIRST_COMMENT_LOOKBACK = 5;

    private static final String CLOSING_PUNCTUATION = ".!?:;,…\"“”'‘’)";
    private static final String SENTENCE_END = ".!?…\"”'’)";
    // A mark, then one to three words, the first capitalised: "'Getafix", "- Jim", "~ Anon Writer".
    private static final Pattern SIGN_OFF = Pattern.compile(
            "['’‘~\\-–—]{1,2}\\s?\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{L}[\\p{L}'’.\\-]*){0,2}");

    private final String origin;
    private final List<Noted> warnings = new ArrayList<>();

    FlattenedThreadParser(String origin) {
        this.origin = origin;
    }

    /** Returns true when some line starts with a link word, glued or standing alone. */
    static boolean appliesTo(List<TextLine> lines) {
        return lines.stream().anyMatch(l -> CopyMarks.leadingMark(l).isPresent());
    }

    /**
     * Splits the lines after the title into the post body and its comments.
     *
     * @throws SourceException when no line starts with a link word or the copy starts with one
     */
    ParsedThread parse(List<TextLine> lines) throws SourceException {
        List<TextLine> text = lines.stream().filter(l -> !l.isBlank()).toList();
        int firstLink = indexOfFirstLink(text);
        if (firstLink <= 0) {
            String where = firstLink < 0 ? "1" : String.valueOf(text.get(0).number());
            throw new SourceException(origin + ": line " + where
                    + ": no post text before the first ReplyDelete/Delete, not a blog thread");
        }
        int header = -1;
        for (int i = 0; i < firstLink; i++) {
            if (CopyMarks.headerCount(text.get(i)).isPresent()) {
                header = i;
            }
        }
        int start = header >= 0 ? header + 1 : guessFirstCommentStart(text, firstLink);
        List<Piece> pieces = delimit(text, start, firstLink, header >= 0);
        pieces = refine(pieces);

        List<CommentDraft> drafts = new ArrayList<>();
        for (Piece p : pieces) {
            drafts.add(new CommentDraft(p.lines.get(0).number(), p.reply, TextLine.paragraphs(p.lines),
                    p.confidence()));
        }
        int bodyEnd = text.get(header >= 0 ? header : start).number();
        List<TextLine> body = lines.stream().filter(l -> l.number() < bodyEnd).toList();
        Integer declared = header >= 0 ? CopyMarks.headerCount(text.get(header)).orElseThrow() : null;
        List<String> sorted = warnings.stream().sorted(Comparator.comparingInt(Noted::line))
                .map(n -> "line " + n.line() + ": " + n.text()).toList();
        return new ParsedThread(FORMAT, body, declared, header >= 0 ? text.get(header).number() : 0, drafts, sorted);
    }

    private int guessFirstCommentStart(List<TextLine> text, int firstLink) {
        for (int i = firstLink - 1; i >= Math.max(1, firstLink - FIRST_COMMENT_LOOKBACK); i--) {
            if (closesPost(text.get(i - 1).text())) {
                note(text.get(i).number(), "the end of the post is not marked; first comment"
                        + " guessed to start after \"" + text.get(i - 1).excerpt() + "\"");
                return i;
            }
        }
        note(text.get(firstLink - 1).number(), "the end of the post is not marked and no line"
                + " before the first ReplyDelete/Delete closes it; first comment guessed to be this one line");
        return firstLink - 1;
    }

    /** Cuts the text at every link word; each piece takes its status from the link after it. */
    private List<Piece> delimit(List<TextLine> text, int start, int firstLink, boolean headerMarksStart) {
        List<Piece> pieces = new ArrayList<>();
        Piece current = new Piece(headerMarksStart, !headerMarksStart);
        current.lines.addAll(text.subList(start, firstLink));
        for (TextLine line : text.subList(firstLink, text.size())) {
            Optional<String> link = CopyMarks.leadingMark(line);
            if (link.isEmpty()) {
                current.lines.add(line);
                continue;
            }
            if (current.lines.isEmpty()) {
                note(line.number(), "\"" + link.get() + "\" with no comment text before it");
            } else {
                current.reply = link.get().equals(CopyMarks.DELETE);
                current.endMarked = true;
                pieces.add(current);
            }
            current = new Piece(true, false);
            String after = CopyMarks.afterMark(line);
            if (!after.isEmpty()) {
                current.lines.add(line.withRaw(after));
            }
        }
        if (!current.lines.isEmpty()) {
            note(current.lines.get(0).number(),
                    "the last comment has no ReplyDelete/Delete after it; taken as top-level");
            pieces.add(current);
        }
        return pieces;
    }

    private List<Piece> refine(List<Piece> pieces) {
        for (int k = 1; k < pieces.size(); k++) {
            Piece piece = pieces.get(k);
            TextLine first = piece.lines.get(0);
            if (piece.startMarked && piece.lines.size() >= 2 && isSignOff(first.text())) {
                Piece before = pieces.get(k - 1);
                before.lines.add(piece.lines.remove(0));
                before.endMarked = false;
                piece.startMarked = false;
                note(first.number(), "sign-off \"" + first.text()
                        + "\" after the link word taken as the end of the comment before it");
            }
        }
        List<Piece> refined = new ArrayList<>();
        for (Piece piece : pieces) {
            for (Piece signed : splitAfterSignOffs(piece)) {
                refined.addAll(splitOverLimit(signed));
            }
        }
        return refined;
    }

    private List<Piece> splitAfterSignOffs(Piece piece) {
        List<Piece> out = new ArrayList<>();
        Piece current = piece.head();
        List<TextLine> lines = piece.lines;
        for (int i = 0; i < lines.size(); i++) {
            current.lines.add(lines.get(i));
            // A list of short marked items ("- Apples" / "- Pears") is not a run of signatures.
            boolean signOff = i >= 1 && i < lines.size() - 1 && isSignOff(lines.get(i).text())
                    && endsSentence(lines.get(i - 1).text()) && !isSignOff(lines.get(i + 1).text());
            if (signOff) {
                note(lines.get(i + 1).number(), "comment boundary guessed after the sign-off \""
                        + lines.get(i).text() + "\"");
                out.add(current);
                current = piece.rest();
            }
        }
        current.endMarked = piece.endMarked;
        out.add(current);
        return out;
    }

    private List<Piece> splitOverLimit(Piece piece) {
        List<Piece> out = new ArrayList<>();
        Piece current = piece.head();
        int length = -1;
        for (TextLine line : piece.lines) {
            int added = line.text().length() + 1;
            if (!current.lines.isEmpty() && length + added > BLOGGER_COMMENT_LIMIT) {
                note(line.number(), "comment boundary guessed: the text before it is longer"
                        + " than Blogger's " + BLOGGER_COMMENT_LIMIT + "-character comment limit");
                out.add(current);
                current = piece.rest();
                length = -1;
            }
            current.lines.add(line);
            length += added;
        }
        current.endMarked = piece.endMarked;
        out.add(current);
        return out;
    }

    private void note(int line, String text) {
        warnings.add(new Noted(line, text));
    }

    private static int indexOfFirstLink(List<TextLine> text) {
        for (int i = 0; i < text.size(); i++) {
            if (CopyMarks.leadingMark(text.get(i)).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns true for a line that typically ends a post rather than a comment's sentences: a
     * short line (six words at most) without closing punctuation, as signatures, dates, links and
     * separators are.
     */
    static boolean closesPost(String line) {
        return line.split("\\s+").length <= 6 && !endsWithAny(line, CLOSING_PUNCTUATION);
    }

    /**
     * Returns true for a signature line: a mark and one to three words, the first capitalised, with
     * no closing punctuation, as in "'Getafix" or "- Jim". Unmarked short lines are not taken:
     * in comments they are as often the subheadings of a pasted article.
     */
    static boolean isSignOff(String line) {
        return SIGN_OFF.matcher(line).matches() && !endsWithAny(line, CLOSING_PUNCTUATION);
    }

    private static boolean endsSentence(String line) {
        return endsWithAny(line, SENTENCE_END);
    }

    private static boolean endsWithAny(String line, String chars) {
        return !line.isEmpty() && chars.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** A warning and the line it names; warnings are reported in line order. */
    private record Noted(int line, String text) {
    }

    /** A stretch of lines taken as one comment, and how sure its two ends are. */
    private static final class Piece {
        final List<TextLine> lines = new ArrayList<>();
        final boolean firstOfThread;
        boolean startMarked;
        boolean endMarked;
        boolean reply;

        Piece(boolean startMarked, boolean firstOfThread) {
            this.startMarked = startMarked;
            this.firstOfThread = firstOfThread;
        }

        /** Returns an empty piece with this one's start, status and place, to refill. */
        Piece head() {
            Piece p = new Piece(startMarked, firstOfThread);
            p.reply = reply;
            return p;
        }

        /** Returns an empty piece for text after a guessed boundary inside this one. */
        Piece rest() {
            Piece p = new Piece(false, false);
            p.reply = reply;
            return p;
        }

        double confidence() {
            if (firstOfThread) {
                return FIRST_GUESSED;
            }
            return startMarked && endMarked ? MARKED : GUESSED;
        }
    }
}
