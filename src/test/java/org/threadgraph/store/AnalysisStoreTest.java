package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.testing.SharedNeo4j;

/** Blog-wide figures written in transactions of a bounded size replace the earlier ones whole. */
class AnalysisStoreTest {

    private static long count(Database db, String cypher) {
        return ((Number) new CypherRunner(db).run(cypher, Map.of(), false).rows().get(0).get("n")).longValue();
    }

    private static List<AnalysisStore.Centrality> ranked(int participants) {
        List<AnalysisStore.Centrality> ranks = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            ranks.add(new AnalysisStore.Centrality("p" + i, i, i, i, i, 0.1 * i, i, i, i));
        }
        return ranks;
    }

    private static AnalysisStore.BlogCamp camp(String id, String... members) {
        return new AnalysisStore.BlogCamp(id, id, 1, 1, 0, 0, 1, List.of(members));
    }

    @Test
    void figuresSplitOverSeveralTransactionsReplaceTheEarlierOnes() {
        Database db = SharedNeo4j.cleared();
        new CypherRunner(db).run("""
                CREATE (:Blog {key: 'b', blogFiguresBehind: 2})
                WITH 1 AS one UNWIND range(1, 5) AS i CREATE (:Participant {key: 'p' + i})
                """, Map.of(), true);
        AnalysisStore store = new AnalysisStore(db, 2);
        store.writeBlog(new AnalysisStore.BlogResults(ranked(5),
                List.of(camp("blog/camp-1", "p1", "p2", "p3"), camp("blog/camp-2", "p4", "p5")), List.of()));
        assertEquals(5, count(db, "MATCH (w:Participant) WHERE w.pagerankRank IS NOT NULL RETURN count(w) AS n"));
        assertEquals(5, count(db, "MATCH (w:Participant)-[:IN_CAMP]->(k:Camp {scope: 'blog'}) WHERE w.camp = k.id "
                + "RETURN count(w) AS n"));
        assertEquals(0, store.blogFiguresBehind(), "the figures count every post once written");

        // Fewer participants ranked, one camp: the rest of the earlier figures and camps are gone.
        store.writeBlog(new AnalysisStore.BlogResults(ranked(2), List.of(camp("blog/camp-1", "p1", "p2")), List.of()));
        assertEquals(2, count(db, "MATCH (w:Participant) WHERE w.pagerankRank IS NOT NULL RETURN count(w) AS n"));
        assertEquals(2, count(db, "MATCH (w:Participant) WHERE w.camp IS NOT NULL RETURN count(w) AS n"));
        assertEquals(2, count(db, "MATCH ()-[r:IN_CAMP]->(:Camp {scope: 'blog'}) RETURN count(r) AS n"));
        assertEquals(1, count(db, "MATCH (k:Camp {scope: 'blog'}) RETURN count(k) AS n"));
        assertEquals(0, count(db, "MATCH (b:Blog) WHERE b.blogFiguresWriting IS NOT NULL RETURN count(b) AS n"));
    }

    @Test
    void aWriteStoppedPartWayReadsAsLagging() {
        Database db = SharedNeo4j.cleared();
        new CypherRunner(db).run("CREATE (:Blog {key: 'b', blogFiguresWriting: true})", Map.of(), true);
        assertEquals(1, new AnalysisStore(db).blogFiguresBehind());
    }
}
