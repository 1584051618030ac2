package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.sources.BloggerFixtures.OWNER;
import static org.threadgraph.sources.BloggerFixtures.fixture;
import static org.threadgraph.sources.BloggerFixtures.read;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

class BloggerFeedSourceTest {

    private static final String POST = "7400000000000000001";

    @Test
    void readsAtomCommentsFeedPageNewestFirstWithoutPositions() throws Exception {
        List<PostThread> threads = read(BloggerFeedSource.atom(), fixture("comments-p1.atom"), SourceOptions.defaults());
        assertEquals(1, threads.size());
        PostThread t = threads.get(0);
        assertEquals("blogger-feed-atom", t.report().format());
        assertEquals(POST, t.post().id());
        assertEquals("Back to the Home Office?", t.post().title());
        assertEquals("https://probationmatters.blogspot.com/2020/01/home-office-fixture.html", t.post().url());
        assertEquals("probationmatters.blogspot.com", t.blog().key());
        assertEquals("On Probation", t.blog().title());
        assertEquals(BloggerFixtures.BLOG_ID, t.blog().bloggerId());

        List<Comment> cs = t.comments();
        assertEquals(List.of("7410000000000000007", "7410000000000000006", "7410000000000000005",
                "7410000000000000004"), cs.stream().map(Comment::id).toList());
        assertTrue(cs.stream().allMatch(c -> c.position() == 0 && c.label() == null), "a partial page is not numbered");
        assertTrue(t.report().warnings().stream().anyMatch(w -> w.contains("1–4 of 7")), t.report().warnings().toString());

        Comment owner = cs.get(0);
        assertEquals("7410000000000000006", owner.parentId());
        assertEquals(POST, owner.postId());
        assertEquals(OWNER, owner.author().profileUrl(), "http profile URL normalised");
        assertTrue(owner.author().blogAuthor(), "same profile as the feed's author");
        assertEquals("20:30", owner.clock());
        assertEquals(Instant.parse("2020-01-12T20:30:12.381Z"), owner.published());
        assertEquals("No - all are quotes from contributions left on this blog.\nThere is a public group however.",
                owner.text());
        assertNull(cs.get(1).parentId(), "top-level comments have no related link");
        assertEquals("7410000000000000002", cs.get(2).parentId());
    }

    @Test
    void combinedPagesAreNumberedLikeThePostPage() throws Exception {
        FeedPage p1 = FeedPage.parse(BloggerFixtures.doc(fixture("comments-p1.atom")));
        FeedPage p2 = FeedPage.parse(BloggerFixtures.doc(fixture("comments-p2.atom")));
        assertTrue(p1.nextUrl().isPresent());
        assertTrue(p2.nextUrl().isEmpty());
        List<PostThread> threads = FeedPage.combine(List.of(p1, p2)).threads(SourceOptions.defaults());
        assertEquals(1, threads.size());
        List<Comment> cs = threads.get(0).comments();
        assertEquals(List.of("1", "2", "2.1", "2.2", "2.3", "3", "3.1"), cs.stream().map(Comment::label).toList());
        assertEquals(List.of("7410000000000000001", "7410000000000000002", "7410000000000000003",
                "7410000000000000004", "7410000000000000005", "7410000000000000006", "7410000000000000007"),
                cs.stream().map(Comment::id).toList());
        assertEquals(List.of(), threads.get(0).report().warnings());
    }

    @Test
    void readsJsonFeedWithRemovedSummaryAndTwelveHourDisplayTime() throws Exception {
        PostThread t = read(BloggerFeedSource.json(), fixture("comments.json"), SourceOptions.defaults()).get(0);
        assertEquals("blogger-feed-json", t.report().format());
        assertEquals("7500000000000000001", t.post().id());
        assertEquals("IT Meltdown: Day One", t.post().title());
        Map<String, Comment> cs = BloggerFixtures.byId(List.of(t));
        assertEquals(4, cs.size());
        Comment first = cs.get("7510000000000000001");
        assertEquals("02:39", first.clock()); // displayTime "July 13, 2015 at 2:39 AM"
        assertEquals("1", first.label());
        assertEquals("Just checking how everyone’s IT is doing today?? Our whole office can’t get onto the network.\n"
                + "UPDATE: seems to be a national issue.", first.text());
        Comment namedAnonymous = cs.get("7510000000000000002");
        assertEquals("Anonymous", namedAnonymous.author().displayName());
        assertEquals("https://www.blogger.com/profile/17500000000000000099", namedAnonymous.author().profileUrl());
        assertFalse(namedAnonymous.author().isAnonymous(), "a profile named Anonymous keeps its uri");
        assertEquals("1.1", namedAnonymous.label());
        Comment removed = cs.get("7510000000000000003");
        assertTrue(removed.removed());
        assertEquals("1.2", removed.label());
        Comment summaryOnly = cs.get("7510000000000000004");
        assertTrue(summaryOnly.text().startsWith("We've just had an IT update"), "summary when there is no content");
        assertEquals("2", summaryOnly.label());
        assertEquals("14:05", summaryOnly.clock());
    }

