package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.testing.CrawlFixtureServer.PICK;
import static org.threadgraph.testing.CrawlFixtureServer.POSTS_PATH;
import static org.threadgraph.testing.CrawlFixtureServer.TREADMILL;
import static org.threadgraph.testing.CrawlFixtureServer.TR_CRAP;
import static org.threadgraph.testing.CrawlFixtureServer.commentsPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.store.GraphStats;
import org.threadgraph.testing.CrawlFixtureServer;
import org.threadgraph.testing.CrawlFixtureServer.Request;
import org.threadgraph.testing.SharedNeo4j;

/**
 * {@code crawl} and {@code ingest URL} end to end: a real local HTTP server serving a small blog
 * (3 posts, 2 to a page of the posts feed; 39 comments, 5 to a page) and the shared real database.
 */
class CrawlCommandTest {

    private static final int ALL_COMMENTS = 8 + 16 + 15;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CrawlFixtureServer server;
    private Database db;
    private String uri;

    @BeforeEach
    void start() {
        db = SharedNeo4j.cleared();
        uri = db.uri();
        server = CrawlFixtureServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRunner.Run crawl(String... extra) {
        List<String> args = new ArrayList<>(List.of("crawl", "--uri", uri, server.base() + "/", "--backoff", "20ms"));
        args.addAll(List.of(extra));
        if (!args.contains("--delay")) {
            args.addAll(List.of("--delay", "10ms"));
        }
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** Runs a read query on the shared database directly (a CLI run per check would only add start-up time). */
    private JsonNode json(String cypher) {
        return MAPPER.valueToTree(new CypherRunner(db).run(cypher, Map.of(), false).rows());
    }

    private String stats() {
        return GraphStats.labelCounts(db) + " " + GraphStats.relationshipCounts(db);
    }

    private long count(String cypher) {
        return json(cypher).get(0).get("n").asLong();
    }

    private long comments(String postId) {
        return count("MATCH (c:Comment {postId: '" + postId + "'}) WHERE c.text IS NOT NULL RETURN count(c) AS n");
    }

    private JsonNode comment(String id) {
        return json("MATCH (c:Comment {id: '" + id + "'}) RETURN c.position AS position, c.label AS label").get(0);
    }

    @Test
    void crawlsTheBlogThenFetchesNothingThenOnlyTheNewComments() {
        CliRunner.Run first = crawl("--contact", "crawl-tests@example.org");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("3 posts listed, 3 to fetch, 0 complete already"), first.out());
        assertTrue(first.out().contains("2016/02/tr-is-crap-says-research.html"), first.out());
        assertEquals(3, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals(ALL_COMMENTS, count("MATCH (c:Comment) RETURN count(c) AS n"));
        assertEquals(15, comments(TR_CRAP));
        // Every page was read: posts 2 pages; comments ceil(8/5) + ceil(16/5) + ceil(15/5).
        assertEquals(2, server.count(POSTS_PATH));
        assertEquals(2, server.count(commentsPath(TREADMILL)));
        assertEquals(4, server.count(commentsPath(PICK)));
        assertEquals(3, server.count(commentsPath(TR_CRAP)));
        assertTrue(server.requests().stream().allMatch(r -> r.userAgent().startsWith("threadgraph/0.1 (")
                && r.userAgent().contains("crawl-tests@example.org")));
        // Comments read over several pages are numbered as the post page numbers them.
        assertEquals(0, count("MATCH (c:Comment) WHERE c.label IS NULL RETURN count(c) AS n"));
        assertEquals("5.1", comment("6293673095429291655").get("label").asText());
        JsonNode post = json("MATCH (p:Post {id: '" + TREADMILL + "'}) RETURN p.crawledTotal AS total, "
                + "p.crawledCommentCount AS held, p.crawledAt IS NOT NULL AS at, p.title AS title, "
                + "toString(p.date) AS date").get(0);
        assertEquals(8, post.get("total").asInt());
        assertEquals(8, post.get("held").asInt());
        assertTrue(post.get("at").asBoolean());
        assertEquals("The Probation Treadmill", post.get("title").asText());
        assertEquals("2022-07-03", post.get("date").asText());
        JsonNode blog = json("MATCH (b:Blog {key: '127.0.0.1'}) RETURN b.crawlFinishedAt IS NOT NULL AS finished, "
                + "b.crawlSkipped AS skipped, b.crawlSince AS since").get(0);
        assertTrue(blog.get("finished").asBoolean());
        assertEquals(0, blog.get("skipped").asInt());
        assertTrue(blog.get("since").isNull());

        server.clearLog();
        String before = stats();
        CliRunner.Run second = crawl();
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertEquals(0, server.commentFeedRequests(), "a second crawl reads only the posts feed");
        assertEquals(2, server.requests().size());
        assertTrue(second.out().contains("3 posts listed, 0 to fetch, 3 complete already"), second.out());
        assertTrue(second.out().contains("last crawl: started"), second.out());
        assertEquals(before, stats());

        server.addNewComments();
        server.clearLog();
        CliRunner.Run third = crawl();
        assertEquals(0, third.exitCode(), third.out() + third.err());
        assertTrue(third.out().contains("1 to fetch"), third.out());
        assertTrue(third.out().contains("2 new comments (1 page, incremental)"), third.out());
        assertEquals(1, server.commentFeedRequests(), "only the newest page of the one post that grew");
        assertEquals(1, server.count(commentsPath(TREADMILL)));
        assertEquals(ALL_COMMENTS + 2, count("MATCH (c:Comment) WHERE c.text IS NOT NULL RETURN count(c) AS n"));
        assertEquals(10, comments(TREADMILL));
        // The new reply joins its thread, the new top-level comment comes last, and the comment
        // after the reply moves down one place.
        assertEquals("5.2", comment("1183456029377120946").get("label").asText());
        assertEquals(8, comment("1183456029377120946").get("position").asInt());
        assertEquals("7", comment("7719043312210558801").get("label").asText());
        assertEquals(10, comment("7719043312210558801").get("position").asInt());
        assertEquals(9, comment("2998979560538823456").get("position").asInt());
        assertEquals(1, count("MATCH (:Comment {id: '1183456029377120946'})-[:REPLY_TO]->"
                + "(:Comment {id: '3274232964178145536'}) RETURN count(*) AS n"));
        assertEquals(10, count("MATCH (p:Post {id: '" + TREADMILL + "'}) RETURN p.crawledTotal AS n"));
    }

    @Test
    void sinceAndUntilLimitThePostsEvenWhenTheServerIgnoresThem() {
        CliRunner.Run run = crawl("--since", "2020-01", "--until", "2020-12");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("(posts: 2020-01..2020-12)"), run.out());
        assertTrue(run.out().contains("1 post listed, 1 to fetch"), run.out());
        assertEquals(1, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals(16, comments(PICK));
        assertEquals(0, server.count(commentsPath(TREADMILL)));
        assertEquals(0, server.count(commentsPath(TR_CRAP)));
        Request first = server.requests().get(0);
        assertEquals("2020-01-01T00:00:00Z", first.param("published-min"));
        assertEquals("2021-01-01T00:00:00Z", first.param("published-max"));
        assertEquals("published", first.param("orderby"));
        assertEquals("2020-01", json("MATCH (b:Blog {key: '127.0.0.1'}) RETURN b.crawlSince AS s").get(0)
                .get("s").asText());

        String before = stats();
        server.clearLog();
        CliRunner.Run again = crawl("--since", "2020-01", "--until", "2020-12", "--refetch");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("0 new comments (4 pages)"), again.out());
        assertEquals(4, server.count(commentsPath(PICK)), "--refetch reads a completed post whole again");
        assertEquals(before, stats());
    }

    @Test
    void aServerThatKeepsRateLimitingStopsTheCrawl() {
        server.failOnce(commentsPath(TREADMILL), 429, "3600");
        CliRunner.Run run = crawl();
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("threadgraph: stopped early: the server is rate-limiting (HTTP 429); 1 item skipped (see above);"
                + " what was read is stored, rerun later to continue", run.err().strip());
        assertEquals(1, server.commentFeedRequests(), "no further post is tried");
        assertEquals(3, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals(0, count("MATCH (p:Post) WHERE p.crawledTotal IS NOT NULL RETURN count(p) AS n"));
    }

    @Test
    void aTruncatedResponseIsReportedTheRestStoredAndARerunFinishesThePost() {
        String page2 = commentsPath(PICK) + "?start-index=6";
        server.truncate(page2, false);
        CliRunner.Run run = crawl("--max-retries", "1");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("skipped  post " + PICK + " \"Pick of the Week 56\": " + server.base()
                + commentsPath(PICK) + "?alt=json&start-index=6&max-results=5: unreadable response: line 1: not JSON"),
                run.out());
        assertEquals("threadgraph: 1 item skipped (see above); the rest was stored, rerun to retry",
                run.err().strip());
        assertFalse((run.out() + run.err()).contains("Exception"), run.out() + run.err());
        assertEquals(2, server.requests().stream()
                .filter(r -> r.path().equals(commentsPath(PICK)) && "6".equals(r.param("start-index"))).count());
        assertEquals(3, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals(8, comments(TREADMILL));
        assertEquals(15, comments(TR_CRAP));
        assertEquals(0, comments(PICK), "a post is stored only once all its pages are read");
        assertTrue(json("MATCH (p:Post {id: '" + PICK + "'}) RETURN p.crawledTotal AS t").get(0).get("t").isNull());
        assertEquals(1, json("MATCH (b:Blog {key: '127.0.0.1'}) RETURN b.crawlSkipped AS s").get(0).get("s").asInt());

        server.clearFaults();
        server.clearLog();
        CliRunner.Run rerun = crawl();
        assertEquals(0, rerun.exitCode(), rerun.out() + rerun.err());
        assertEquals(4, server.commentFeedRequests(), "only the skipped post, all its pages");
        assertEquals(4, server.count(commentsPath(PICK)));
        assertEquals(ALL_COMMENTS, count("MATCH (c:Comment) WHERE c.text IS NOT NULL RETURN count(c) AS n"));
    }

    @Test
    void a503AndA429WithRetryAfterAreRetriedAndTheCrawlSucceeds() {
        server.failOnce(POSTS_PATH, 503, null);
        server.failOnce(commentsPath(TREADMILL), 429, "1");
        CliRunner.Run run = crawl();
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("note: retry 1/3"), run.out());
        assertTrue(run.out().contains("HTTP 503"), run.out());
        assertTrue(run.out().contains("HTTP 429"), run.out());
        assertEquals(ALL_COMMENTS, count("MATCH (c:Comment) WHERE c.text IS NOT NULL RETURN count(c) AS n"));
        List<Request> treadmill = server.requests().stream()
                .filter(r -> r.path().equals(commentsPath(TREADMILL)) && "1".equals(r.param("start-index"))).toList();
        assertEquals(2, treadmill.size());
        long gap = (treadmill.get(1).nanos() - treadmill.get(0).nanos()) / 1_000_000;
        assertTrue(gap >= 950, "Retry-After: 1 honoured; waited " + gap + " ms");
        assertEquals(3, server.count(POSTS_PATH), "the posts feed's first page twice, then its second");
    }

    @Test
    void aRedirectToAnotherHostIsRefusedAndTheOthersAreStored() {
        server.redirect(commentsPath(TR_CRAP), "https://elsewhere.invalid/feeds/" + TR_CRAP + "/comments/default");
        CliRunner.Run run = crawl();
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("redirect to host elsewhere.invalid refused"), run.out());
        assertTrue(run.err().strip().startsWith("threadgraph: 1 item skipped"), run.err());
        assertEquals(1, server.count(commentsPath(TR_CRAP)), "an off-host redirect is not retried");
        assertEquals(8 + 16, count("MATCH (c:Comment) WHERE c.text IS NOT NULL RETURN count(c) AS n"));
    }

