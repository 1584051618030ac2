package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.sources.BloggerFixtures.PROBATION;
import static org.threadgraph.sources.BloggerFixtures.fixture;
import static org.threadgraph.sources.BloggerFixtures.read;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

class BloggerTakeoutSourceTest {

    @Test
    void readsTakeoutSkippingSpamDraftsAndPages() throws Exception {
        List<PostThread> threads = read(new BloggerTakeoutSource(), fixture("takeout-feed.atom"), PROBATION);
        assertTrue(threads.stream().allMatch(t -> t.report().format().equals("blogger-takeout")));
        assertEquals("probationmatters.blogspot.com", threads.get(0).blog().key());
        assertEquals(BloggerFixtures.BLOG_ID, threads.get(0).blog().bloggerId());
        assertEquals("7700000000000000001", threads.get(0).post().id());
        assertEquals("Pick of the Week 56", threads.get(0).post().title());
        assertEquals("https://probationmatters.blogspot.com/2020/01/pick-of-week-takeout.html", threads.get(0).post().url());
        assertEquals(Instant.parse("2020-01-12T07:40:00Z"), threads.get(0).post().published());

        Map<String, Comment> cs = BloggerFixtures.byId(threads);
        assertEquals(5, cs.size());
        assertFalse(cs.containsKey("7710000000000000003"), "SPAM_COMMENT skipped");
        assertNull(cs.get("7710000000000000001").parentId(), "empty blogger:inReplyTo is top-level");
        assertEquals("7710000000000000001", cs.get("7710000000000000002").parentId(), "inReplyTo as a tag id");
        assertEquals("7710000000000000004", cs.get("7710000000000000005").parentId(), "inReplyTo as a bare id");
        assertEquals("7700000000000000001", cs.get("7710000000000000005").postId());
        assertTrue(cs.get("7710000000000000005").author().blogAuthor(), "same profile as the post's author");
        assertTrue(cs.get("7710000000000000001").author().isAnonymous(), "empty <uri> is no URL");
        assertEquals("2.1", cs.get("7710000000000000005").label());
        assertEquals("08:03", cs.get("7710000000000000001").clock(), "derived from the UTC time in the blog's zone");

        List<String> summary = threads.get(threads.size() - 1).report().warnings();
        assertTrue(summary.contains(
                "skipped 2 × comment with status SPAM_COMMENT, 1 × page entry, 1 × post with status DRAFT"),
                summary.toString());
    }

    @Test
    void warnsWhenNoBlogIsNamed() throws Exception {
        List<PostThread> threads = read(new BloggerTakeoutSource(), fixture("takeout-feed.atom"), SourceOptions.defaults());
        assertEquals("unknown-blog", threads.get(0).blog().key());
        assertNull(threads.get(0).post().url());
        assertTrue(threads.get(threads.size() - 1).report().warnings().stream()
                .anyMatch(w -> w.contains("names no blog host")));
    }
}
