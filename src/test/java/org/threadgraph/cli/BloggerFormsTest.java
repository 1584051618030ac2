package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadgraph.testing.SharedNeo4j;

/** A post page and its comment feed give one graph, alone or together, in any order. */
class BloggerFormsTest {

    private static final Path BLOGGER = Path.of("src/main/resources/samples/blogger");
    private static final String SNAPSHOT = """
            MATCH (c:Comment) OPTIONAL MATCH (c)-[:REPLY_TO]->(p:Comment)
            RETURN c.id AS id, p.id AS parent, c.clock AS clock, toString(c.published) AS published, c.label AS label
            ORDER BY id""";

    private static String snapshot(String uri) throws Exception {
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "--format", "json", SNAPSHOT);
        assertEquals(0, run.exitCode(), run.err());
        return run.out();
    }

    private static void ingest(String uri, Path... files) {
        String[] args = new String[files.length + 3];
        args[0] = "ingest";
        args[1] = "--uri";
        args[2] = uri;
        for (int i = 0; i < files.length; i++) {
            args[i + 3] = files[i].toString();
        }
        CliRunner.Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed000", "seed001", "seed003"})
    void pageAndFeedGiveTheSameCommentsAndMergeWithoutDuplicates(String seed) throws Exception {
        Path page = BLOGGER.resolve(seed + ".html");
        Path feed = BLOGGER.resolve(seed + "-comments-p1.json");
        String uri = SharedNeo4j.cleared().uri();
        ingest(uri, page);
        String fromPage = snapshot(uri);
        uri = SharedNeo4j.cleared().uri();
        ingest(uri, feed);
        assertEquals(fromPage, snapshot(uri));
        ingest(uri, page, feed, page);
        assertEquals(fromPage, snapshot(uri));
    }

    @org.junit.jupiter.api.Test
    void theBleatingCommentShowsTwentyOneFiftyFour() throws Exception {
        String uri = SharedNeo4j.cleared().uri();
        ingest(uri, BLOGGER.resolve("seed000-comments-p1.json"));
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "--format", "json",
                "MATCH (c:Comment) WHERE c.text STARTS WITH 'All this bleating about' RETURN c.clock AS clock");
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertEquals("21:54", rows.get(0).get("clock").asText());
    }
}
