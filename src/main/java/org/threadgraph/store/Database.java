package org.threadgraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import org.neo4j.driver.AccessMode;
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
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.threadgraph.render.BrowserGuide;

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
    /** The embedded database's folder on this machine, or null for an external server. */
    private final Path localDir;
    private final String uri;
    private final String description;

    private Database(Driver driver, EmbeddedServer embedded, Path localDir, String uri, String description) {
        this.driver = driver;
        this.embedded = embedded;
        this.localDir = localDir;
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
            String password = LocalCredentials.forUser().password(dir).orElseThrow(() -> new StoreException(
                    "a threadgraph serve runs for " + dir + " at " + serving.get().uri() + " but its password is not in "
                            + LocalCredentials.forUser().secretFile(dir) + " (was it started by another user?)",
                    true, null));
            return connect(serving.get().uri(), localAuth(password), null, dir,
                    "serve at " + serving.get().uri() + " (" + dir + ")");
        }
        EmbeddedServer server = EmbeddedServer.start(dir, EmbeddedServer.Listen.transientPort());
        return connectEmbedded(server, dir);
    }

    /**
     * Starts the embedded database in {@code dir} on {@code host}:{@code boltPort} (and Neo4j Browser on
     * {@code httpPort} unless it is 0, opening {@code browserGuide} when it connects), and advertises it to
     * other threadgraph processes until {@link #closeServe}.
     *
     * @throws StoreException (a user error) when a {@code serve} already runs for {@code dir}, saying where
     */
    public static Database serve(Path dir, String host, int boltPort, int httpPort,
            Optional<BrowserGuide> browserGuide) {
        var serving = EmbeddedServer.runningServe(dir);
        if (serving.isPresent()) {
            throw new StoreException("a threadgraph serve is already running for " + dir + " at "
                    + serving.get().describe(), true, null);
        }
        EmbeddedServer server = EmbeddedServer.start(dir, new EmbeddedServer.Listen(host, boltPort, httpPort),
                browserGuide);
        Database db = connectEmbedded(server, dir);
        server.advertise(dir);
        return db;
    }

    private static Database connectEmbedded(EmbeddedServer server, Path dir) {
        try {
            return connect(server.boltUri(), localAuth(server.password()), server, dir, "embedded " + dir);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Connects to an external Neo4j server or cluster ({@code bolt://}, {@code neo4j://}, and their
     * {@code +s} variants) with the given credentials. Without a user, a server on this machine that a
     * threadgraph process serves is reached with that database's stored password; any other server
     * without authentication.
     */
    public static Database openRemote(String uri, String user, String password) {
        AuthToken auth;
        if (user != null) {
            auth = AuthTokens.basic(user, password == null ? "" : password);
        } else {
            auth = LocalUris.port(uri).flatMap(LocalCredentials.forUser()::passwordForLocalPort)
                    .map(Database::localAuth).orElse(AuthTokens.none());
        }
        return connect(uri, auth, null, null, LocalUris.redact(uri));
    }

    private static AuthToken localAuth(String password) {
        return AuthTokens.basic(LocalCredentials.USER, password);
    }

    private static Database connect(String uri, AuthToken auth, EmbeddedServer embedded, Path localDir,
            String description) {
        Config.ConfigBuilder config = Config.builder().withLogging(Logging.javaUtilLogging(Level.WARNING));
        if (uri.startsWith("bolt://") || uri.startsWith("neo4j://")) {
            config.withoutEncryption();
        }
        String shown = LocalUris.redact(uri);
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, config.build());
        } catch (IllegalArgumentException e) {
            throw new StoreException("not a Neo4j URI: " + shown + " (" + LocalUris.redactIn(e.getMessage(), uri) + ")",
                    true, null);
        }
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("Neo4j at " + shown + " refused the credentials"
                    + (embedded == null ? " (set NEO4J_USERNAME and NEO4J_PASSWORD)" : ""), true, null);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("cannot reach Neo4j at " + shown + ": " + LocalUris.redactIn(e.getMessage(), uri),
                    true, null);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        Database db = new Database(driver, embedded, localDir, uri, description);
        try {
            db.applySchema();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Returns whether the folder holds a store of the embedded database (possibly an empty one). */
    public static boolean hasEmbeddedStore(Path dir) {
        return java.nio.file.Files.isDirectory(dir.resolve("data/databases").resolve(NAME));
    }

    /** Returns whether a {@code serve} process holds the embedded database in the folder. */
    public static boolean isServed(Path dir) {
        return EmbeddedServer.runningServe(dir).isPresent();
    }

    /** Returns whether this database is the embedded one this process started (not a serve or a server). */
    public boolean startedHere() {
        return embedded != null;
    }

    /**
     * Waits until every index is online (at most 10 minutes): after a bulk import the schema's indexes are
     * populated in the background, and queries before that would scan.
     */
    public void awaitIndexes() {
        write(tx -> tx.run("CALL db.awaitIndexes(600)").consume());
    }

    /** Returns whether the database holds any node. */
    public boolean holdsNodes() {
        return read(tx -> tx.run("MATCH (n) RETURN 1 LIMIT 1").hasNext());
    }

    /** Returns the Bolt URI this connection uses; for an embedded database, its local listener. */
    public String uri() {
        return uri;
    }

    /** Returns a short description of where the data lives, for messages. */
    public String description() {
        return description;
    }

    /**
     * Applies graph-schema/schema.cypher when the database lacks one of its constraints or indexes;
     * every statement is idempotent. Checking the names first is one read instead of a write per statement.
     */
    void applySchema() {
        List<String> statements = schemaStatements();
        Set<String> present = new HashSet<>(read(tx -> tx.run("SHOW INDEXES YIELD name RETURN name")
                .list(r -> r.get("name").asString())));
        present.addAll(read(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString())));
        if (present.containsAll(schemaNames(statements))) {
            return;
        }
        for (String statement : statements) {
            write(tx -> tx.run(statement).consume());
        }
    }

    /** The names the schema statements give their constraints and indexes. */
    static Set<String> schemaNames(List<String> statements) {
        Set<String> names = new HashSet<>();
        for (String statement : statements) {
            Matcher m = SCHEMA_NAME.matcher(statement);
            if (!m.lookingAt()) {
                throw new StoreException("graph-schema/schema.cypher: every statement must name its constraint or "
                        + "index (CREATE CONSTRAINT|[KIND] INDEX name IF NOT EXISTS ...): " + statement, false, null);
            }
            names.add(m.group(1));
        }
        return names;
    }

    private static final Pattern SCHEMA_NAME =
            Pattern.compile("CREATE\\s+(?:CONSTRAINT|(?:(?:RANGE|TEXT|POINT|FULLTEXT|VECTOR|LOOKUP)\\s+)?INDEX)\\s+(\\w+)"
                    + "\\s+IF\\s+NOT\\s+EXISTS", Pattern.CASE_INSENSITIVE);

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
        } catch (Neo4jException e) {
            throw StorageFaults.translate(e, description, localDir);
        }
    }

    /**
     * Writes {@code rows} in transactions of at most {@code perTransaction} rows each, for writes too
     * large for one transaction on the heap the embedded server shares; each batch must stand alone.
     */
    <T> void writeInBatches(List<T> rows, int perTransaction, BiConsumer<TransactionContext, List<T>> work) {
        for (int from = 0; from < rows.size(); from += perTransaction) {
            List<T> batch = rows.subList(from, Math.min(rows.size(), from + perTransaction));
            write(tx -> {
                work.accept(tx, batch);
                return null;
            });
        }
    }

    /** Runs work in a read transaction. */
    <T> T read(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeRead(work::apply);
        } catch (Neo4jException e) {
            throw StorageFaults.translate(e, description, localDir);
        }
    }

    /**
     * Runs work in a read transaction of a session opened in read access mode, so that Neo4j itself
     * refuses anything that would write (data, schema, or writing procedures).
     */
    <T> T readOnly(Function<TransactionContext, T> work) {
        try (Session session = driver.session(SessionConfig.builder().withDatabase(NAME)
                .withDefaultAccessMode(AccessMode.READ).build())) {
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

    /** Returns the address of Neo4j Browser, when this process serves it. */
    public Optional<String> browserUri() {
        return embedded == null ? Optional.empty() : embedded.browserUri();
    }

    /** Returns the address of the Neo4j Browser guide that {@code serve} offers, when it offers one. */
    public Optional<String> browserGuideUri() {
        return embedded == null ? Optional.empty() : embedded.guideUri();
    }

    /** Returns the file that holds the password of an embedded database, for messages (never the password). */
    public static Path passwordFile(Path dir) {
        return LocalCredentials.forUser().secretFile(dir);
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
