package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.Quote;

/** The numbered seed copies 000, 001 and 003, against counts and texts taken by hand. */
class TextCopySeedsTest {

    @ParameterizedTest
    @ValueSource(strings = {TextCopies.SEED_000, TextCopies.SEED_001, TextCopies.SEED_002, TextCopies.SEED_003})
    void detectsEverySeedAsATextCopy(String seed) throws Exception {
        SourceDocument document = SourceDocument.ofString(seed, TextCopies.resource(seed), TextCopies.OPTIONS);
        assertEquals(new TextCopySource().format(), Sources.detect(document).format());
    }

    @Test
    void seed000() throws Exception {
        PostThread thread = TextCopies.readSeed(TextCopies.SEED_000);
        assertAll(
                () -> assertEquals("TR Is Crap Says Research", thread.post().title()),
                () -> assertEquals(LocalDate.of(2016, 2, 23), thread.post().date()),
                () -> assertEquals(15, thread.post().declaredCommentCount()),
                () -> assertEquals("text-numbered", thread.report().format()),
                () -> assertEquals(List.of(), thread.report().warnings()),
                () -> assertEquals(15, thread.comments().size()),
                () -> assertEquals(10, topLevel(thread)),
                () -> assertEquals(5, replies(thread)),
                () -> assertEquals(List.of(), thread.quotes()));
        Map<String, Comment> byLabel = byLabel(thread);
        Comment five = byLabel.get("5");
        assertTrue(five.text().startsWith("All this bleating about"));
        assertEquals(4, five.text().split("\n").length);
        assertEquals("Excellent points 21:54.\nWhy are POs not allowed to do their job at parole hearings?"
                + " I still don't fully understand.", byLabel.get("5.1").text());
        assertEquals(five.id(), byLabel.get("5.4").parentId());
        Comment eight = byLabel.get("8");
        assertTrue(eight.text().startsWith("21:54 here\n"));
        assertNull(eight.parentId());
        assertEquals(13, eight.position());
        assertEquals(byLabel.get("7").id(), byLabel.get("7.1").parentId());
    }

    @Test
    void seed001() throws Exception {
        PostThread thread = TextCopies.readSeed(TextCopies.SEED_001);
        assertAll(
                () -> assertEquals("The Probation Treadmill", thread.post().title()),
                () -> assertEquals(LocalDate.of(2022, 7, 3), thread.post().date()),
                () -> assertEquals(8, thread.post().declaredCommentCount()),
                () -> assertEquals(List.of(), thread.report().warnings()),
                () -> assertEquals(8, thread.comments().size()),
                () -> assertEquals(6, topLevel(thread)),
                () -> assertEquals(2, replies(thread)));
        Map<String, Comment> byLabel = byLabel(thread);
        assertTrue(byLabel.get("1").text().endsWith("'Getafix"));
        // Dated lines inside a reply stay its text: indentation decides, not digits.
        Comment trashed = byLabel.get("5.1");
        assertTrue(trashed.text().startsWith("Trashed, trashed & trashed again.\n2000 - a new choreography"));
        assertTrue(trashed.text().contains("\n2004 - NOMS is born, Carter's Folly\n"));
        assertTrue(trashed.text().endsWith("should never have been allowed to dismantle the probation service."));
        // The post's own numbered list ("1. Women") is body, not comments.
        assertTrue(thread.post().bodyText().contains("\n1. Women\n2. Young Men (aged 18–24)\n"));
        assertTrue(thread.post().bodyText().endsWith("\nMatt Cracknell"));
    }

    @Test
    void seed003() throws Exception {
        PostThread thread = TextCopies.readSeed(TextCopies.SEED_003);
        assertAll(
                () -> assertEquals("Pick of the Week 56", thread.post().title()),
                () -> assertEquals(LocalDate.of(2020, 1, 12), thread.post().date()),
                () -> assertEquals(17, thread.post().declaredCommentCount()),
                () -> assertEquals(16, thread.comments().size()),
                () -> assertEquals(7, topLevel(thread)),
                () -> assertEquals(9, replies(thread)),
                () -> assertEquals(List.of("line 145: the header says 17 comments but the copy shows 16"
                        + " (7 top-level, 9 replies)"), thread.report().warnings()));
        Map<String, Comment> byLabel = byLabel(thread);
        assertEquals(5, byLabel.keySet().stream().filter(l -> l.startsWith("6.")).count());
        assertTrue(byLabel.get("6").text().startsWith("From Twitter:-\nGovt plans for"));

        // Counted by hand: 32 "*****" lines, 33 blocks, the block before the first one included.
        List<Quote> quotes = thread.quotes();
        assertEquals(33, quotes.size());
        Quote first = quotes.get(0);
        assertEquals(Ids.quoteId(thread.post().id(), 1), first.id());
        assertTrue(first.text().startsWith("The biggest reason for the lack of diverse representation"));
        assertEquals(2, first.text().split("\n").length);
        assertTrue(quotes.get(32).text().startsWith("Oh how I agree with what you say."));
        assertEquals("It's absolute nonsense for NAPO to claim the credit for any of this. They did nothing.",
                quotes.get(15).text());
        assertTrue(thread.post().bodyText().contains("\n*****\n"), "quotes stay in the body as they appear");
    }

    @Test
    void fillsPostAndCommentFieldsTextCopiesCanKnow() throws Exception {
        PostThread thread = TextCopies.readSeed(TextCopies.SEED_000);
        assertEquals(TextCopies.OPTIONS.blog(), thread.blog());
        assertEquals(Ids.textPostId("probationmatters.blogspot.com", LocalDate.of(2016, 2, 23),
                "TR Is Crap Says Research"), thread.post().id());
        assertNull(thread.post().url());
        assertNull(thread.post().published());
        assertNull(thread.post().authorName());
        assertTrue(thread.post().bodyText().startsWith("Today sees the launch of an important piece of research"));
        assertEquals(TextCopies.SEED_000, thread.report().origin());
        for (int i = 0; i < thread.comments().size(); i++) {
            Comment c = thread.comments().get(i);
            assertEquals(i + 1, c.position());
            assertEquals(Ids.textCommentId(thread.post().id(), c.label()), c.id());
            assertEquals(Author.UNATTRIBUTED, c.author());
            assertNull(c.published());
            assertNull(c.clock());
            assertFalse(c.removed());
            assertEquals(1.0, c.boundaryConfidence());
            assertFalse(c.text().contains("ReplyDelete"));
        }
    }

    static long topLevel(PostThread thread) {
        return thread.comments().stream().filter(c -> !c.isReply()).count();
    }

    static long replies(PostThread thread) {
        return thread.comments().stream().filter(Comment::isReply).count();
    }

    static Map<String, Comment> byLabel(PostThread thread) {
        return thread.comments().stream().collect(Collectors.toMap(Comment::label, Function.identity()));
    }
}
