package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

/** Format detection, rejection and the edge cases of both text-copy shapes, on small inline copies. */
class TextCopySourceTest {

    private final TextCopySource source = new TextCopySource();

    private static final String NUMBERED = String.join("\n",
            "Monday, 1 January 2024",
            "",
            "A Title",
            "",
            "The post.",
            "",
            "3 comments:",
            "",
            "  1. First comment.",
            "    2. A list inside the first comment, not a comment.",
            "    2004 - a dated line",
            "",
            "    ReplyDelete",
            "    Replies",
            "    1. A reply.",
            "",
            "      Delete",
            "  2. Second comment.",
            "",
            "    ReplyDelete",
            "");

    @Test
    void rejectsMarkupJsonAndTextThatIsNoThread() {
        assertFalse(source.accepts("  <!DOCTYPE html><html><body>3 comments:</body></html>"));
        assertFalse(source.accepts("\n<?xml version=\"1.0\"?><feed/>"));
        assertFalse(source.accepts(" {\"feed\": {\"entry\": []}, \"text\": \"ReplyDelete\"}"));
        assertFalse(source.accepts("# threadgraph\n\nReads blog comment threads into Neo4j.\n1. Build it.\n"));
        assertFalse(source.accepts(""));
    }

    @Test
    void acceptsHeadersLinksAndDateHeaders() {
        assertTrue(source.accepts("Title\n\nBody\n\n2 comments:\n"));
        assertTrue(source.accepts("Title\nBody\nA first comment\nReplyDeleteA reply\n"));
        assertTrue(source.accepts("Title\n\n  1. A comment\n\n    ReplyDelete\n"));
        assertTrue(source.accepts("\uFEFFTuesday 23 February 2016\n\nA long post whose comments come later\n"));
    }

    @Test
    void detectionNamesTheFileThatIsNoThread() {
        SourceDocument readme = SourceDocument.ofString("notes/README.txt", "Shopping list\n- eggs\n- milk\n",
                TextCopies.OPTIONS);
        SourceException e = assertThrows(SourceException.class, () -> Sources.detect(readme));
        assertTrue(e.getMessage().startsWith("notes/README.txt: not a blog thread"), e.getMessage());
    }

    @Test
    void readingTextWithNoCommentMarksFailsNamingFileAndLine() {
        SourceException e = assertThrows(SourceException.class,
                () -> TextCopies.read("diary.txt", "Monday, 1 January 2024\n\nNew year\n\nResolutions, none.\n"));
        assertEquals("diary.txt: line 3 (\"New year\"): not a blog thread: no \"N comments:\" header and no"
                + " ReplyDelete/Delete comment links after it", e.getMessage());
        SourceException empty = assertThrows(SourceException.class, () -> TextCopies.read("empty.txt", " \n\n"));
        assertTrue(empty.getMessage().startsWith("empty.txt: line 1: "), empty.getMessage());
    }

    @Test
    void numberedContinuationLinesMayStartWithDigits() throws Exception {
        PostThread thread = TextCopies.read("inline", NUMBERED);
        assertEquals(List.of("1", "1.1", "2"), labels(thread));
        assertEquals("First comment.\n2. A list inside the first comment, not a comment.\n2004 - a dated line",
                thread.comments().get(0).text());
        assertEquals(thread.comments().get(0).id(), thread.comments().get(1).parentId());
        assertEquals(List.of(), thread.report().warnings());
    }

    @Test
    void repliesBlockWithNoReplies() throws Exception {
        PostThread thread = TextCopies.read("inline", String.join("\n",
                "Title", "", "Body.", "", "2 comments:", "",
                "  1. Asked a question.", "", "    ReplyDelete", "    Replies",
                "  2. Nobody answered.", "", "    ReplyDelete"));
        assertEquals(List.of("1", "2"), labels(thread));
        assertNull(thread.comments().get(1).parentId());
        assertEquals(List.of(), thread.report().warnings());
    }

    @Test
    void crlfLineEndingsReadLikeLf() throws Exception {
        PostThread lf = TextCopies.read("lf", NUMBERED);
        PostThread crlf = TextCopies.read("crlf", NUMBERED.replace("\n", "\r\n"));
        assertEquals(lf.post(), crlf.post());
        assertEquals(lf.comments(), crlf.comments());
    }

    @Test
    void trailingWhitespaceAndNoBreakSpacesAreNotText() throws Exception {
        String padded = NUMBERED.lines().map(l -> l.isEmpty() ? l : l + " \t\u00A0").reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
        PostThread thread = TextCopies.read("padded", padded);
        assertEquals(TextCopies.read("plain", NUMBERED).comments(), thread.comments());
        assertEquals("A Title", thread.post().title());
    }

    @Test
    void numberedCommentWithLostLinkLineStillStartsWithAWarning() throws Exception {
        PostThread thread = TextCopies.read("inline", String.join("\n",
                "Title", "", "2 comments:", "", "  1. First.", "", "  2. Second.", "", "    ReplyDelete"));
        assertEquals(List.of("1", "2"), labels(thread));
        assertEquals("First.", thread.comments().get(0).text());
        assertEquals(List.of("line 7: comment starts with no ReplyDelete/Delete line before it"),
                thread.report().warnings());
    }

