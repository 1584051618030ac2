package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path a new user takes: the embedded database in a data directory, started by the command itself. */
class EmbeddedDefaultTest {

    @Test
    void demoIngestsEverySampleIntoTheEmbeddedDatabase(@TempDir Path dir) {
        CliRunner.Run run = CliRunner.run("demo", "--db", dir.resolve("data").toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("TR Is Crap Says Research"), run.out());
        assertTrue(run.out().contains("Central participants"), run.out());
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("out/view/participants.html")));
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("out/reports/posts/index.html")));
        assertTrue(java.nio.file.Files.isRegularFile(dir.resolve("out/blog.graphml")));
        CliRunner.Run again = CliRunner.run("query", "--db", dir.resolve("data").toString(), "--format", "json",
                "MATCH (c:Comment) RETURN count(c) AS n");
        assertEquals(0, again.exitCode(), again.err());
        // Every sample form of a thread merged: each comment once (15 + 8 + 45 + 16).
        assertTrue(again.out().contains("\"n\" : 84"), again.out());
    }
}
