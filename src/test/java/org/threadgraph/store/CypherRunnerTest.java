package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.testing.SharedNeo4j;

class CypherRunnerTest {

    private final CypherRunner runner = new CypherRunner(SharedNeo4j.cleared());

    @Test
    void returnsColumnsAndPlainRows() {
        CypherRunner.Rows rows = runner.run("RETURN $x AS x, date('2016-02-23') AS d, [1, 2] AS l",
                Map.of("x", "a"), false);
        assertEquals(List.of("x", "d", "l"), rows.columns());
        assertEquals(Map.of("x", "a", "d", "2016-02-23", "l", List.of(1L, 2L)), rows.rows().get(0));
    }

    @Test
    void refusesWritesUnlessAllowed() {
        StoreException e = assertThrows(StoreException.class, () -> runner.run("CREATE (n:Scratch)", Map.of(), false));
        assertTrue(e.isUserError());
        assertTrue(e.getMessage().contains("--write"), e.getMessage());
        runner.run("CREATE (n:Scratch)", Map.of(), true);
        assertEquals(1L, runner.run("MATCH (n:Scratch) RETURN count(n) AS n", Map.of(), false).rows().get(0).get("n"));
    }

    @Test
    void badCypherIsAUserError() {
        StoreException e = assertThrows(StoreException.class, () -> runner.run("RETURN foo(", Map.of(), false));
        assertTrue(e.isUserError());
        assertTrue(e.getMessage().startsWith("Cypher error"), e.getMessage());
    }

    @Test
    void schemaIsAppliedAndIdempotent() {
        Database db = SharedNeo4j.cleared();
        db.applySchema();
        long constraints = (Long) runner.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", Map.of(), false)
                .rows().get(0).get("n");
        assertEquals(Database.schemaStatements().stream().filter(s -> s.contains("CONSTRAINT")).count(), constraints);
    }
}
