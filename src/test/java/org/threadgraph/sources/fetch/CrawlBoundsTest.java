package org.threadgraph.sources.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.FeedPage;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.testing.CrawlFixtureServer;

/**
 * The crawler against hostile servers (issue 12, item 6): every case ends within a stated time,
 * with a one-line message, keeping what was fetched before. Timeouts are shortened so the whole
 * class runs in seconds (the defaults they stand for are in {@link FetchPolicy#defaults()}); the
 * time bounds asserted leave a few seconds of slack for a loaded machine.
 */
class CrawlBoundsTest {

    private static final String PICK_PATH = CrawlFixtureServer.commentsPath(CrawlFixtureServer.PICK);
    private static final String TR_CRAP_PATH = CrawlFixtureServer.commentsPath(CrawlFixtureServer.TR_CRAP);

    private CrawlFixtureServer server;
    private CrawlFixtureServer otherPort;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void start() {
        server = CrawlFixtureServer.start();
        otherPort = CrawlFixtureServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
        otherPort.close();
    }

    /** Generous limits, for the cases not about time, so a loaded machine does not trip them. */
    private FetchPolicy policy() {
        return shortTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    private static FetchPolicy shortTimeouts(Duration timeout, Duration deadline) {
        return new FetchPolicy(Duration.ZERO, 2, Duration.ofMillis(20), timeout, 1_000_000,
                FetchPolicy.userAgent("crawl-tests@example.org"), deadline, Duration.ofSeconds(2));
    }

    private HttpFetcher fetcher(FetchPolicy policy) {
        return new HttpFetcher(policy, List.of("127.0.0.1"), notices::add);
    }

    private HttpFetcher fetcher() {
        return fetcher(policy());
    }

    private String commentsUrl(String postId) {
        return FeedUrls.commentsFeed(server.base(), postId, 1, 25);
    }

    /** Runs the work and returns how long it took, in milliseconds. */
    private static long millis(ThrowingRunnable work) throws Exception {
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Asserts that the fetcher sent no request but those the blog's server logged. */
    private void assertNothingLeftTheBlog(HttpFetcher f) {
        assertEquals(server.requests().size() + server.robotsRequests().size(), f.requests(),
                "every request the fetcher sent reached the blog's server");
        assertEquals(0, otherPort.requests().size() + otherPort.robotsRequests().size(), "nothing on another port");
    }

    // robots.txt

    @Test
    void robotsTxtIsReadOncePerHostAndObeyed() throws Exception {
        server.robots(200, "User-agent: *\nDisallow: /feeds/" + CrawlFixtureServer.PICK + "/\n");
        HttpFetcher f = fetcher();
        f.get(commentsUrl(CrawlFixtureServer.TREADMILL), FeedPage::parse);
        FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
        assertEquals(FetchException.Kind.DISALLOWED, e.kind());
        assertEquals(commentsUrl(CrawlFixtureServer.PICK) + ": not fetched: http://127.0.0.1:" + port(server)
                + "/robots.txt forbids it for threadgraph (Disallow: /feeds/" + CrawlFixtureServer.PICK + "/)",
                e.getMessage());
        f.get(commentsUrl(CrawlFixtureServer.TR_CRAP), FeedPage::parse);
        assertEquals(1, server.robotsRequests().size(), "robots.txt requested once for three URLs");
        assertTrue(server.robotsRequests().get(0).userAgent().startsWith("threadgraph/"));
        assertEquals(0, server.count(PICK_PATH));
    }

    @Test
    void aRobotsTxtDisallowingEverythingStopsTheCrawlBeforeAnyPageIsFetched() throws Exception {
        server.robots(200, "User-agent: *\nDisallow: /\n");
        MemoryLedger ledger = new MemoryLedger();
        long ms = millis(() -> {
            BlogCrawler.Result r = crawl(fetcher(), ledger);
            assertEquals("robots.txt does not let threadgraph read the posts feed", r.stopReason());
            assertTrue(r.skipped().get(0).contains("robots.txt forbids it for threadgraph (Disallow: /)"),
                    r.skipped().toString());
            assertEquals(0, r.listed());
        });
        assertEquals(List.of(), server.requests(), "only robots.txt was requested");
        assertEquals(1, server.robotsRequests().size());
        assertTrue(ledger.threads.isEmpty());
        assertTrue(ms < 5_000, ms + " ms");
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        server.robots(404, "not found");
        assertEquals(5, fetcher().get(commentsUrl(CrawlFixtureServer.PICK), FeedPage::parse).entryCount());
        assertEquals(1, server.robotsRequests().size());
    }

    @Test
    void aRobotsTxtServerErrorForbidsTheWholeHostForTheRun() {
        server.robots(503, "down for maintenance");
        HttpFetcher f = fetcher();
        FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
        assertEquals(FetchException.Kind.DISALLOWED, e.kind());
        assertTrue(e.getMessage().contains("/robots.txt could not be read: HTTP 503 (after 3 attempts); RFC 9309 "
                + "counts that as disallowing everything"), e.getMessage());
        assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.TREADMILL)));
        assertEquals(3, server.robotsRequests().size(), "one robots.txt fetch, its retries included, for both URLs");
        assertEquals(0, server.requests().size());
    }

    @Test
    void aRobotsTxtRedirectingOffTheHostForbidsTheHost() {
        server.redirect("/robots.txt", otherPort.base() + "/robots.txt");
        HttpFetcher f = fetcher();
        FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
        assertEquals(FetchException.Kind.DISALLOWED, e.kind());
        assertTrue(e.getMessage().contains("/robots.txt could not be read: redirect to " + otherPort.base()
                + "/robots.txt refused: it leaves 127.0.0.1 on port " + port(server)), e.getMessage());
        assertNothingLeftTheBlog(f);
    }

    @Test
    void aStallingRobotsTxtForbidsTheHostWithinTheDeadline() throws Exception {
        server.stall("/robots.txt", Duration.ofSeconds(5));
        HttpFetcher f = fetcher(shortTimeouts(Duration.ofMillis(400), Duration.ofMillis(1_500)));
        long ms = millis(() -> {
            FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
            assertEquals(FetchException.Kind.DISALLOWED, e.kind());
            assertTrue(e.getMessage().contains("/robots.txt could not be read: "), e.getMessage());
            assertTrue(e.getMessage().contains("RFC 9309 counts that as disallowing everything"), e.getMessage());
        });
        assertTrue(ms < 5_000, ms + " ms");
        assertEquals(0, server.requests().size());
    }

    // stalls, endless bodies, redirects, rate limits

    @Test
    void aServerThatStallsAfterTheHeadersCostsAtMostTheDeadlinePerUrl() throws Exception {
        server.stallAfterHeaders(PICK_PATH, Duration.ofSeconds(20));
        HttpFetcher f = fetcher(shortTimeouts(Duration.ofMillis(400), Duration.ofMillis(1_000)));
        long ms = millis(() -> {
            FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
            assertEquals(FetchException.Kind.DEADLINE, e.kind());
            assertTrue(e.getMessage().endsWith("limit for one URL (--deadline)"), e.getMessage());
        });
        assertTrue(ms >= 950 && ms < 4_000, "bounded by the 1 s deadline, not the 20 s stall: " + ms + " ms");
        assertTrue(server.count(PICK_PATH) >= 2, "timed-out attempts were retried while the deadline allowed");
    }

    @Test
    void anEndlessBodyStopsAtTheSizeCap() throws Exception {
        server.endlessBody(PICK_PATH);
        long ms = millis(() -> {
            FetchException e = assertThrows(FetchException.class, () -> fetcher().get(commentsUrl(CrawlFixtureServer.PICK)));
            assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
            assertTrue(e.getMessage().contains("larger than 1000000 bytes"), e.getMessage());
        });
        assertEquals(1, server.count(PICK_PATH), "not retried: " + notices);
        assertTrue(ms < 5_000, ms + " ms");
    }

    @Test
    void aRedirectToAnotherPortOfTheSameHostIsRefused() {
        server.redirect(PICK_PATH, otherPort.base() + PICK_PATH + "?alt=json");
        HttpFetcher f = fetcher();
        FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
        assertEquals(FetchException.Kind.OFF_HOST, e.kind());
        assertTrue(e.getMessage().contains("refused: it leaves 127.0.0.1 on port " + port(server)), e.getMessage());
        assertNothingLeftTheBlog(f);
    }

    @Test
    void aRedirectLoopEndsAfterFiveRedirects() {
        server.redirect("/loop", "/loop");
        FetchException e = assertThrows(FetchException.class, () -> fetcher().get(server.base() + "/loop"));
        assertEquals(FetchException.Kind.HTTP_STATUS, e.kind());
        assertTrue(e.getMessage().endsWith(": more than 5 redirects (a redirect loop?); not followed further"),
                e.getMessage());
        assertEquals(6, server.count("/loop"));
    }

    @Test
    void a429AskingForAnHourStopsTheCrawlAtOnceKeepingThePostsFetchedBefore() throws Exception {
        server.failOnce(TR_CRAP_PATH, 429, "3600");
        MemoryLedger ledger = new MemoryLedger();
        long ms = millis(() -> {
            BlogCrawler.Result r = crawl(fetcher(), ledger);
            assertEquals("the server is rate-limiting (HTTP 429)", r.stopReason());
            assertTrue(r.skipped().get(0).contains("the server asks to wait 3600 s, longer than the 2 s threadgraph "
                    + "waits (--max-retry-after); not waited for"), r.skipped().toString());
            assertEquals(2, r.fetched());
        });
        assertTrue(ms < 5_000, ms + " ms");
        assertEquals(Set.of(CrawlFixtureServer.TREADMILL, CrawlFixtureServer.PICK), ledger.done.keySet());
        assertEquals(8 + 16, ledger.comments(CrawlFixtureServer.TREADMILL) + ledger.comments(CrawlFixtureServer.PICK));
        assertEquals(1, server.count(TR_CRAP_PATH));
    }

    @Test
    void aRetryAfterPastTheDeadlineIsNotWaitedFor() {
        server.failOnce(PICK_PATH, 503, "2");
        HttpFetcher f = fetcher(policy().withDeadline(Duration.ofMillis(1_000)));
        FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
        assertEquals(FetchException.Kind.DEADLINE, e.kind());
        assertTrue(e.getMessage().contains("HTTP 503; gave up after 1 attempt: waiting 2 s for another would pass the "
                + "1 s limit for one URL (--deadline)"), e.getMessage());
    }

    // feeds whose paging never ends

    @Test
    void aNextLinkToTheSamePageStopsAfterOnePage() throws Exception {
        server.nextLink(PICK_PATH, start -> "https://www.blogger.com/feeds/" + CrawlFixtureServer.BLOG_ID + "/"
                + CrawlFixtureServer.PICK + "/comments/default?alt=json&start-index=" + start + "&max-results=25");
        List<FeedPage> pages = FeedPager.all(fetcher(), commentsUrl(CrawlFixtureServer.PICK));
        assertEquals(1, pages.size());
        assertEquals(1, server.count(PICK_PATH));
        assertTrue(notices.get(0).contains("paging stopped after 1 page: the next link of page 1 leads back to a page "
                + "already read"), notices.toString());
    }

    @Test
    void aCycleOfNextLinksStopsWhereItWouldRepeat() throws Exception {
        server.nextLink(PICK_PATH, start -> server.base() + PICK_PATH + "?alt=json&start-index=" + (start == 1 ? 6 : 1)
                + "&max-results=25");
        List<FeedPage> pages = FeedPager.all(fetcher(), commentsUrl(CrawlFixtureServer.PICK));
        assertEquals(2, pages.size(), "A, B, then the link back to A is not followed");
        assertEquals(2, server.count(PICK_PATH));
        assertTrue(notices.get(0).contains("the next link of page 2 leads back to a page already read"), notices.toString());
    }

    @Test
    void aServerIgnoringStartIndexStopsOnTheFirstPageWithNothingNew() throws Exception {
        server.ignoreStartIndex(PICK_PATH);
        server.nextLink(PICK_PATH, start -> server.base() + PICK_PATH + "?alt=json&start-index=" + (start + 5)
                + "&max-results=25");
        List<FeedPage> pages = FeedPager.all(fetcher(), commentsUrl(CrawlFixtureServer.PICK));
        assertEquals(2, pages.size());
        assertTrue(notices.get(0).contains("page 2 (" + server.base() + PICK_PATH
                + "?alt=json&start-index=6&max-results=25) holds no entry that earlier pages did not"), notices.toString());
    }

    @Test
    void aStartIndexPastTheFeedsTotalIsNotFollowed() throws Exception {
        server.nextLink(PICK_PATH, start -> server.base() + PICK_PATH + "?alt=json&start-index=" + (start + 5)
                + "&max-results=5");
        List<FeedPage> pages = FeedPager.all(fetcher(), FeedUrls.commentsFeed(server.base(), CrawlFixtureServer.PICK, 1, 5));
        assertEquals(4, pages.size(), "16 comments, 5 a page; the link to start-index 21 is not followed");
        assertTrue(notices.get(0).contains("asks for start-index 21, past the 16 entries the feed says it holds"),
                notices.toString());
    }

    @Test
    void aLoopingCommentsFeedKeepsWhatWasReadAndLeavesThePostNotComplete() {
        server.ignoreStartIndex(PICK_PATH);
        server.nextLink(PICK_PATH, start -> server.base() + PICK_PATH + "?alt=json&start-index=" + (start + 5)
                + "&max-results=5");
        MemoryLedger ledger = new MemoryLedger();
        BlogCrawler.Result r = new BlogCrawler(fetcher(), ledger, null, options(), 5).crawl(server.base(),
                new CrawlWindow(null, null, SourceOptions.DEFAULT_ZONE), false);
        assertNull(r.stopReason(), "the other posts are crawled");
        assertEquals(2, r.fetched());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).startsWith("post " + CrawlFixtureServer.PICK + " \"Pick of the Week 56\": "
                + "comments feed "), r.skipped().get(0));
        assertTrue(r.skipped().get(0).endsWith("holds no entry that earlier pages did not; the 5 comments held are "
                + "stored, the post stays not complete"), r.skipped().get(0));
        assertEquals(5, ledger.comments(CrawlFixtureServer.PICK));
        assertEquals(Set.of(CrawlFixtureServer.TREADMILL, CrawlFixtureServer.TR_CRAP), ledger.done.keySet());
    }

    // internal addresses

    @Test
    void nextLinksToInternalAddressesNeverLeaveTheBlogsHost() throws Exception {
        List<String> internal = List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/feeds/1/",
                "http://localhost:" + port(server) + PICK_PATH, "http://[::1]:" + port(server) + PICK_PATH,
                otherPort.base() + PICK_PATH, "http://2130706433/feeds/1/", "file:///etc/passwd");
        for (String target : internal) {
            server.clearFaults();
            server.nextLink(PICK_PATH, start -> start == 1 ? target : null);
            HttpFetcher f = fetcher();
            try {
                FeedPager.all(f, commentsUrl(CrawlFixtureServer.PICK));
            } catch (FetchException e) {
                assertTrue(e.kind() == FetchException.Kind.OFF_HOST || e.kind() == FetchException.Kind.BAD_URL,
                        target + ": " + e.getMessage());
            }
            assertNothingLeftTheBlog(f);
            server.clearLog();
        }
    }

    @Test
    void aCrawlOfFeedsLinkingToInternalAddressesRequestsOnlyTheBlog() {
        server.linkEntriesTo("http://169.254.169.254/latest/meta-data/");
        HttpFetcher f = fetcher();
        BlogCrawler.Result r = crawl(f, new MemoryLedger());
        assertTrue(r.complete(), r.skipped().toString());
        assertEquals(3, r.fetched());
        assertTrue(server.requests().stream().allMatch(q -> q.path().startsWith("/feeds/")), server.requests().toString());
        assertNothingLeftTheBlog(f);
    }

    private BlogCrawler.Result crawl(HttpFetcher f, MemoryLedger ledger) {
        return new BlogCrawler(f, ledger, null, options(), 25).crawl(server.base(),
                new CrawlWindow(null, null, SourceOptions.DEFAULT_ZONE), false);
    }

    private SourceOptions options() {
        return new SourceOptions(new Blog("127.0.0.1", server.base() + "/", null, null), SourceOptions.DEFAULT_ZONE);
    }

    private static int port(CrawlFixtureServer s) {
        return Integer.parseInt(s.base().replaceFirst(".*:", ""));
    }

    /** A ledger in memory: what a crawl stored and completed. */
    private static final class MemoryLedger implements CrawlLedger {
        final Map<String, Map<String, Comment>> threads = new HashMap<>();
        final Map<String, Integer> done = new HashMap<>();

        int comments(String postId) {
            return threads.getOrDefault(postId, Map.of()).size();
        }

        @Override
        public Map<String, Integer> completedTotals(Collection<String> postIds) {
            Map<String, Integer> out = new HashMap<>(done);
            out.keySet().retainAll(postIds);
            return out;
        }

        @Override
        public Set<String> storedCommentIds(String postId) {
            return new HashSet<>(threads.getOrDefault(postId, Map.of()).keySet());
        }

        @Override
        public List<Comment> storedComments(String postId) {
            return new ArrayList<>(threads.getOrDefault(postId, Map.of()).values());
        }

        @Override
        public void write(List<PostThread> written) {
            for (PostThread t : written) {
                Map<String, Comment> held = threads.computeIfAbsent(t.post().id(), k -> new HashMap<>());
                t.comments().forEach(c -> held.put(c.id(), c));
            }
        }

        @Override
        public void postDone(String postId, Integer total, int comments) {
            done.put(postId, total);
        }
    }
}
