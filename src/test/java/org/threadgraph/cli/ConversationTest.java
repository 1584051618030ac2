package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadgraph.testing.SharedNeo4j;

/**
 * The real conversation and its analysis on the bundled samples, end to end through the CLI: every
 * sample form ingested (and so linked), then analysed, as {@code demo} does.
 */
class ConversationTest {

    private static final String BLOG = "https://probationmatters.blogspot.com/";
    private static String uri;

    @BeforeAll
    static void ingestAndAnalyse() {
        uri = SharedNeo4j.cleared().uri();
        CliRunner.Run ingest = CliRunner.run("ingest", "--uri", uri, "--blog", BLOG,
                "src/main/resources/samples/blogger", "src/main/resources/samples/seeds");
        assertEquals(0, ingest.exitCode(), ingest.err());
        CliRunner.Run analyse = CliRunner.run("analyse", "--uri", uri, "--all");
        assertEquals(0, analyse.exitCode(), analyse.err());
    }

    private static JsonNode query(String cypher) throws Exception {
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "--format", "json", cypher);
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void clockReferencesAnswerTheCommentShownAtThatTime() throws Exception {
        JsonNode rows = query("""
                MATCH (c:Comment)-[r:RESPONDS_TO]->(t:Comment)
                WHERE c.text STARTS WITH 'Excellent points 21:54' OR c.text STARTS WITH 'Anon 21:54 I absolutely agree'
                RETURN left(t.text, 23) AS target, t.clock AS clock, r.method AS method, r.evidence AS evidence""");
        assertEquals(2, rows.size(), rows.toString());
        for (JsonNode row : rows) {
            assertEquals("All this bleating about", row.get("target").asText());
            assertEquals("21:54", row.get("clock").asText());
            assertEquals("clock", row.get("method").asText());
            assertTrue(row.get("evidence").asText().contains("21:54"), row.toString());
        }
    }

    @Test
    void selfIdentificationJoinsTheWriters() throws Exception {
        JsonNode rows = query("""
                MATCH (p:Participant)-[w:WROTE]->(c:Comment)
                WHERE c.text STARTS WITH '21:54 here' OR c.text STARTS WITH 'All this bleating about'
                RETURN DISTINCT p.key AS key, w.method AS method""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("self-identification", rows.get(0).get("method").asText());
    }

    @Test
    void theGetafixSignOffIsOneParticipantAcrossPosts() throws Exception {
        JsonNode rows = query("""
                MATCH (p:Participant)-[:WROTE]->(c:Comment) WHERE c.handle = 'getafix'
                RETURN count(DISTINCT p) AS participants, count(DISTINCT c.postId) AS posts, count(c) AS comments""");
        assertEquals(1, rows.get(0).get("participants").asInt());
        assertEquals(2, rows.get(0).get("posts").asInt());
        assertTrue(rows.get(0).get("comments").asInt() >= 3, rows.toString());
    }

    @Test
    void aLinkToAnOlderPostIsALinksToEdge() throws Exception {
        JsonNode rows = query("""
                MATCH (:Comment)-[l:LINKS_TO]->(p:Post {url: 'https://probationmatters.blogspot.com/2010/09/send-for-army.html'})
                RETURN p.stub AS stub, l.by AS by""");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).get("stub").asBoolean());
    }

    @Test
    void everyInferredEdgeCarriesMethodConfidenceEvidenceAndStance() throws Exception {
        JsonNode rows = query("""
                MATCH (c:Comment) WHERE NOT c.removed
                OPTIONAL MATCH (c)-[r:RESPONDS_TO]->()
                RETURN count(c) AS comments, count(r) AS responses,
                       count(CASE WHEN r.method IS NULL OR r.confidence IS NULL OR r.evidence IS NULL
                                    OR r.stance IS NULL OR coalesce(r.stanceEvidence, '') = '' THEN 1 END) AS incomplete""");
        assertEquals(rows.get(0).get("comments").asInt(), rows.get(0).get("responses").asInt());
        assertEquals(0, rows.get(0).get("incomplete").asInt());
    }

    @Test
    void explainShowsTheEvidence() throws Exception {
        String id = query("MATCH (c:Comment) WHERE c.text STARTS WITH 'Excellent points 21:54' RETURN c.id AS id")
                .get(0).get("id").asText();
        CliRunner.Run run = CliRunner.run("explain", "--uri", uri, id);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("method clock"), run.out());
        assertTrue(run.out().contains("stance agree"), run.out());
        assertTrue(run.out().matches("(?s).*stance probabilities: agree [01]\\.\\d\\d, disagree [01]\\.\\d\\d, neutral [01]\\.\\d\\d.*"),
                run.out());
        assertTrue(run.out().contains("All this bleating about"), run.out());
        assertEquals(1, CliRunner.run("explain", "--uri", uri, "no-such-comment").exitCode());
    }

    @Test
    void depthIsStoredOnPostsAndTopLevelComments() throws Exception {
        JsonNode rows = query("""
                MATCH (p:Post {title: 'TR Is Crap Says Research'})
                MATCH (top:Comment {postId: p.id}) WHERE top.text STARTS WITH 'All this bleating'
                RETURN p.structuralDepth AS sd, p.realDepth AS rd, p.size AS size,
                       top.threadStructuralDepth AS tsd, top.threadRealDepth AS trd""");
        JsonNode row = rows.get(0);
        assertEquals(15, row.get("size").asInt());
        assertEquals(2, row.get("sd").asInt());
        assertTrue(row.get("rd").asInt() >= row.get("sd").asInt(), row.toString());
        assertEquals(2, row.get("tsd").asInt());
        assertTrue(row.get("trd").asInt() >= 3, row.toString());
    }

    @Test
    void theTwentyOneFiftyFourCommenterIsAmongTheMostCentralOfItsPost() throws Exception {
        JsonNode rows = query("""
                MATCH (w:Participant)-[a:ACTIVE_IN]->(p:Post {title: 'TR Is Crap Says Research'})
                MATCH (w)-[:WROTE]->(c:Comment) WHERE c.text STARTS WITH 'All this bleating'
                RETURN a.pagerankRank AS rank, a.inDegreeRank AS inRank""");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).get("rank").asInt() <= 3, rows.toString());
        assertEquals(1, rows.get(0).get("inRank").asInt(), rows.toString());
    }

    @Test
    void campsAreStoredAndTheSameOnASecondRun() throws Exception {
        String camps = "MATCH (c:Comment)-[:IN_CAMP]->(k:Camp) RETURN k.id AS camp, c.id AS comment ORDER BY camp, comment";
        JsonNode first = query(camps);
        assertTrue(first.size() > 0);
        assertEquals(0, CliRunner.run("analyse", "--uri", uri).exitCode());
        assertEquals(first, query(camps));
    }
}
