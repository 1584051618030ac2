package org.threadgraph.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.export.Chromium;
import org.threadgraph.export.PresentationGraph;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.store.GraphStats;

/** Participant and post reports on the analysed fixture graph, in HTML and Markdown. */
class ReportsTest {

    private static Database db;

    @TempDir
    Path dir;

    @BeforeAll
    static void graph() {
        db = PresentationGraph.create();
    }

    private static String html(List<Path> files) throws Exception {
        return Files.readString(files.stream().filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow());
    }

    private static String md(List<Path> files) throws Exception {
        return Files.readString(files.stream().filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow());
    }

    @Test
    void participantReportSaysWhatTheGraphKnowsAboutThem() throws Exception {
        List<Path> files = new Reports(db, false).participant(PresentationGraph.GETAFIX, dir);
        assertEquals(2, files.size());
        String html = html(files);
        String md = md(files);
        for (String text : List.of(html, md)) {
            assertTrue(text.contains("Getafix"), text);
            assertTrue(text.contains("5 on 2 posts"), "comments and posts");
            assertTrue(text.contains("0.220 (rank 2 of 5)"), "PageRank with its rank");
            assertTrue(text.contains("8.000 (rank 2 of 5)"), "betweenness with its rank");
            assertTrue(text.contains("defends Napo; attacks Chris Grayling, Sodexo"), "camp named by its stands");
            assertTrue(text.contains("Answers 3 times by 3 other participants: 2 agreeing (67%), 1 disagreeing (33%)."),
                    "answer stances");
            assertTrue(text.contains("Is answered 4 times by 2 other participants: 1 agreeing (25%), 1 disagreeing "
                    + "(25%)."), "who answers");
            assertTrue(text.contains("Chris Grayling"), "mentions");
            assertTrue(text.contains(PresentationGraph.POST_URL + "?showComment=1456230600000#c6005"),
                    "most answered comment links to the blog");
            assertTrue(text.contains("most central (starts the longest discussion) and most responded-to · 1 direct "
                    + "response, 7 in the discussion below it"), text);
        }
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertTrue(html.contains("<title>2016-03: comments 1</title>"), "a bar per month");
        assertTrue(md.contains("| Jim Brown | 3 | 1 | 0 | 2 | 33% | 0% |"), "captions, never keys, in tables");
        assertTrue(md.contains("- **Answers others:** 3 times\n- **Answers the post itself:** 1 time\n"
                + "- **Answered by others:** 4 times"), "the analysis's degrees, one definition, plurals right");
        assertTrue(md.contains("| Napo | organisation | 2 | 2 | 0 |"), md);
        assertTrue(md.contains("| 2016-02 | 4 |"), "the chart's numbers in Markdown");
    }

    @Test
    void ranksAreCountedFromScoresWhenTheAnalysisStoredNone() throws Exception {
        new CypherRunner(db).run("MATCH (p:Participant) REMOVE p.pagerankRank, p.betweennessRank", Map.of(), true);
        try {
            String md = md(new Reports(db, false).participant("blogger:333", dir));
            assertTrue(md.contains("**PageRank:** 0.180 (rank 3 of 5)"), md);
            assertTrue(md.contains("**Betweenness:** 3.000 (rank 3 of 5)"), md);
        } finally {
            db = PresentationGraph.create();
        }
    }

    @Test
    void postReportReadsTheDeepestChainInOrder() throws Exception {
        List<Path> files = new Reports(db, false).post(PresentationGraph.POST_URL, dir);
        assertEquals(List.of(dir.resolve("post-5001.html"), dir.resolve("post-5001.md")), files);
        String html = html(files);
        String md = md(files);
        for (String text : List.of(html, md)) {
            assertTrue(text.contains("TR Is Crap Says Research"));
            assertTrue(text.contains("23 h 15 min"), "duration");
            assertTrue(text.contains("0.620"), "polarisation");
            assertTrue(text.contains("defends Sodexo; attacks Chris Grayling"), "camps named by their stands");
            assertTrue(text.contains("change, innovation"), "camp terms");
            assertTrue(text.contains("7 comments, each answering the one before it"), text);
        }
        int last = -1;
        for (String id : PresentationGraph.DEEPEST_CHAIN) {
            int at = md.indexOf("#c" + id + ")");
            assertTrue(at > last, "chain in reading order: " + id);
            last = at;
        }
        assertTrue(md.contains("disagrees with the comment above (“I disagree”)"), md);
        assertTrue(md.contains("| Sodexo | organisation | 3 | 3 | 2 | 1 |"), md);
    }

