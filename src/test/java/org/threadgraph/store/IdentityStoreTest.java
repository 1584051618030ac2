package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Inference;
import org.threadgraph.testing.SharedNeo4j;

/** Identity links written in transactions of a bounded size give what one transaction gives. */
class IdentityStoreTest {

    private static final Inference SIGN_OFF = new Inference("handle", 0.9, "signs off 'Getafix");

    private static long count(Database db, String cypher) {
        return ((Number) new CypherRunner(db).run(cypher, Map.of(), false).rows().get(0).get("n")).longValue();
    }

    /** Five comments, each by its own anonymous participant. */
    private static Database fiveAnonymousComments() {
        Database db = SharedNeo4j.cleared();
        new CypherRunner(db).run("""
                UNWIND range(1, 5) AS i
                CREATE (:Participant {key: 'anon:c' + i, kind: 'anonymous'})-[:WROTE]->(:Comment {id: 'c' + i})
                """, Map.of(), true);
        return db;
    }

    @Test
    void assignmentsSplitOverSeveralTransactionsAllLand() {
        Database db = fiveAnonymousComments();
        List<IdentityStore.Assignment> getafix = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            getafix.add(new IdentityStore.Assignment("c" + i, "handle:getafix", "Getafix", SIGN_OFF));
        }
        new IdentityStore(db, 2).assign(getafix);
        assertEquals(5, count(db, "MATCH (:Participant {key: 'handle:getafix'})-[w:WROTE {method: 'handle'}]->() "
                + "RETURN count(w) AS n"));
        assertEquals(0, count(db, "MATCH (p:Participant) WHERE p.key STARTS WITH 'anon:' RETURN count(p) AS n"),
                "the emptied anonymous participants are gone");

        // Evidence now joins only three of them: the other two get their own participants back, again in batches.
        new IdentityStore(db, 2).assign(getafix.subList(0, 3));
        assertEquals(3, count(db, "MATCH (:Participant {key: 'handle:getafix'})-[w:WROTE]->() RETURN count(w) AS n"));
        assertEquals(2, count(db, "MATCH (p:Participant)-[:WROTE]->(c:Comment) WHERE p.key = 'anon:' + c.id "
                + "RETURN count(p) AS n"));
    }
}
