package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Author;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/** Numbering the newest comments of a post among those stored before. */
class CrawlThreadsTest {

    private static final Blog BLOG = Blog.ofUrl("https://example.blogspot.com/");
    private static final Instant T0 = Instant.parse("2016-02-23T10:00:00Z");

    private static Comment comment(String id, String parent, int minute, int position, String label) {
        return new Comment(id, "100", parent, position, label, new Author("Anonymous", null, false),
                T0.plusSeconds(60L * minute), null, "text " + id, false, 1.0);
    }

    private static PostThread fresh(Comment... comments) {
        return new PostThread(BLOG, Post.stub("100", BLOG.key()), List.of(comments), List.of(),
                new SourceReport("feed", FeedPage.JSON,
                        List.of("feed page holds comments 1–2 of 5; positions and labels left unknown")));
    }

    private final List<Comment> stored = new ArrayList<>(List.of(
            comment("1", null, 1, 1, "1"), comment("2", "1", 2, 2, "1.1"), comment("3", null, 3, 3, "2")));

    @Test
    void newCommentsAreNumberedAndStoredOnesThatMoveAreRewritten() {
        PostThread out = CrawlThreads.withStored(
                fresh(comment("5", null, 5, 0, null), comment("4", "1", 4, 0, null)), stored, 5);
        assertEquals(List.of("4:3:1.2", "3:4:2", "5:5:3"),
                out.comments().stream().map(c -> c.id() + ":" + c.position() + ":" + c.label()).toList());
        assertTrue(out.report().warnings().isEmpty(), out.report().warnings().toString());
    }

    @Test
    void withoutEveryCommentTheFreshOnesStayUnnumbered() {
        PostThread in = fresh(comment("5", null, 5, 0, null), comment("4", "1", 4, 0, null));
        assertSame(in, CrawlThreads.withStored(in, stored, 7));
        assertSame(in, CrawlThreads.withStored(in, stored, null));
    }

    @Test
    void textCopyCommentsAmongTheStoredAreIgnored() {
        stored.add(new Comment("100#9", "100", null, 9, "9", new Author("X", null, false), null, null, "copy",
                false, 0.8));
        PostThread out = CrawlThreads.withStored(fresh(comment("4", null, 4, 0, null)), stored, 4);
        assertEquals(List.of("4:4:3"), out.comments().stream()
                .map(c -> c.id() + ":" + c.position() + ":" + c.label()).toList());
    }
}