    @Test
    void requestsAreSpacedByTheDelay() {
        CliRunner.Run run = crawl("--since", "2020-01", "--until", "2020-12", "--delay", "50ms");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<Request> log = server.requests();
        assertEquals(2 + 4, log.size(), "2 posts feed pages (the second is older than the window: no third), "
                + "4 comment pages");
        for (int i = 1; i < log.size(); i++) {
            long gap = (log.get(i).nanos() - log.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gap >= 45, "request " + i + " came " + gap + " ms after the one before");
        }
    }

    @Test
    void ingestReadsOnePostPageByUrl() {
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--delay", "10ms",
                server.base() + CrawlFixtureServer.TR_CRAP_PAGE);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("Ingesting 1 URL into"), run.out());
        assertTrue(run.out().contains("15 comments (10 top-level, 5 replies)"), run.out());
        assertEquals(15, comments(TR_CRAP));
        assertEquals(1, server.requests().size());
    }

    @Test
    void ingestFollowsTheNextPagesOfACommentsFeedUrl() {
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--delay", "10ms",
                server.base() + commentsPath(PICK) + "?alt=json");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("(4 pages)"), run.out());
        assertEquals(4, server.count(commentsPath(PICK)));
        assertEquals(16, comments(PICK));
        assertEquals(0, count("MATCH (c:Comment) WHERE c.label IS NULL RETURN count(c) AS n"),
                "all pages read together are numbered");
    }

    @Test
    void ingestReportsAUrlItCannotFetchAndStoresTheRest() {
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--delay", "10ms",
                server.base() + "/2016/02/no-such-post.html", server.base() + CrawlFixtureServer.TR_CRAP_PAGE);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("skipped  " + server.base() + "/2016/02/no-such-post.html: HTTP 404"),
                run.out());
        assertEquals("threadgraph: 1 of 2 input(s) could not be read; the others were stored", run.err().strip());
        assertEquals(15, comments(TR_CRAP));
    }

    @Test
    void badArgumentsAreOneLineUserErrors() {
        CliRunner.Run ftp = CliRunner.run("crawl", "--uri", uri, "ftp://example.org/");
        assertEquals(1, ftp.exitCode());
        assertEquals("threadgraph: ftp://example.org/: not an http(s) URL (e.g. https://example.blogspot.com/)",
                ftp.err().strip());
        CliRunner.Run month = CliRunner.run("crawl", "--uri", uri, server.base(), "--since", "Feb 2016");
        assertEquals(1, month.exitCode());
        assertTrue(month.err().contains("'Feb 2016' is not a month; write YYYY-MM"), month.err());
        CliRunner.Run order = CliRunner.run("crawl", "--uri", uri, server.base(), "--since", "2016-03", "--until",
                "2016-02");
        assertEquals("threadgraph: --until 2016-02 is before --since 2016-03", order.err().strip());
        assertEquals(0, server.requests().size());
    }

    @Test
    void helpExplainsTheRules() {
        CliRunner.Run help = CliRunner.run("crawl", "--help");
        assertEquals(0, help.exitCode());
        for (String s : List.of("--since", "--until", "--delay", "--max-retries", "--backoff", "--timeout",
                "--max-bytes", "--contact", "Resumable", "Retry-After", "crawledTotal")) {
            assertTrue(help.out().contains(s), s + " in:\n" + help.out());
        }
    }
}
