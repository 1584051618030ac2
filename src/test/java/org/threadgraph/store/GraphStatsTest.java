package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.testing.SharedNeo4j;

/** Counts by label and type, whatever the names hold (issue 12: a label with a backtick made {@code stats} exit 2). */
class GraphStatsTest {

    private static final String TICK = "we`ird";
    private static final String ESCAPE = "x\\u0060) DETACH DELETE n //";
    private static final String DOUBLED = "a``b";

    private Database db;

    @BeforeEach
    void clear() {
        db = SharedNeo4j.cleared();
    }

    private void create(String cypher, Map<String, Object> params) {
        new CypherRunner(db).run(cypher, params, true);
    }

    @Test
    void namesWithBackticksAndEscapesAreCountedAsData() {
        create("UNWIND range(1, 3) AS i CREATE (:Comment)-[:ON]->(:Post)", Map.of());
        create("CREATE (a:$($tick))-[:$($type)]->(b:$($escape):$($doubled))",
                Map.of("tick", TICK, "escape", ESCAPE, "doubled", DOUBLED, "type", TICK + " " + ESCAPE));
        assertEquals(Map.of("Comment", 3L, "Post", 3L, TICK, 1L, ESCAPE, 1L, DOUBLED, 1L), GraphStats.labelCounts(db));
        assertEquals(Map.of("ON", 3L, TICK + " " + ESCAPE, 1L), GraphStats.relationshipCounts(db));
    }

    @Test
    void theCountStoreAndThePassOverTheGraphAgree() {
        create("UNWIND range(1, 50) AS i CREATE (c:Comment)-[:ON]->(:Post) WITH c, i WHERE i % 5 = 0 "
                + "CREATE (c)<-[:WROTE]-(:Participant:$($tick))", Map.of("tick", TICK));
        GraphStats.Counts store = GraphStats.fromCountStore(db);
        assertEquals(store, GraphStats.byScanning(db));
        assertEquals(Map.of("Comment", 50L, "Participant", 10L, "Post", 50L, TICK, 10L), store.labels());
        assertEquals(Map.of("ON", 50L, "WROTE", 10L), store.types());
    }

    @Test
    void anEmptyGraphHasNoCounts() {
        assertEquals(Map.of(), GraphStats.labelCounts(db), "schema labels without nodes are left out");
        assertEquals(Map.of(), GraphStats.relationshipCounts(db));
    }
}
