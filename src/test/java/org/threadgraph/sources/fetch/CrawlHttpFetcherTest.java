package org.threadgraph.sources.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.sources.FeedPage;
import org.threadgraph.testing.CrawlFixtureServer;
import org.threadgraph.testing.CrawlFixtureServer.Request;

/** The polite fetcher against a real local HTTP server: retries, back-off, limits, hosts, delay. */
class CrawlHttpFetcherTest {

    private CrawlFixtureServer server;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void start() {
        server = CrawlFixtureServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpFetcher fetcher(Duration delay, int retries, Duration timeout, long maxBytes) {
        FetchPolicy policy = new FetchPolicy(delay, retries, Duration.ofMillis(20), timeout, maxBytes,
                FetchPolicy.userAgent("crawl-tests@example.org"));
        return new HttpFetcher(policy, List.of("127.0.0.1"), notices::add);
    }

    private HttpFetcher fetcher() {
        return fetcher(Duration.ofMillis(5), 2, Duration.ofSeconds(10), 10_000_000);
    }

    private String commentsUrl(String postId) {
        return FeedUrls.commentsFeed(server.base(), postId, 1, 25);
    }

    @Test
    void sendsAUserAgentNamingThreadgraphAndTheContact() throws Exception {
        fetcher().get(commentsUrl(CrawlFixtureServer.TREADMILL), FeedPage::parse);
        String ua = server.requests().get(0).userAgent();
        assertTrue(ua.startsWith("threadgraph/0.1 (research crawler"), ua);
        assertTrue(ua.contains("+crawl-tests@example.org"), ua);
    }

    @Test
    void a503IsRetriedThenSucceeds() throws Exception {
        String path = CrawlFixtureServer.commentsPath(CrawlFixtureServer.TREADMILL);
        server.failOnce(path, 503, null);
        HttpFetcher f = fetcher();
        FeedPage page = f.get(commentsUrl(CrawlFixtureServer.TREADMILL), FeedPage::parse);
        assertEquals(CrawlFixtureServer.COMMENTS_PER_PAGE, page.entryCount());
        assertEquals(2, server.count(path));
        assertEquals(1, f.retries());
        assertTrue(notices.get(0).contains("HTTP 503"), notices.toString());
    }

    @Test
    void a429WaitsAsLongAsRetryAfterSays() throws Exception {
        String path = CrawlFixtureServer.commentsPath(CrawlFixtureServer.PICK);
        server.failOnce(path, 429, "1");
        fetcher().get(commentsUrl(CrawlFixtureServer.PICK), FeedPage::parse);
        List<Request> log = server.requests();
        assertEquals(2, log.size());
        long gapMillis = (log.get(1).nanos() - log.get(0).nanos()) / 1_000_000;
        assertTrue(gapMillis >= 950, "Retry-After: 1 honoured, waited only " + gapMillis + " ms");
    }

    @Test
    void aRetryAfterLongerThanTheCapIsReportedAsRateLimiting() {
        String path = CrawlFixtureServer.commentsPath(CrawlFixtureServer.PICK);
        server.failOnce(path, 429, "3600");
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher().get(commentsUrl(CrawlFixtureServer.PICK), FeedPage::parse));
        assertEquals(FetchException.Kind.RATE_LIMITED, e.kind());
        assertTrue(e.getMessage().contains("asks to wait 3600 s"), e.getMessage());
        assertEquals(1, server.count(path));
    }

