package org.threadgraph.testing;

import java.util.List;

/**
 * Statements a read-only query must refuse: every way Cypher writes, changes the schema, users,
 * databases or settings, ends other sessions' work, or reads files and URLs through LOAD CSV.
 */
public final class WriteForms {

    private WriteForms() {
    }

    /** Each form, run against a graph holding one :Post; none may change it or leave the machine. */
    public static List<String> all() {
        return List.of(
                "CREATE (n:Scratch)",
                "MERGE (n:Scratch {id: 1})",
                "MATCH (p:Post) SET p.title = 'changed'",
                "MATCH (p:Post) SET p:Scratch",
                "MATCH (p:Post) REMOVE p.title",
                "MATCH (p:Post) DELETE p",
                "MATCH (n) DETACH DELETE n",
                "CALL { CREATE (n:Scratch) } RETURN 1",
                "MATCH (p:Post) CALL { WITH p SET p.title = 'x' } IN TRANSACTIONS RETURN 1",
                "FOREACH (x IN [1] | CREATE (:Scratch))",
                "CYPHER runtime=slotted CREATE (:Scratch)",
                "LOAD CSV FROM 'https://example.org/x.csv' AS l CREATE (:Scratch {v: l[0]})",
                "RETURN 1; CREATE (n:Scratch)",
                "CREATE INDEX scratch_index FOR (n:Scratch) ON (n.a)",
                "DROP INDEX comment_post",
                "CREATE CONSTRAINT scratch_unique FOR (n:Scratch) REQUIRE n.a IS UNIQUE",
                "DROP CONSTRAINT post_id",
                "CALL db.createLabel('Scratch')",
                "CALL db.createProperty('scratch')",
                "CALL db.clearQueryCaches()",
                "CALL db.stats.collect('QUERIES')",
                "CALL db.prepareForReplanning()",
                "CALL dbms.killConnections(['bolt-1'])",
                "CALL tx.setMetaData({app: 'x'})",
                "CALL dbms.upgrade()",
                "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
                "CYPHER runtime=slotted TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
                "CREATE USER scratch SET PASSWORD 'scratch-password'",
                "ALTER USER neo4j SET PASSWORD 'scratch-password'",
                "ALTER CURRENT USER SET PASSWORD FROM 'a' TO 'scratch-password'",
                "GRANT ROLE admin TO scratch",
                "CREATE DATABASE scratch",
                "STOP DATABASE neo4j",
                "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l[0] LIMIT 3",
                "LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l",
                "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS l RETURN l",
                "LOAD CSV FROM 'https://example.org/x.csv' AS l RETURN l");
    }
}
