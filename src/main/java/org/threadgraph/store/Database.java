package org.threadgraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A connection to the graph: the embedded database in a data directory, the {@code serve} process
 * already holding that directory, or an external server or cluster given by URI. Everything goes
 * through the driver, so callers cannot tell which.
 */
public final class Database implements AutoCloseable {

    /** The database name used on every server. */
    static final String NAME = "neo4j";

    private final Driver driver;
    private final EmbeddedServer embedded;
    private final String uri;
    private final String description;

    private Database(Driver driver, EmbeddedServer embedded, String uri, String description) {
        this.driver = driver;
        this.embedded = embedded;
        this.uri = uri;
        this.description = description;
    }

    /**
     * Opens the embedded database in {@code dir} (or the running {@code serve} for it) and applies the schema.
     *
     * @throws StoreException when the database cannot be started or reached
     */
    public static Database openEmbedded(Path dir) {
        var serving = EmbeddedServer.runningServe(dir);
        if (serving.isPresent()) {
            return connect(serving.get(), AuthTokens.none(), null, "serve at " + serving.get() + " (" + dir + ")");
        }
        EmbeddedServer server = EmbeddedServer.start(dir, 0);
        try {
            return connect(server.boltUri(), AuthTokens.none(), server, "embedded " + dir);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Starts the embedded database in {@code dir} on a fixed Bolt port and advertises it to other
     * threadgraph processes until {@link #close()}.
     */
    public static Database serve(Path dir, int port) {
        if (EmbeddedServer.runningServe(dir).isPresent()) {
            throw new StoreException("a threadgraph serve is already running for " + dir, true, null);
        }
        EmbeddedServer server = EmbeddedServer.start(dir, port);
        Database db = connect(server.boltUri(), AuthTokens.none(), server, "embedded " + dir);
        server.advertise(dir);
        return db;
    }

    /**
     * Connects to an external Neo4j server or cluster ({@code bolt://}, {@code neo4j://}, and their
     * {@code +s} variants) with the given credentials (none when user is null).
     */
    public static Database openRemote(String uri, String user, String password) {
        AuthToken auth = user == null ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
        return connect(uri, auth, null, uri);
    }

    private static Database connect(String uri, AuthToken auth, EmbeddedServer embedded, String description) {
        Config.ConfigBuilder config = Config.builder().withLogging(Logging.javaUtilLogging(Level.WARNING));
        if (uri.startsWith("bolt://") || uri.startsWith("neo4j://")) {
            config.withoutEncryption();
        }
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config.build());
            driver.verifyConnectivity();
        } catch (IllegalArgumentException e) {
            throw new StoreException("not a Neo4j URI: " + uri + " (" + e.getMessage() + ")", true, e);
        } catch (AuthenticationException e) {
            throw new StoreException("Neo4j at " + uri + " refused the credentials in NEO4J_USERNAME/NEO4J_PASSWORD",
                    true, e);
        } catch (ServiceUnavailableException e) {
            throw new StoreException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), true, e);
        }
        Database db = new Database(driver, embedded, uri, description);
        try {
            db.applySchema();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Returns the Bolt URI this connection uses; for an embedded database, its local listener. */
    public String uri() {
        return uri;
    }

    /** Returns a short description of where the data lives, for messages. */
    public String description() {
        return description;
    }

    /** Applies graph-schema/schema.cypher; every statement is idempotent. */
    void applySchema() {
        for (String statement : schemaStatements()) {
            write(tx -> tx.run(statement).consume());
        }
    }

    static List<String> schemaStatements() {
        try (InputStream in = Database.class.getResourceAsStream("/graph-schema/schema.cypher")) {
            if (in == null) {
                throw new StoreException("graph-schema/schema.cypher is missing from the build", false, null);
            }
            StringBuilder sb = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.lines().filter(l -> !l.strip().startsWith("//")).forEach(l -> sb.append(l).append('\n'));
            }
            List<String> statements = new ArrayList<>();
            for (String s : sb.toString().split(";")) {
                if (!s.isBlank()) {
                    statements.add(s.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new StoreException("cannot read the schema: " + e.getMessage(), false, e);
        }
    }

    /** Runs work in a write transaction, retried by the driver on transient failures. */
    <T> T write(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeWrite(work::apply);
        }
    }

    /** Runs work in a read transaction. */
    <T> T read(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeRead(work::apply);
        }
    }

    /** Runs one read query and returns its rows as plain Java values. */
    List<Map<String, Object>> readRows(String cypher, Map<String, Object> params) {
        return read(tx -> tx.run(cypher, params).list(r -> Values.plainRow(r)));
    }

    /**
     * Runs one read query and returns its first row.
     *
     * @throws StoreException (a user error) saying {@code notFound} when the query returns no row
     */
    Map<String, Object> readFirst(String cypher, Map<String, Object> params, String notFound) {
        List<Map<String, Object>> rows = readRows(cypher, params);
        if (rows.isEmpty()) {
            throw new StoreException(notFound, true, null);
        }
        return rows.get(0);
    }

    /**
     * Streams the rows of a read query to the consumer without holding them all, for blog-wide
     * passes over millions of comments.
     */
    void streamRows(String cypher, Map<String, Object> params, java.util.function.Consumer<Map<String, Object>> rows) {
        try (Session session = session()) {
            session.executeRead(tx -> {
                var result = tx.run(cypher, params);
                while (result.hasNext()) {
                    rows.accept(Values.plainRow(result.next()));
                }
                return null;
            });
        }
    }

    Session session() {
        return driver.session(SessionConfig.forDatabase(NAME));
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    /** Stops advertising and closes; for {@link #serve}. */
    public void closeServe(Path dir) {
        EmbeddedServer.withdraw(dir);
        close();
    }
}