    @Test
    void commentTextCannotBecomeMarkup() throws Exception {
        List<Path> files = new Reports(db, false).participant("anon:6009", dir);
        assertTrue(html(files).contains("nobody at the MoJ will read it. &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(md(files).contains("nobody at the MoJ will read it. &lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void redactionHidesAddressesAndNumbersInBothFormats() throws Exception {
        List<Path> plain = new Reports(db, false).post(PresentationGraph.POST, dir.resolve("plain"));
        assertTrue(md(plain).contains("jim.brown@example.org"));
        assertTrue(html(plain).contains("07700 900123"));
        List<Path> files = new ArrayList<>(new Reports(db, true).post(PresentationGraph.POST, dir.resolve("redacted")));
        files.addAll(new Reports(db, true).participant("blogger:111", dir.resolve("redacted")));
        for (Path f : files) {
            String text = Files.readString(f);
            for (String secret : List.of("jim.brown@example.org", "07700 900123", "+44 20 7946 0958", "7946")) {
                assertFalse(text.contains(secret), secret + " in " + f);
            }
        }
        String md = md(files);
        assertTrue(md.contains("\\[phone removed\\]") && md.contains("\\[e-mail removed\\]"), md);
        assertTrue(html(files).contains("[phone removed]"));
    }

    @Test
    void allWritesAnIndex() throws Exception {
        List<Path> files = new Reports(db, false).allPosts(dir);
        assertTrue(files.contains(dir.resolve("index.html")));
        String index = Files.readString(dir.resolve("index.md"));
        assertTrue(index.contains("[TR Is Crap Says Research](post-5001.md)"), index);
        assertTrue(index.contains("[Pick of the Week](post-5002.md)"), index);
    }

    @Test
    void blogOverviewAgreesWithStatsAndDrawsTheNetwork() throws Exception {
        List<Path> files = new Reports(db, false).blog(dir);
        assertEquals(List.of(dir.resolve("blog.html"), dir.resolve("blog.md")), files);
        String md = md(files);
        for (Map.Entry<String, Long> label : GraphStats.labelCounts(db).entrySet()) {
            assertTrue(md.contains("| " + label.getKey() + " | " + label.getValue() + " |"), label + " as stats counts");
        }
        assertTrue(md.contains("- **Comments:** 12\n"), md);
        assertTrue(md.contains("- **Real replies:** 11 (9 to comments, 2 to the post)"), md);
        assertTrue(md.contains("- **Components:** 1 (the largest holds 5 participants)"), md);
        assertTrue(md.contains("- **Density:** 0.3500"), "7 pairs among 5 participants");
        assertTrue(md.contains("- **Reciprocity:** 0.286"), "Getafix and Netnipper answer each other: 2 of 7");
        assertTrue(md.contains("| TR Is Crap Says Research](" + PresentationGraph.POST_URL + ") | 0.62 | 2 | 10 |")
                || md.contains("[TR Is Crap Says Research](" + PresentationGraph.POST_URL + ") | 0.62 | 2 | 10 |"), md);
        assertTrue(md.contains("| 1 | Jim Brown | 3 | 0.310 | 1 |"), "central participants by caption");
        assertTrue(md.contains("| 4 | Anonymous, 11:00 on \"TR Is Crap Says Research\" | 1 |"), md);
        String html = html(files);
        assertEquals(5, html.split("<circle class=\"node\"", -1).length - 1, "every answering participant drawn");
        assertEquals(html, html(new Reports(db, false).blog(dir.resolve("again"))), "the same picture every time");
    }

    @Test
    void blogOverviewLoadsInChromiumWithItsCharts() throws Exception {
        Chromium.assume();
        List<Path> files = new Reports(db, false).blog(Path.of("target", "screenshots"));
        Chromium.Run run = Chromium.dumpDom(files.get(0), "");
        assertEquals(List.of(), Chromium.scriptErrors(run));
        assertTrue(run.dom().contains("class=\"network\"") && run.dom().contains("class=\"chart\""), run.dom());
        Path png = Path.of("target", "screenshots", "report-blog.png");
        Chromium.screenshot(files.get(0), "", png);
        assertTrue(Chromium.colours(png) > 30, "text, charts and the network, not a blank page");
    }

    @Test
    void screenshotOfAReportPage() throws Exception {
        Chromium.assume();
        List<Path> files = new Reports(db, false).post(PresentationGraph.POST, Path.of("target", "screenshots"));
        Path png = Path.of("target", "screenshots", "report-post.png");
        Chromium.Run run = Chromium.screenshot(files.get(0), "", png);
        assertEquals(List.of(), Chromium.scriptErrors(run));
        assertTrue(Chromium.colours(png) > 30, "text and charts, not a blank page");
    }
}