    @Test
    void removedCommentsAreMarked() throws Exception {
        PostThread thread = TextCopies.read("inline", String.join("\n",
                "Title", "", "2 comments:", "",
                "  1. This comment has been removed by the author.", "", "    ReplyDelete",
                "  2. This comment has been removed by a blog administrator.", "", "    ReplyDelete"));
        assertTrue(thread.comments().stream().allMatch(Comment::removed));
    }

    @Test
    void flattenedLinkWordsTellHowThePreviousCommentEnded() throws Exception {
        PostThread thread = TextCopies.read("flat", String.join("\n",
                "A Title",
                "The post's one paragraph.",
                "Jim Brown",
                "A first comment.",
                "ReplyDeleteA reply to it.",
                "Deleted scenes: a word, not a link word.",
                "DeleteA second top-level comment.",
                "ReplyDelete"));
        assertEquals("text-flattened", thread.report().format());
        assertEquals("The post's one paragraph.\nJim Brown", thread.post().bodyText());
        assertEquals(List.of("1", "1.1", "2"), labels(thread));
        List<Comment> c = thread.comments();
        assertEquals("A reply to it.\nDeleted scenes: a word, not a link word.", c.get(1).text());
        assertEquals(FlattenedThreadParser.FIRST_GUESSED, c.get(0).boundaryConfidence());
        assertEquals(FlattenedThreadParser.MARKED, c.get(1).boundaryConfidence());
        assertEquals(FlattenedThreadParser.MARKED, c.get(2).boundaryConfidence());
        assertEquals(List.of("line 4: the end of the post is not marked; first comment guessed to start after"
                + " \"Jim Brown\""), thread.report().warnings());
    }

    @Test
    void flattenedSignOffsAndLengthLimitGuessBoundaries() throws Exception {
        String longParagraph = "word ".repeat(700).strip();
        PostThread thread = TextCopies.read("flat", String.join("\n",
                "Title",
                "Body.",
                "--oo00oo--",
                "Opening comment.",
                "ReplyDeleteA signed reply.",
                "'Anon Writer",
                "An unmarked reply to it.",
                "Delete'Getafix",
                "Next reply, after a sign-off the copy put behind the link.",
                "Delete" + longParagraph,
                longParagraph,
                "Delete"));
        assertEquals(List.of("1", "1.1", "1.2", "1.3", "1.4", "1.5"), labels(thread));
        List<Comment> c = thread.comments();
        assertEquals("A signed reply.\n'Anon Writer", c.get(1).text());
        assertEquals("An unmarked reply to it.\n'Getafix", c.get(2).text());
        assertEquals("Next reply, after a sign-off the copy put behind the link.", c.get(3).text());
        assertEquals(longParagraph, c.get(4).text());
        assertEquals(longParagraph, c.get(5).text());
        assertTrue(c.subList(1, 6).stream().allMatch(x -> x.boundaryConfidence() == FlattenedThreadParser.GUESSED));
        assertEquals(4, thread.report().warnings().size(), thread.report().warnings().toString());
    }

    @Test
    void flattenedListsAndSubheadingsAreNotSignOffs() throws Exception {
        PostThread thread = TextCopies.read("flat", String.join("\n",
                "Title",
                "Body.",
                "Jim Brown",
                "Opening comment.",
                "ReplyDeleteThings to buy, listed.",
                "- Apples",
                "- Pears",
                "DeleteA pasted article starts here.",
                "Findings",
                "The article goes on.",
                "Delete"));
        assertEquals(List.of("1", "1.1", "1.2"), labels(thread));
        assertEquals("Things to buy, listed.\n- Apples\n- Pears", thread.comments().get(1).text());
        assertEquals("A pasted article starts here.\nFindings\nThe article goes on.", thread.comments().get(2).text());
        assertEquals(1, thread.report().warnings().size(), thread.report().warnings().toString());
    }

    @Test
    void flattenedReplyWithNoTopLevelBeforeItIsTakenAsTopLevel() throws Exception {
        PostThread thread = TextCopies.read("flat",
                "Title\nBody.\nSigned Off\nA stray reply.\nDeleteAnother.\nReplyDelete");
        assertEquals(List.of("1", "2"), labels(thread));
        assertTrue(thread.report().warnings().contains("line 4: a reply with no top-level comment before it;"
                + " taken as top-level"), thread.report().warnings().toString());
    }

    @Test
    void quotesNeedTwoSeparatorsAndSkipAnIntroduction() {
        List<TextLine> intro =
                TextLine.split("Here are this week's picks:-\n*****\nFirst pick.\n\n*****\nSecond pick.\n");
        assertEquals(List.of("First pick.", "Second pick."), QuoteBlocks.find(intro));
        List<TextLine> sectionBreak = TextLine.split("Part one.\n*****\nPart two.\n");
        assertEquals(List.of(), QuoteBlocks.find(sectionBreak));
        List<TextLine> spaced = TextLine.split("Opening pick.\n* * *\nSecond.\n* * * * *\nThird.");
        assertEquals(List.of("Opening pick.", "Second.", "Third."), QuoteBlocks.find(spaced));
    }

    private static List<String> labels(PostThread thread) {
        return thread.comments().stream().map(Comment::label).toList();
    }
}