    @Test
    void aCutConnectionIsRetriedThenReportedWithItsUrl() {
        String path = CrawlFixtureServer.commentsPath(CrawlFixtureServer.TR_CRAP);
        server.truncate(path, true);
        String url = commentsUrl(CrawlFixtureServer.TR_CRAP);
        FetchException e = assertThrows(FetchException.class, () -> fetcher().get(url, FeedPage::parse));
        assertEquals(FetchException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().startsWith(url + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
        assertEquals(3, server.count(path));
    }

    @Test
    void aTruncatedFeedIsRetriedThenReportedAsUnreadable() {
        String path = CrawlFixtureServer.commentsPath(CrawlFixtureServer.TR_CRAP);
        server.truncate(path, false);
        String url = commentsUrl(CrawlFixtureServer.TR_CRAP);
        FetchException e = assertThrows(FetchException.class, () -> fetcher().get(url, FeedPage::parse));
        assertEquals(FetchException.Kind.UNREADABLE, e.kind());
        assertTrue(e.getMessage().startsWith(url + ": unreadable response: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(3, server.count(path));
    }

    @Test
    void aRedirectToAnotherHostIsRefusedAndOneOnTheHostFollowed() throws Exception {
        String path = CrawlFixtureServer.commentsPath(CrawlFixtureServer.TREADMILL);
        server.redirect(path, "http://elsewhere.invalid/feeds/x");
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher().get(commentsUrl(CrawlFixtureServer.TREADMILL)));
        assertEquals(FetchException.Kind.OFF_HOST, e.kind());
        assertTrue(e.getMessage().contains("redirect to host elsewhere.invalid refused"), e.getMessage());
        assertEquals(1, server.count(path));

        server.clearFaults();
        server.redirect("/moved", server.base() + CrawlFixtureServer.TR_CRAP_PAGE);
        String page = fetcher().get(server.base() + "/moved");
        assertTrue(page.contains("TR Is Crap Says Research"), "gzip-encoded page decoded after the redirect");
    }

    @Test
    void aUrlOnAnotherHostIsNeverRequested() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher().get("http://localhost:" + server.base().replaceFirst(".*:", "") + "/feeds/posts/default"));
        assertEquals(FetchException.Kind.OFF_HOST, e.kind());
        assertEquals(0, server.requests().size());
        FetchException ftp = assertThrows(FetchException.class, () -> fetcher().get("ftp://127.0.0.1/x"));
        assertEquals(FetchException.Kind.BAD_URL, ftp.kind());
    }

    @Test
    void aResponseOverTheSizeCapIsStoppedAndNotRetried() {
        String url = commentsUrl(CrawlFixtureServer.PICK);
        HttpFetcher f = fetcher(Duration.ofMillis(5), 2, Duration.ofSeconds(10), 2_000);
        FetchException e = assertThrows(FetchException.class, () -> f.get(url, FeedPage::parse));
        assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("larger than 2000 bytes"), e.getMessage());
        assertEquals(1, server.requests().size());

        server.chunked(true);
        FetchException streamed = assertThrows(FetchException.class, () -> f.get(url, FeedPage::parse));
        assertEquals(FetchException.Kind.TOO_LARGE, streamed.kind(), "no Content-Length: stopped while reading");
        assertEquals(2, server.requests().size());
        // The post page is 76 KB, 22 KB gzipped: under a 40 KB cap on the wire, over it once decompressed.
        HttpFetcher f40 = fetcher(Duration.ofMillis(5), 2, Duration.ofSeconds(10), 40_000);
        FetchException unzipped = assertThrows(FetchException.class,
                () -> f40.get(server.base() + CrawlFixtureServer.TR_CRAP_PAGE));
        assertEquals(FetchException.Kind.TOO_LARGE, unzipped.kind());
        assertTrue(unzipped.getMessage().contains("once decompressed"), unzipped.getMessage());
    }

    @Test
    void aStalledServerTimesOut() {
        String path = CrawlFixtureServer.commentsPath(CrawlFixtureServer.PICK);
        server.stall(path, Duration.ofSeconds(3));
        HttpFetcher f = fetcher(Duration.ofMillis(5), 0, Duration.ofMillis(300), 10_000_000);
        long t0 = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> f.get(commentsUrl(CrawlFixtureServer.PICK)));
        assertEquals(FetchException.Kind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("timed out after 300 ms"), e.getMessage());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2_500, "gave up at the timeout, not at the server's pace");
    }

    @Test
    void aMissingPageIsNotRetried() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher().get(server.base() + "/no/such/page"));
        assertEquals(FetchException.Kind.HTTP_STATUS, e.kind());
        assertTrue(e.getMessage().endsWith(": HTTP 404"), e.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void requestsAreSpacedByTheDelay() throws Exception {
        HttpFetcher f = fetcher(Duration.ofMillis(60), 0, Duration.ofSeconds(10), 10_000_000);
        List<FeedPage> pages = FeedPager.all(f, commentsUrl(CrawlFixtureServer.PICK));
        assertEquals(4, pages.size(), "16 comments, 5 a page");
        List<Request> log = server.requests();
        for (int i = 1; i < log.size(); i++) {
            long gap = (log.get(i).nanos() - log.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gap >= 55, "request " + i + " came " + gap + " ms after the one before");
        }
    }

    @Test
    void nextLinksOnBloggerComAreMappedOntoTheBlogsHost() throws Exception {
        String current = "https://x.blogspot.com/feeds/123/comments/default?alt=json&start-index=1&max-results=25";
        assertEquals("https://x.blogspot.com/feeds/123/comments/default?alt=json&start-index=26&max-results=25",
                FeedUrls.next(current, "https://www.blogger.com/feeds/999/123/comments/default?alt=json&start-index=26"
                        + "&max-results=25", "999"));
        assertEquals("https://x.blogspot.com/feeds/posts/default?start-index=3",
                FeedUrls.next("https://x.blogspot.com/feeds/posts/default", "http://x.blogspot.com/feeds/posts/default"
                        + "?start-index=3", null));
        assertEquals("https://x.blogspot.com/feeds/posts/default?alt=json&orderby=published&start-index=26"
                        + "&max-results=25",
                FeedUrls.next("https://x.blogspot.com/feeds/posts/default?alt=json&orderby=published&start-index=1"
                        + "&max-results=25", "https://www.blogger.com/feeds/999/posts/default?start-index=26"
                        + "&max-results=25", "999"), "parameters the next link leaves out are kept");
        assertThrows(FetchException.class, () -> FeedUrls.next(current, "https://evil.example/feeds/1/", "999"));
        assertThrows(FetchException.class,
                () -> FeedUrls.next(current, "https://www.blogger.com/feeds/1000/posts/default", "999"));
    }
}
