package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;
import org.junit.jupiter.api.Test;
import org.threadgraph.testing.SharedNeo4j;

/** The Bolt port every embedded command opens lets in only its password; a password in --uri is never echoed. */
class CredentialsTest {

    @Test
    void theTransientPortOfAnEmbeddedCommandRefusesOtherProcesses() {
        String uri = SharedNeo4j.uri();
        for (var token : java.util.List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "guess"))) {
            try (var driver = GraphDatabase.driver(uri, token, Config.builder().withoutEncryption().build())) {
                assertThrows(SecurityException.class, driver::verifyConnectivity);
            }
        }
        CliRunner.Run owner = CliRunner.run("query", "--uri", uri, "RETURN 1 AS one");
        assertEquals(0, owner.exitCode(), "the same user's threadgraph finds the password: " + owner.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bolt://neo4j:pw-in-uri-4711@127.0.0.1:1", "neo4j://admin:pw-in-uri-4711@localhost:1",
            "bolt://neo4j:pw-in-uri-4711@no such host:7687", "bolt+s://neo4j:pw-in-uri-4711@127.0.0.1:1/x"})
    void aPasswordInTheUriIsNeverEchoed(String uri) {
        CliRunner.Run run = CliRunner.run("query", "--uri", uri, "RETURN 1");
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("pw-in-uri-4711") || run.out().contains("pw-in-uri-4711"), run.err());
        assertTrue(run.err().startsWith("threadgraph: "), run.err());
    }
}
