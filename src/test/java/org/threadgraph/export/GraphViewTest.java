package org.threadgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.render.Escape;
import org.threadgraph.render.Palette;

/** The browser view, opened from file:// in headless Chromium. */
class GraphViewTest {

    private static final Pattern CIRCLE_FILL = Pattern.compile("<circle [^>]*fill=\"(#[0-9a-f]{6})\"");

    private static GraphView view;

    @TempDir
    Path dir;

    @BeforeAll
    static void graph() {
        view = new GraphView(PresentationGraph.create());
    }

    @Test
    void isSelfContained() throws Exception {
        Path page = dir.resolve("view.html");
        view.write(PresentationGraph.POST, page);
        String html = Files.readString(page);
        assertFalse(Pattern.compile("<script[^>]+src=|<link[^>]+href=|<img").matcher(html).find(),
                "nothing is fetched");
        assertTrue(html.contains("d3js.org v7.9.0"), "d3 is inlined from the WebJar");
        assertFalse(html.contains("<script>alert(1)"), "comment text cannot end the data script");
        assertTrue(html.contains("\\u003cscript>alert(1)"));
    }

    @Test
    void rendersEveryCommentInItsCampColourAndShowsTheEvidenceOfAReply() throws Exception {
        Chromium.assume();
        Path page = dir.resolve("view.html");
        GraphView.Summary s = view.write(PresentationGraph.POST_URL, page);
        assertEquals(1 + PresentationGraph.COMMENTS, s.nodes());

        Chromium.Run run = Chromium.dumpDom(page, "#node=6004");
        assertEquals(List.of(), Chromium.scriptErrors(run), run.log());
        Matcher body = Pattern.compile("<body[^>]*>").matcher(run.dom());
        assertTrue(body.find());
        assertEquals("<body data-rendered=\"11\">", body.group(), "rendered, no script error");
        Map<String, String> camps = Palette.camps(List.of("5001-camp-1", "5001-camp-2"));
        Map<String, Long> fills = CIRCLE_FILL.matcher(run.dom()).results().map(m -> m.group(1))
                .collect(java.util.stream.Collectors.groupingBy(c -> c, java.util.stream.Collectors.counting()));
        assertEquals(Map.of(camps.get("5001-camp-1"), 5L, camps.get("5001-camp-2"), 3L, Palette.NO_CAMP, 2L,
                Palette.POST, 1L), fills);
        assertEquals(4, count(run.dom(), "class=\"link structural\""));
        assertEquals(10, count(run.dom(), "class=\"link response\""));
        assertTrue(run.dom().contains("defends Napo; attacks Chris Grayling, Sodexo"),
                "camps named by what they defend and attack in the legend");
        assertFalse(Pattern.compile("<path class=\"link structural\"[^>]*marker-end").matcher(run.dom()).find(),
                "structural replies carry no arrowheads to pile up on their top-level comment");
        String details = run.dom().substring(run.dom().indexOf("<aside id=\"details\">"));
        for (String shown : List.of("Anonymous, 11:00", "anon:6004", "2016-02-23T11:00Z", "Rubbish Netnipper is right",
                "addressed-by-name", "0.90", "\"Netnipper is right\"", "disagree", "0.70", "reply filed under comment 2")) {
            assertTrue(details.contains(Escape.html(shown).replace("&quot;", "\"").replace("&#39;", "'")), shown + " in " + details);
        }
    }

    @Test
    void screenshotShowsTheGraph() throws Exception {
        Chromium.assume();
        Path page = dir.resolve("view.html");
        view.write(PresentationGraph.POST, page);
        Path png = Path.of("target", "screenshots", "view-post.png");
        Chromium.screenshot(page, "#node=6004", png);
        assertTrue(Chromium.colours(png) > 40, "a drawn graph has many colours, an empty page few");
    }

    @Test
    void withoutAPostShowsTheParticipantGraph() throws Exception {
        Chromium.assume();
        Path page = dir.resolve("participants.html");
        GraphView.Summary s = view.write(null, page);
        assertEquals(5, s.nodes());
        Path png = Path.of("target", "screenshots", "view-participants.png");
        Chromium.Run run = Chromium.screenshot(page, "", png);
        assertEquals(List.of(), Chromium.scriptErrors(run), run.log());
        assertTrue(Chromium.colours(png) > 40);
    }

    @Test
    void oneCommentWritersNobodyAnsweredAreHiddenUntilAsked() throws Exception {
        Chromium.assume();
        Database db = PresentationGraph.create();
        new CypherRunner(db).run("""
                MATCH (p:Post {id: '5002'})
                CREATE (:Participant {key: 'anon:7003', name: 'Anonymous', kind: 'anonymous'})-[:WROTE]->
                       (:Comment {id: '7003', postId: '5002', position: 3, label: '3', clock: '12:00', text: 'Hello.'})
                       -[:ON]->(p)
                """, Map.of(), true);
        try {
            Path page = dir.resolve("participants.html");
            assertEquals(6, new GraphView(db).write(null, page).nodes());
            Chromium.Run run = Chromium.dumpDom(page, "");
            assertEquals(List.of(), Chromium.scriptErrors(run), run.log());
            assertTrue(Pattern.compile("<circle [^>]*data-id=\"anon:7003\"[^>]*display=\"none\"").matcher(run.dom())
                    .find(), "hidden by default: " + run.dom());
            assertTrue(run.dom().contains("show 1 one-comment writer nobody answered"), "a toggle shows them");
            assertTrue(run.dom().contains("Anonymous, 12:00 on \"Pick of the Week\""), "named by its caption");
            assertFalse(Pattern.compile("<circle [^>]*data-id=\"blogger:111\"[^>]*display=\"none\"")
                    .matcher(run.dom()).find(), "people who talk to each other are shown");
        } finally {
            view = new GraphView(PresentationGraph.create());
        }
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
