package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.PostThread;
import org.threadgraph.testing.SharedNeo4j;
import org.threadgraph.testing.Threads;

class ThreadWriterTest {

    private static final LocalDate DATE = LocalDate.of(2016, 2, 23);
    private static final String[] THREAD = {
        "1", "Great article and research which someone should take notice of.",
        "2", "All this bleating about High Risk Cases.",
        "2.1", "Excellent points 21:54. Why are POs not allowed to do their job?",
        "2.2", "Anon 21:54 I absolutely agree with your points."};

    private Database db;

    @BeforeEach
    void clear() {
        db = SharedNeo4j.cleared();
    }

    private void write(PostThread... threads) {
        try (ThreadWriter writer = new ThreadWriter(db, 2)) {
            for (PostThread t : threads) {
                writer.write(t);
            }
        }
    }

    private long count(String cypher) {
        return ((Number) db.readRows(cypher, Map.of()).get(0).get("n")).longValue();
    }

    private String snapshot() {
        return db.readRows("""
                MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
                WITH n, r, m ORDER BY coalesce(n.id, n.key), type(r), coalesce(m.id, m.key)
                RETURN collect([labels(n), properties(n), type(r), coalesce(m.id, m.key)]) AS n""", Map.of())
                .get(0).toString();
    }

    @Test
    void writesPostsCommentsRepliesAndWriters() {
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        assertEquals(1, count("MATCH (p:Post)-[:IN]->(:Blog) RETURN count(p) AS n"));
        assertEquals(4, count("MATCH (c:Comment)-[:ON]->(:Post) RETURN count(c) AS n"));
        assertEquals(2, count("MATCH (:Comment)-[r:REPLY_TO]->(:Comment {label: '2'}) RETURN count(r) AS n"));
        assertEquals(4, count("MATCH (p:Participant {kind: 'anonymous'})-[:WROTE]->(:Comment) RETURN count(p) AS n"));
    }

    @Test
    void writingTheSameThreadTwiceChangesNothing() {
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        String first = snapshot();
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        assertEquals(first, snapshot());
    }

    @Test
    void textCopyAfterBloggerMergesIntoIt() {
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        write(Threads.textCopy("TR Is Crap Says Research", DATE, THREAD));
        assertEquals(1, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals(4, count("MATCH (c:Comment) RETURN count(c) AS n"));
        assertEquals(4, count("MATCH (c:Comment) WHERE c.id STARTS WITH '10' RETURN count(c) AS n"));
        assertEquals(2, count("MATCH (:Comment)-[r:REPLY_TO]->() RETURN count(r) AS n"));
        assertEquals(4, count("MATCH (:Participant)-[w:WROTE]->() RETURN count(w) AS n"));
        assertEquals(0, count("MATCH (p:Participant {kind: 'unknown'}) RETURN count(p) AS n"));
    }

    @Test
    void bloggerAfterTextCopyRekeysIt() {
        write(Threads.textCopy("TR Is Crap Says Research", DATE, THREAD));
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        assertEquals(1, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals("100", db.readRows("MATCH (p:Post) RETURN p.id AS id", Map.of()).get(0).get("id"));
        assertEquals(4, count("MATCH (c:Comment) WHERE c.id STARTS WITH '10' AND c.postId = '100' RETURN count(c) AS n"));
        assertEquals(2, count("MATCH (:Comment)-[r:REPLY_TO]->() RETURN count(r) AS n"));
        assertEquals(0, count("MATCH (p:Participant {kind: 'unknown'}) RETURN count(p) AS n"));
        assertEquals(4, count("MATCH (p:Participant {kind: 'anonymous'})-[:WROTE]->() RETURN count(p) AS n"));
    }

    @Test
    void eitherOrderGivesTheSameCommentsAndEdges() {
        write(Threads.textCopy("TR Is Crap Says Research", DATE, THREAD));
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        List<Map<String, Object>> textFirst = edges();
        clear();
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        write(Threads.textCopy("TR Is Crap Says Research", DATE, THREAD));
        assertEquals(textFirst, edges());
    }

    private List<Map<String, Object>> edges() {
        return db.readRows("""
                MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS a, type(r) AS r, coalesce(b.id, b.key) AS b
                ORDER BY a, r, b""", Map.of());
    }

    @Test
    void differentTitlesStaySeparatePosts() {
        write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        write(Threads.textCopy("Another Post", DATE, THREAD));
        assertEquals(2, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertTrue(count("MATCH (c:Comment) RETURN count(c) AS n") == 8);
    }

    @Test
    void aRecurringTitleOnAnotherDaySharesTheBatch() {
        try (ThreadWriter writer = new ThreadWriter(db, 100)) {
            writer.write(Threads.textCopy("Pick of the Week", DATE, THREAD));
            writer.write(Threads.textCopy("Pick of the Week", DATE.plusDays(7), THREAD));
            assertEquals(0, count("MATCH (p:Post) RETURN count(p) AS n"), "written before the batch was full");
        }
        assertEquals(2, count("MATCH (p:Post) RETURN count(p) AS n"));
    }

    @Test
    void twoFormsOfOnePostInOneBatchStillMerge() {
        try (ThreadWriter writer = new ThreadWriter(db, 100)) {
            writer.write(Threads.textCopy("TR Is Crap Says Research", DATE, THREAD));
            writer.write(Threads.blogger("TR Is Crap Says Research", DATE, THREAD));
        }
        assertEquals(1, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals(4, count("MATCH (c:Comment) RETURN count(c) AS n"));
    }
}
