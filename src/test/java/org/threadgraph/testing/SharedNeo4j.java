package org.threadgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.threadgraph.store.Database;
import org.threadgraph.store.CypherRunner;

/**
 * One real embedded Neo4j for the whole test run, so start-up (seconds) is paid once. Tests clear
 * it before use; CLI tests reach it with {@code --uri}, as a user reaches an external server.
 */
public final class SharedNeo4j {

    private static Database database;
    private static Path directory;

    private SharedNeo4j() {
    }

    /** Returns the shared database, emptied. */
    public static synchronized Database cleared() {
        if (database == null) {
            try {
                directory = Files.createTempDirectory("threadgraph-test-db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database = Database.openEmbedded(directory);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedNeo4j::shutdown));
        }
        new CypherRunner(database).run("MATCH (n) DETACH DELETE n", Map.of(), true);
        return database;
    }

    /** Returns the Bolt URI of the shared database. */
    public static String uri() {
        return cleared().uri();
    }

    private static void shutdown() {
        database.close();
        deleteTree(directory);
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
