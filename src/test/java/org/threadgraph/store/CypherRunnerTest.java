package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadgraph.testing.SharedNeo4j;
import org.threadgraph.testing.WriteForms;

class CypherRunnerTest {

    private final Database db = SharedNeo4j.cleared();
    private final CypherRunner runner = new CypherRunner(db);

    @Test
    void returnsColumnsAndPlainRows() {
        CypherRunner.Rows rows = runner.run("RETURN $x AS x, date('2016-02-23') AS d, [1, 2] AS l",
                Map.of("x", "a"), false);
        assertEquals(List.of("x", "d", "l"), rows.columns());
        assertEquals(Map.of("x", "a", "d", "2016-02-23", "l", List.of(1L, 2L)), rows.rows().get(0));
    }

    static Stream<String> writeForms() {
        return WriteForms.all().stream();
    }

    @ParameterizedTest
    @MethodSource("writeForms")
    void readOnlyQueriesRefuseEveryWrite(String form) {
        runner.run("CREATE (:Post {id: 'p1', title: 'kept'})", Map.of(), true);
        StoreException e = assertThrows(StoreException.class, () -> runner.run(form, Map.of(), false));
        assertTrue(e.isUserError(), e.getMessage());
        assertEquals(List.of(Map.of("title", "kept", "labels", List.of("Post"), "all", 1L)),
                runner.run("MATCH (p:Post) WITH p, count{ MATCH (n) } AS all RETURN p.title AS title, labels(p) AS labels,"
                        + " all", Map.of(), false).rows(), form + " changed the graph");
        assertEquals(0L, runner.run("SHOW USERS YIELD user WHERE user = 'scratch' RETURN count(*) AS n", Map.of(),
                false).rows().get(0).get("n"));
    }

    @Test
    void readsIntrospectionAndExplainStayAllowed() {
        assertEquals(1, runner.run("SHOW PROCEDURES YIELD name WHERE name = 'db.labels' RETURN name", Map.of(), false)
                .rows().size());
        assertEquals(1, runner.run("CALL db.labels() YIELD label RETURN count(label) AS n", Map.of(), false)
                .rows().size());
        runner.run("EXPLAIN MATCH (n) RETURN n", Map.of(), false);
        runner.run("SHOW TRANSACTIONS", Map.of(), false);
    }

    @Test
    void writesRunWhenAllowed() {
        StoreException e = assertThrows(StoreException.class, () -> runner.run("CREATE (n:Scratch)", Map.of(), false));
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
        db.applySchema();
        long constraints = (Long) runner.run("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", Map.of(), false)
                .rows().get(0).get("n");
        assertEquals(Database.schemaStatements().stream().filter(s -> s.contains("CONSTRAINT")).count(), constraints);
        assertEquals(Database.schemaStatements().size(), Database.schemaNames(Database.schemaStatements()).size());
    }
}
