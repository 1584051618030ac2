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
import org.threadgraph.testing.SharedNeo4j;

/** The CLI end to end against the shared real database, reached by --uri as an external server would be. */
class IngestAndQueryTest {

    private static final Path SEEDS = Path.of("src/main/resources/samples/seeds");
    private static final String BLOG = "https://probationmatters.blogspot.com/";

    private String uri;

    @BeforeEach
    void clear() {
        uri = SharedNeo4j.cleared().uri();
    }

    private JsonNode json(String cypher) throws Exception {
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "--format", "json", cypher);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void ingestsTheSeedsAndAnswersQueries() throws Exception {
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--blog", BLOG, SEEDS.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("15 comments (10 top-level, 5 replies)"), run.out());
        JsonNode rows = json("MATCH (c:Comment) RETURN count(c) AS n");
        assertTrue(rows.get(0).get("n").asInt() > 15 + 8 + 16, rows.toString());
        JsonNode post = json("MATCH (p:Post {title: 'TR Is Crap Says Research'}) RETURN toString(p.date) AS d");
        assertEquals("2016-02-23", post.get(0).get("d").asText());
    }

    @Test
    void theBundledSamplesFolderIngestsClean() {
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--no-link", "--blog", BLOG,
                "src/main/resources/samples");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("skipped"), run.out());
        assertTrue(run.out().contains("Ingesting 10 files"), run.out());
    }

    @Test
    void anEmptyFolderIsAUserErrorNamingIt(@TempDir Path empty) {
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, empty.toString());
        assertEquals(1, run.exitCode());
        assertEquals("threadgraph: " + empty + ": the folder holds no files to read", run.err().strip());
    }

    @Test
    void quietKeepsOnlyWhatWentWrong() {
        CliRunner.Run run = CliRunner.run("ingest", "--quiet", "--uri", uri, "--no-link", "--blog", BLOG,
                SEEDS.resolve("000_46c285a75653f71c.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("000_46c285a75653f71c.txt"), run.out());
    }

    @Test
    void secondIngestChangesNoCount() throws Exception {
        CliRunner.run("ingest", "--uri", uri, "--blog", BLOG, SEEDS.toString());
        String counts = CliRunner.run("stats", "--uri", uri).out();
        assertEquals(0, CliRunner.run("ingest", "--uri", uri, "--blog", BLOG, SEEDS.toString()).exitCode());
        assertEquals(counts, CliRunner.run("stats", "--uri", uri).out());
    }

    @Test
    void writesAreRefusedWithExitCodeOne() {
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "CREATE (n)");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("read-only"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void namedQueriesRunWithParameters() {
        CliRunner.run("ingest", "--uri", uri, "--blog", BLOG, SEEDS.toString());
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "--name", "busiest-threads", "--param", "limit=3",
                "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(4, run.out().lines().count(), run.out());
    }

    @Test
    void missingPathIsAClearUserError() {
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "no/such/file.txt");
        assertEquals(1, run.exitCode());
        assertEquals("threadgraph: no/such/file.txt: no such file or folder", run.err().strip());
    }

    @Test
    void aFileThatIsNotAThreadIsNamedAndTheRestIsStored(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Shopping list\nmilk\neggs\n");
        Path seed = SEEDS.resolve("001_7bdf047bcd8d19ad.txt");
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--blog", BLOG, notes.toString(), seed.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains(notes + ": not a blog thread"), run.out());
        assertTrue(run.err().contains("1 of 2 file(s) could not be read"), run.err());
        assertEquals(1, CliRunner.run("query", "--uri", uri, "MATCH (p:Post) RETURN p.title").out().lines()
                .filter(l -> l.contains("The Probation Treadmill")).count());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ingest", "query", "stats", "serve", "demo"}) {
            CliRunner.Run run = CliRunner.run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: threadgraph " + command), run.out());
        }
    }

    @Test
    void aUserGazetteerAddsEntities(@TempDir Path dir) throws Exception {
        Path gazetteer = Files.writeString(dir.resolve("mine.tsv"),
                "org:european-journal-of-probation\tEuropean Journal of Probation\torganisation\tEJP\n");
        Path seed = SEEDS.resolve("001_7bdf047bcd8d19ad.txt");
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--blog", BLOG, "--gazetteer", gazetteer.toString(),
                seed.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, json("MATCH (:Post)-[:MENTIONS]->(e:Entity {key: 'org:european-journal-of-probation'}) "
                + "RETURN count(e) AS n").get(0).get("n").asInt());

        Path broken = Files.writeString(dir.resolve("broken.tsv"), "only-a-key\n");
        CliRunner.Run bad = CliRunner.run("link", "--uri", uri, "--all", "--gazetteer", broken.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("broken.tsv"), bad.err());
    }
}
