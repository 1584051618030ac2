package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.sources.BloggerFixtures.fixture;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.PostThread;

class FeedPageTest {

    @Test
    void exposesPagingOfACommentsFeed() throws Exception {
        FeedPage p1 = FeedPage.parse(BloggerFixtures.doc(fixture("comments-p1.atom")));
        assertEquals(FeedPage.ATOM, p1.format());
        assertEquals("https://www.blogger.com/feeds/3416740238526591238/7400000000000000001/comments/default"
                + "?start-index=5&max-results=4", p1.nextUrl().orElseThrow());
        assertEquals(7, p1.totalResults().getAsInt());
        assertEquals(1, p1.startIndex().getAsInt());
        assertEquals(4, p1.itemsPerPage().getAsInt());
        assertEquals(4, p1.entryCount());
        assertEquals("7400000000000000001", p1.postId());
        assertEquals(BloggerFixtures.BLOG_ID, p1.blogId());
        assertEquals("https://probationmatters.blogspot.com/2020/01/home-office-fixture.html", p1.alternateUrl());
        assertEquals(List.of(), p1.posts(), "a comments feed lists no posts");

        FeedPage p2 = FeedPage.parse(BloggerFixtures.doc(fixture("comments-p2.atom")));
        assertTrue(p2.nextUrl().isEmpty());
        assertEquals(5, p2.startIndex().getAsInt());
    }

    @Test
    void readsAtomPostsFeed() throws Exception {
        FeedPage page = FeedPage.parse(BloggerFixtures.doc(fixture("posts.atom")));
        assertNull(page.postId());
        assertEquals("https://www.blogger.com/feeds/3416740238526591238/posts/default?start-index=4&max-results=3",
                page.nextUrl().orElseThrow());
        assertEquals(5127, page.totalResults().getAsInt());
        List<FeedPage.PostEntry> posts = page.posts();
        assertEquals(3, posts.size());
        FeedPage.PostEntry first = posts.get(0);
        assertEquals(new FeedPage.PostEntry("7100000000000000001", BloggerFixtures.BLOG_ID, "The Probation Treadmill",
                "https://probationmatters.blogspot.com/2022/07/probation-treadmill-fixture.html",
                Instant.parse("2022-07-03T05:45:00Z"), 7,
                "https://probationmatters.blogspot.com/feeds/7100000000000000001/comments/default"), first);
        assertEquals("7500000000000000001", posts.get(2).postId());
        assertEquals(4, posts.get(2).commentCount());
    }

    @Test
    void readsJsonPostsFeedLikeAtom() throws Exception {
        FeedPage atom = FeedPage.parse(BloggerFixtures.doc(fixture("posts.atom")));
        FeedPage json = FeedPage.parse(BloggerFixtures.doc(fixture("posts.json")));
        assertEquals(FeedPage.JSON, json.format());
        assertEquals(atom.posts(), json.posts());
        assertTrue(json.nextUrl().isEmpty(), "last page: only a 'previous' link");
        assertEquals(4, json.startIndex().getAsInt());
    }

    @Test
    void postsFeedGivesPostThreadsWithMetadata() throws Exception {
        List<PostThread> threads = FeedPage.parse(BloggerFixtures.doc(fixture("posts.json")))
                .threads(SourceOptions.defaults());
        assertEquals(3, threads.size());
        PostThread t = threads.get(1);
        assertEquals("7400000000000000001", t.post().id());
        assertEquals("Back to the Home Office?", t.post().title());
        assertEquals(java.time.LocalDate.of(2020, 1, 12), t.post().date());
        assertEquals("Jim Brown", t.post().authorName());
        assertEquals("Probation back to the Home Office? Can't wait...", t.post().bodyText());
        assertEquals("On Probation", t.blog().title());
        assertTrue(t.comments().isEmpty());
    }

    @Test
    void parsesJsonpPostsFeedFromAString() throws Exception {
        String jsonp = "callback(" + Files.readString(fixture("posts.json")) + ");";
        FeedPage page = FeedPage.parse("https://x/feeds/posts/default?alt=json-in-script&callback=callback", jsonp);
        assertEquals(3, page.posts().size());
    }

    @Test
    void rejectsJsonThatIsNotAFeed() {
        SourceException e = assertThrows(SourceException.class, () -> FeedPage.parse("x.json", "{\"kind\":\"other\"}"));
        assertTrue(e.getMessage().startsWith("x.json: "), e.getMessage());
    }
}
