package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.export.PresentationGraph;
import org.threadgraph.testing.SharedNeo4j;

/** export, view and report from the command line, against the shared database reached by --uri. */
class PresentCommandsTest {

    private static final Path SEED = Path.of("src/main/resources/samples/seeds/000_46c285a75653f71c.txt");
    private static final String BLOG = "https://probationmatters.blogspot.com/";

    @TempDir
    Path dir;

    private String uri;

    @BeforeEach
    void graph() {
        uri = PresentationGraph.create().uri();
    }

    @Test
    void exportsEachFormat() {
        for (String format : new String[] {"graphml", "gexf", "dot", "json"}) {
            Path out = dir.resolve("replies." + format);
            CliRunner.Run run = CliRunner.run("export", "--uri", uri, "--format", format, "--post",
                    PresentationGraph.POST_URL, "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("wrote 11 nodes and 14 edges (replies graph of " + PresentationGraph.POST_URL
                    + ") to " + out), run.out());
            assertTrue(Files.isRegularFile(out));
        }
        CliRunner.Run csv = CliRunner.run("export", "--uri", uri, "--format", "csv", "--out",
                dir.resolve("csv").toString());
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().contains("neo4j-admin-import.txt"), csv.out());
        assertTrue(Files.isRegularFile(dir.resolve("csv/nodes-Comment.csv")));
    }

    @Test
    void anUnknownPostIsAUserError() {
        CliRunner.Run run = CliRunner.run("export", "--uri", uri, "--format", "dot", "--post", "no-such-post",
                "--out", dir.resolve("x.dot").toString());
        assertEquals(1, run.exitCode());
        assertEquals("threadgraph: no post with id or URL no-such-post", run.err().strip());
        CliRunner.Run view = CliRunner.run("view", "--uri", uri, "--post", "no-such-post", "--out",
                dir.resolve("x.html").toString());
        assertEquals("threadgraph: no post with id or URL no-such-post", view.err().strip());
        CliRunner.Run report = CliRunner.run("report", "post", "--uri", uri, "no-such-post", "--out", dir.toString());
        assertEquals("threadgraph: no post with id or URL no-such-post", report.err().strip());
    }

    @Test
    void anUnwritableOutputIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Path inside = file.resolve("out.graphml");
        CliRunner.Run run = CliRunner.run("export", "--uri", uri, "--format", "graphml", "--out", inside.toString());
        assertEquals(1, run.exitCode());
        assertEquals("threadgraph: cannot write " + inside + ": no folder " + file, run.err().strip());

        CliRunner.Run csv = CliRunner.run("export", "--uri", uri, "--format", "csv", "--out",
                file.resolve("csv").toString());
        assertEquals(1, csv.exitCode());
        assertEquals("threadgraph: cannot write " + file.resolve("csv") + ": not a directory", csv.err().strip());

        CliRunner.Run report = CliRunner.run("report", "post", "--uri", uri, "--all", "--out", file.toString());
        assertEquals("threadgraph: cannot write into " + file + ": it is a file, not a folder", report.err().strip());
    }

    @Test
    void anAmbiguousNameListsTheKeys() {
        CliRunner.Run run = CliRunner.run("report", "participant", "--uri", uri, "anonymous", "--out", dir.toString());
        assertEquals(1, run.exitCode());
        assertEquals("threadgraph: 2 participants are named \"anonymous\": anon:6004 (Anonymous, 11:00 on "
                + "\"TR Is Crap Says Research\", 1 comment); anon:6009 (Anonymous, 21:00 on \"TR Is Crap Says Research\", "
                + "1 comment). Give one of these keys instead.", run.err().strip());
        CliRunner.Run byKey = CliRunner.run("report", "participant", "--uri", uri, "anon:6009", "--out",
                dir.toString());
        assertEquals(0, byKey.exitCode(), byKey.err());
        CliRunner.Run byName = CliRunner.run("report", "participant", "--uri", uri, "GETAFIX", "--redact", "--out",
                dir.toString());
        assertEquals(0, byName.exitCode(), byName.err());
        assertTrue(byName.out().startsWith("wrote the report on " + PresentationGraph.GETAFIX), byName.out());
        CliRunner.Run nobody = CliRunner.run("report", "participant", "--uri", uri, "Nobody", "--out", dir.toString());
        assertEquals("threadgraph: no participant with key or name Nobody", nobody.err().strip());
    }

    @Test
    void viewWritesOnePage() throws Exception {
        Path out = dir.resolve("blog.html");
        CliRunner.Run run = CliRunner.run("view", "--uri", uri, "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Participants: who answers whom"), run.out());
        assertTrue(Files.readString(out).contains("\"mode\":\"participants\""));
    }

    @Test
    void everyNewCommandHasHelp() {
        for (String[] command : new String[][] {{"export"}, {"view"}, {"report"}, {"report", "participant"},
            {"report", "post"}}) {
            String[] args = new String[command.length + 1];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--help";
            CliRunner.Run run = CliRunner.run(args);
            assertEquals(0, run.exitCode(), String.join(" ", command));
            assertTrue(run.out().startsWith("Usage: threadgraph " + String.join(" ", command)), run.out());
        }
    }

    @Test
    void blogWideFiguresAChangedPostLeftBehindAreRecomputedByAnalyseBlogOrBeforeAReport() throws Exception {
        String db = SharedNeo4j.cleared().uri();
        Path seed = Files.copy(SEED, dir.resolve("seed.txt"));
        assertEquals(0, CliRunner.run("ingest", "--uri", db, "--blog", BLOG, seed.toString()).exitCode());
        assertEquals(0, CliRunner.run("analyse", "--uri", db, "--all").exitCode());
        Files.writeString(seed, Files.readString(seed) + "\n  11. \"How can you assess acute risk factors?\" You "
                + "cannot, and nobody who has done the job thinks otherwise.\n\n    ReplyDelete\n");

        CliRunner.Run changed = CliRunner.run("ingest", "--uri", db, "--blog", BLOG, seed.toString());
        assertEquals(0, changed.exitCode(), changed.err());
        assertTrue(changed.out().contains("do not count 1 changed post yet: `analyse --blog` recomputes them"),
                changed.out());
        CliRunner.Run report = CliRunner.run("report", "blog", "--uri", db, "--out", dir.resolve("r").toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.err().contains("recomputed the blog-wide figures first: they did not count 1 changed post"),
                report.err());
        assertFalse(CliRunner.run("report", "blog", "--uri", db, "--out", dir.resolve("r").toString()).err()
                .contains("recomputed"), "current now");

        CliRunner.Run blog = CliRunner.run("analyse", "--uri", db, "--blog");
        assertEquals(0, blog.exitCode(), blog.err());
        assertTrue(blog.out().contains("Central participants (blog-wide"), blog.out());
        assertFalse(blog.out().contains("Deepest threads") || blog.out().contains("Divided posts"),
                "posts are left as they are: " + blog.out());
        assertEquals(1, CliRunner.run("analyse", "--uri", db, "--blog", "--all").exitCode(), "one of them");
    }

    @Test
    void reportsOnAnIngestedSeedThread() throws Exception {
        String db = SharedNeo4j.cleared().uri();
        CliRunner.Run ingest = CliRunner.run("ingest", "--uri", db, "--blog", BLOG, SEED.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        JsonNode rows = new ObjectMapper().readTree(CliRunner.run("query", "--uri", db, "--format", "json",
                "MATCH (w:Participant)-[:WROTE]->(c:Comment) WITH w, count(c) AS n ORDER BY n DESC, w.key LIMIT 1 "
                        + "RETURN w.key AS key").out());
        String key = rows.get(0).get("key").asText();

        CliRunner.Run report = CliRunner.run("report", "participant", "--uri", db, key, "--out", dir.toString());
        assertEquals(0, report.exitCode(), report.err());
        Path md = Files.list(dir).filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        String text = Files.readString(md);
        assertTrue(text.contains(key.replace("_", "\\_")), text);
        assertTrue(text.contains("TR Is Crap Says Research"), "the comment's post");
        assertTrue(text.contains("## Representative comments"), text);

        CliRunner.Run post = CliRunner.run("report", "post", "--uri", db, "--all", "--out", dir.toString());
        assertEquals(0, post.exitCode(), post.err());
        assertTrue(Files.readString(dir.resolve("index.md")).contains("TR Is Crap Says Research"));
        CliRunner.Run view = CliRunner.run("export", "--uri", db, "--format", "graphml", "--out",
                dir.resolve("blog.graphml").toString());
        assertEquals(0, view.exitCode(), view.err());
    }

    @Test
    void reportsAgreeWithWhatAnalyseStored() throws Exception {
        String db = SharedNeo4j.cleared().uri();
        assertEquals(0, CliRunner.run("ingest", "--uri", db, "--blog", BLOG, SEED.toString()).exitCode());
        CliRunner.Run analyse = CliRunner.run("analyse", "--uri", db, "--all");
        assertEquals(0, analyse.exitCode(), analyse.err());
        JsonNode stored = new ObjectMapper().readTree(CliRunner.run("query", "--uri", db, "--format", "json",
                "MATCH (w:Participant) WHERE w.outDegree IS NOT NULL WITH w ORDER BY w.inDegree + w.outDegree DESC, "
                        + "w.key LIMIT 1 MATCH (p:Post) WHERE p.realDepth IS NOT NULL RETURN w.key AS key, "
                        + "w.inDegree AS in, w.outDegree AS out, p.id AS post, p.realDepth AS depth, "
                        + "COUNT { (w)-[:WROTE]->() } AS comments").out()).get(0);
        long in = Math.round(stored.get("in").asDouble());
        long out = Math.round(stored.get("out").asDouble());

        assertEquals(0, CliRunner.run("report", "participant", "--uri", db, stored.get("key").asText(), "--out",
                dir.toString()).exitCode());
        Path md = Files.list(dir).filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        String participant = Files.readString(md);
        assertTrue(participant.contains("**Answers others:** " + out + (out == 1 ? " time\n" : " times\n")),
                "out-degree " + out + " in " + participant);
        assertTrue(participant.contains("**Answered by others:** " + in + (in == 1 ? " time\n" : " times\n")),
                "in-degree " + in + " in " + participant);
        assertFalse(participant.matches("(?s).*\\b1 (times|comments|responses)\\b.*"), "singular after 1");
        assertFalse(participant.lines().filter(l -> !l.startsWith("- **Key:**")).anyMatch(l -> l.contains("anon:")),
                "no raw keys in prose, only the Key fact");
        long charted = 0;
        for (String line : participant.lines().filter(l -> l.matches("\\| \\d{4}-\\d{2} \\| \\d+ \\|")).toList()) {
            charted += Long.parseLong(line.split("\\|")[2].strip());
        }
        java.util.regex.Matcher undated = java.util.regex.Pattern.compile("(\\d+) comments? ha(?:s|ve) no date")
                .matcher(participant);
        long comments = stored.get("comments").asLong();
        assertEquals(comments, charted + (undated.find() ? Long.parseLong(undated.group(1)) : 0),
                "the activity chart accounts for every comment");

        assertEquals(0, CliRunner.run("report", "post", "--uri", db, stored.get("post").asText(), "--out",
                dir.resolve("post").toString()).exitCode());
        String post = Files.readString(dir.resolve("post").resolve("post-" + stored.get("post").asText() + ".md"));
        long depth = stored.get("depth").asLong();
        assertTrue(post.contains("comments on the longest chain of replies):** " + depth + "\n"), post);
        if (depth > 1) {
            assertTrue(post.contains(depth + " comments, each answering the one before it"), "the chain shown is "
                    + "the chain counted");
        }
    }
}