    @Test
    void jsonpGivesTheSameAsJson() throws Exception {
        PostThread json = read(BloggerFeedSource.json(), fixture("comments.json"), SourceOptions.defaults()).get(0);
        PostThread jsonp = read(BloggerFeedSource.json(), fixture("comments.jsonp"), SourceOptions.defaults()).get(0);
        assertEquals(json.comments(), jsonp.comments());
        assertEquals(json.post(), jsonp.post());
    }

    @Test
    void clockFallsBackToPublishedInTheBlogZone() throws Exception {
        String feed = Files.readString(fixture("comments.json")).replace("blogger.displayTime", "blogger.other");
        List<PostThread> out = new ArrayList<>();
        BloggerFeedSource.json().read(SourceDocument.ofString("no-display.json", feed, SourceOptions.defaults()), out::add);
        assertEquals("02:39", BloggerFixtures.byId(out).get("7510000000000000001").clock()); // BST, 01:39Z
    }

    @Test
    void truncatedJsonIsAnErrorNamingFileAndLine() {
        SourceException e = assertThrows(SourceException.class,
                () -> read(BloggerFeedSource.json(), fixture("damaged-truncated.json"), SourceOptions.defaults()));
        assertTrue(e.getMessage().matches(".*damaged-truncated\\.json: line \\d+: not JSON: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void jsonpErrorsReportLinesOfTheOriginal() {
        String text = "// API callback\nbloggercomments({\"feed\": {\"id\": {\"$t\": \"tag:blogger.com,1999:blog-1\"},\n"
                + " \"entry\": [ oops ]}});";
        SourceException e = assertThrows(SourceException.class, () -> FeedPage.parse("cb.js", text));
        assertTrue(e.getMessage().startsWith("cb.js: line 3: not JSON: "), e.getMessage());
    }

    @Test
    void doctypeIsRefusedNamingTheFile() {
        SourceException e = assertThrows(SourceException.class,
                () -> read(BloggerFeedSource.atom(), fixture("damaged-doctype.atom"), SourceOptions.defaults()));
        assertTrue(e.getMessage().contains("damaged-doctype.atom: line 2: DOCTYPE"), e.getMessage());
    }

    @Test
    void malformedXmlIsAnErrorWithLine() {
        SourceException e = assertThrows(SourceException.class, () -> FeedPage.parse("bad.atom",
                "<feed xmlns='http://www.w3.org/2005/Atom'>\n<id>tag:blogger.com,1999:blog-1</id>\n<entry><id>x</entry>"));
        assertTrue(e.getMessage().startsWith("bad.atom: line 3: not well-formed XML"), e.getMessage());
    }

    @Test
    void blogWideCommentsFeedGroupsByPost() throws Exception {
        String entryA = Files.readString(fixture("comments-p2.atom"));
        String blogWide = entryA
                .replace("tag:blogger.com,1999:blog-3416740238526591238.post7400000000000000001..comments",
                        "tag:blogger.com,1999:blog-3416740238526591238.comments")
                .replace("/3416740238526591238/7400000000000000001/comments/default?start",
                        "/3416740238526591238/comments/default?start")
                .replaceFirst("ref='tag:blogger.com,1999:blog-3416740238526591238.post-7400000000000000001'",
                        "ref='tag:blogger.com,1999:blog-3416740238526591238.post-7499999999999999999'");
        FeedPage page = FeedPage.parse("blog-comments.atom", blogWide);
        assertNull(page.postId());
        List<PostThread> threads = page.threads(SourceOptions.defaults());
        assertEquals(2, threads.size());
        assertEquals("7499999999999999999", threads.get(0).post().id());
        assertTrue(threads.stream().allMatch(t -> t.comments().stream().allMatch(c -> c.label() == null)));
    }
}
