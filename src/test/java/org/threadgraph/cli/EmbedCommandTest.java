package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.testing.SharedNeo4j;

/** embed and similar from the command line, on one seed thread in the shared database. */
class EmbedCommandTest {

    private static final Path SEED = Path.of("src/main/resources/samples/seeds/000_46c285a75653f71c.txt");
    private static final String BLOG = "https://probationmatters.blogspot.com/";

    private String uri;

    @BeforeEach
    void ingest() {
        uri = SharedNeo4j.uri();
        CliRunner.Run run = CliRunner.run("ingest", "--uri", uri, "--blog", BLOG, "--no-link", SEED.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void embedsEachCommentOnceAndFindsTheClosest() {
        CliRunner.Run first = CliRunner.run("embed", "--uri", uri);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("Embedded 15 comments (0 unchanged, skipped)"), first.out());

        CliRunner.Run again = CliRunner.run("embed", "--uri", uri);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("Nothing to embed: all 15 comments with text have an embedding of their current text",
                again.out().strip());

        CliRunner.Run similar = CliRunner.run("similar", "--uri", uri, "--limit", "3",
                "probation officers lose their high risk cases");
        assertEquals(0, similar.exitCode(), similar.err());
        List<String> lines = similar.out().lines().toList();
        assertEquals("3 comments closest in meaning to \"probation officers lose their high risk cases\"", lines.get(0));
        assertTrue(lines.get(2).contains("High Risk Cases") || lines.get(2).toLowerCase().contains("high risk"),
                similar.out());
    }

    @Test
    void similarBeforeEmbedIsAUserError() {
        CliRunner.Run run = CliRunner.run("similar", "--uri", uri, "anything");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("run `threadgraph embed` first"), run.err());
    }
}
