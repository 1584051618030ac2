package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.sources.BloggerFixtures.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

/** The post page and the comments feed of the same real post must describe the same thread. */
class BloggerSeedParityTest {

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("seed000", "5018843112046671093", "TR Is Crap Says Research", LocalDate.of(2016, 2, 23), 15, 10, 5, 15),
                Arguments.of("seed001", "2204919734660154837", "The Probation Treadmill", LocalDate.of(2022, 7, 3), 8, 6, 2, 8),
                Arguments.of("seed003", "8843620177134952201", "Pick of the Week 56", LocalDate.of(2020, 1, 12), 16, 7, 9, 17));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void pageAndFeedAgree(String name, String postId, String title, LocalDate date, int total, int top, int replies,
                          int header) throws Exception {
        List<PostThread> pages = BloggerFixtures.detectAndRead(seed(name + ".html"), SourceOptions.defaults());
        List<PostThread> feeds = BloggerFixtures.detectAndRead(seed(name + "-comments-p1.json"), SourceOptions.defaults());
        assertEquals(1, pages.size());
        assertEquals(1, feeds.size());
        PostThread page = pages.get(0);
        PostThread feed = feeds.get(0);
        assertEquals("blogger-html", page.report().format());
        assertEquals("blogger-feed-json", feed.report().format());

        assertEquals(postId, page.post().id());
        assertEquals(postId, feed.post().id());
        assertEquals(title, page.post().title());
        assertEquals(title, feed.post().title());
        assertEquals(date, page.post().date());
        assertEquals(page.post().url(), feed.post().url());
        assertEquals(BloggerFixtures.BLOG_ID, page.blog().bloggerId());
        assertEquals(page.blog(), feed.blog());

        List<Comment> pc = page.comments();
        assertEquals(total, pc.size());
        assertEquals(top, pc.stream().filter(c -> c.parentId() == null).count());
        assertEquals(replies, pc.stream().filter(Comment::isReply).count());
        assertEquals(header, page.post().declaredCommentCount());
        boolean warned = page.report().warnings().stream().anyMatch(w -> w.contains("says " + header + " comments"));
        assertEquals(header != total, warned, page.report().warnings().toString());

        Map<String, Comment> fromPage = BloggerFixtures.byId(pages);
        Map<String, Comment> fromFeed = BloggerFixtures.byId(feeds);
        assertEquals(fromPage.keySet(), fromFeed.keySet(), "same comment ids");
        assertEquals(project(fromPage, c -> String.valueOf(c.parentId())), project(fromFeed, c -> String.valueOf(c.parentId())),
                "same parents");
        assertEquals(project(fromPage, c -> c.published().toString()), project(fromFeed, c -> c.published().toString()),
                "same instants, to the millisecond");
        assertEquals(project(fromPage, Comment::clock), project(fromFeed, Comment::clock), "same clocks");
        assertEquals(project(fromPage, Comment::label), project(fromFeed, Comment::label), "same numbering");
        assertEquals(project(fromPage, Comment::text), project(fromFeed, Comment::text), "same text");
        assertTrue(pc.stream().allMatch(c -> c.postId().equals(postId)));
    }

    @Test
    void seed000ReplyAnswersTheCommentByItsClock() throws Exception {
        for (String file : List.of("seed000.html", "seed000-comments-p1.json")) {
            List<Comment> cs = BloggerFixtures.detectAndRead(seed(file), SourceOptions.defaults()).get(0).comments();
            Comment bleating = BloggerFixtures.starting(cs, "All this bleating about");
            assertEquals("21:54", bleating.clock(), file);
            Comment reply = BloggerFixtures.starting(cs, "Excellent points 21:54.");
            assertEquals(bleating.id(), reply.parentId(), file);
        }
    }

    @Test
    void seed003OwnerReplyIsMarkedInBothForms() throws Exception {
        for (String file : List.of("seed003.html", "seed003-comments-p1.json")) {
            Comment owner = BloggerFixtures.detectAndRead(seed(file), SourceOptions.defaults()).get(0).comments().stream()
                    .filter(c -> "Jim Brown".equals(c.author().displayName())).findFirst().orElseThrow();
            assertEquals(BloggerFixtures.OWNER, owner.author().profileUrl(), file);
            assertTrue(owner.author().blogAuthor(), file);
        }
    }

    private static Map<String, String> project(Map<String, Comment> comments, java.util.function.Function<Comment, String> f) {
        return comments.values().stream().collect(Collectors.toMap(Comment::id, f));
    }
}
