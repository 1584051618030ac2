package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.export.PresentationGraph;
import org.threadgraph.render.BrowserGuide;

/** The named query library: headers, --list, defaults, and participants given by name or handle. */
class NamedQueriesTest {

    private static String uri;

    @BeforeAll
    static void graph() {
        uri = PresentationGraph.create().uri();
    }

    @Test
    void everyNamedQueryRunsPlainlyWithItsDefaults() {
        List<NamedQueries.NamedQuery> all = NamedQueries.all();
        assertEquals(13, all.size(), all.toString());
        for (NamedQueries.NamedQuery q : all) {
            assertTrue(!q.description().isBlank(), q.name() + " says what it answers");
            CliRunner.Run run = CliRunner.run("query", "--uri", uri, "--name", q.name(), "--format", "csv");
            assertEquals(0, run.exitCode(), q.name() + ": " + run.err());
        }
    }

    @Test
    void neo4jBrowserGetsTheSameDefaultsAsTheCommandLine(@TempDir Path dir) throws IOException {
        List<NamedQueries.NamedQuery> all = NamedQueries.all();
        List<BrowserGuide.Query> guide = NamedQueries.forBrowser(all);
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.get(i).params().size(); j++) {
                NamedQueries.Param declared = all.get(i).params().get(j);
                String kind = declared.kind() == NamedQueries.Kind.VALUE ? ""
                        : " (" + declared.kind().name().toLowerCase(Locale.ROOT) + ")";
                Path query = Files.writeString(dir.resolve("q.cypher"), "// param " + declared.name() + kind + ": "
                        + declared.defaultText() + " — the value\nRETURN $" + declared.name() + " AS value\n");
                CliRunner.Run cli = CliRunner.run("query", "--uri", uri, "--format", "csv", "--file", query.toString());
                CliRunner.Run browser = CliRunner.run("query", "--uri", uri, "--format", "csv",
                        "RETURN " + guide.get(i).params().get(j).expression() + " AS value");
                String what = all.get(i).name() + " $" + declared.name();
                assertEquals(0, browser.exitCode(), what + ": " + browser.err());
                assertEquals(cli.out(), browser.out(), what);
                assertTrue(cli.out().lines().count() == 2 && !cli.out().contains("\n\n"), what + ": " + cli.out());
            }
        }
    }

    @Test
    void listShowsEachQueryWithItsParametersAndDefaults() {
        CliRunner.Run run = CliRunner.run("query", "--list");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("busiest-threads\n    the top-level comments that drew the most structural "
                + "replies"), run.out());
        assertTrue(run.out().contains("    --param limit=…  how many comments (default: 10)"), run.out());
        assertTrue(run.out().contains("    --param key=…  the participant: key, display name or sign-off handle"),
                run.out());
    }

    @Test
    void aParticipantParameterTakesAHandle() {
        CliRunner.Run byHandle = CliRunner.run("query", "--uri", uri, "--name", "comments-by-participant",
                "--param", "key=getafix", "--format", "csv");
        assertEquals(0, byHandle.exitCode(), byHandle.err());
        assertEquals(1 + 5, byHandle.out().lines().count(), "Getafix's five comments: " + byHandle.out());
        CliRunner.Run bySignOff = CliRunner.run("query", "--uri", uri, "--name", "participant-opponents",
                "--param", "key='Getafix", "--format", "csv");
        assertEquals(0, bySignOff.exitCode(), bySignOff.err());
    }

    @Test
    void anAmbiguousParticipantListsTheCandidates() {
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "--name", "comments-by-participant", "--param",
                "key=Anonymous");
        assertEquals(1, run.exitCode());
        assertEquals("threadgraph: --param key=Anonymous is ambiguous: 2 participants match: anon:6004 (Anonymous, "
                + "11:00 on \"TR Is Crap Says Research\", 1 comment); anon:6009 (Anonymous, 21:00 on \"TR Is Crap Says "
                + "Research\", 1 comment). Give one of these keys.", run.err().strip());
        CliRunner.Run nobody = CliRunner.run("query", "--uri", uri, "--name", "comments-by-participant", "--param",
                "key=Nobody");
        assertEquals("threadgraph: --param key=Nobody: no participant with that key, name or handle",
                nobody.err().strip());
    }

    @Test
    void aMalformedParameterLineIsNamed() {
        UserException e = org.junit.jupiter.api.Assertions.assertThrows(UserException.class,
                () -> NamedQueries.parse("mine", "// description: x\n// param limit 10\nRETURN 1"));
        assertEquals("mine.cypher, line 2: a parameter is declared as \"// param NAME [(participant|post)]: DEFAULT — "
                + "DESCRIPTION\"", e.getMessage());
    }
}
