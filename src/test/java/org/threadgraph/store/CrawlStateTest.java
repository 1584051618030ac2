package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.testing.SharedNeo4j;
import org.threadgraph.testing.Threads;

/** The crawl bookkeeping on Post and Blog nodes. */
class CrawlStateTest {

    private Database db;
    private CrawlState state;

    @BeforeEach
    void clear() {
        db = SharedNeo4j.cleared();
        state = new CrawlState(db);
        try (ThreadWriter writer = new ThreadWriter(db)) {
            writer.write(Threads.blogger("TR Is Crap Says Research", LocalDate.of(2016, 2, 23),
                    "1", "Great article.", "1.1", "Agreed.", "2", "All this bleating."));
        }
    }

    @Test
    void aPostIsCompletedOnlyOnceMarked() {
        assertEquals(Map.of(), state.completedTotals(List.of("100", "999")));
        assertEquals(Set.of("101", "10101", "102"), state.commentIds("100"));
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        state.postDone("100", 3, 3, at);
        assertEquals(Map.of("100", 3), state.completedTotals(List.of("100", "999")));
        CrawlState.PostCrawl post = state.post("100").orElseThrow();
        assertEquals(3, post.total());
        assertEquals(at, post.crawledAt());
        state.postDone("100", null, 4, at);
        assertEquals(4, state.post("100").orElseThrow().total(), "without a feed count, the comments held count");
        state.postDone("999", 1, 1, at);
        assertTrue(state.post("999").isEmpty(), "marking a post that is not stored creates nothing");
    }

    @Test
    void theBlogRemembersTheLastCrawl() {
        String key = Threads.BLOG.key();
        assertTrue(state.blog(key).isEmpty());
        Instant start = Instant.parse("2026-01-02T03:04:05Z");
        state.started(key, "https://example.blogspot.com/", "2016-01", null, start);
        CrawlState.BlogCrawl running = state.blog(key).orElseThrow();
        assertEquals("2016-01", running.since());
        assertNull(running.until());
        assertNull(running.finishedAt());
        state.finished(key, start.plusSeconds(60), 3, 39, 1);
        CrawlState.BlogCrawl done = state.blog(key).orElseThrow();
        assertEquals(start.plusSeconds(60), done.finishedAt());
        assertEquals(39L, done.newComments());
        assertEquals(1L, done.skipped());
        state.started(key, "https://example.blogspot.com/", null, null, start.plusSeconds(120));
        assertNull(state.blog(key).orElseThrow().finishedAt(), "a new crawl clears the last one's end");
    }
}
