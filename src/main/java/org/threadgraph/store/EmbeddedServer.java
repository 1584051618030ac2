package org.threadgraph.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.server.configuration.ConfigurableServerModules;
import org.neo4j.server.configuration.ServerSettings;
import org.threadgraph.render.BrowserGuide;

/**
 * An in-process Neo4j with Bolt on a local address and authentication on. threadgraph never uses the
 * embedded API for data: it starts the database and then talks to it through the driver like any
 * server. The embedded API is used for one thing only: setting the database's password while no
 * connector is open.
 */
final class EmbeddedServer implements AutoCloseable {

    /** File in the data directory that tells other threadgraph processes a {@code serve} is running. */
    static final String SERVE_FILE = "threadgraph-serve.properties";

    /** How long a stop may take before threadgraph gives up on it (a full disk makes flushing retry forever). */
    static final long SHUTDOWN_SECONDS = 30;

    /** Where and how the server listens. */
    record Listen(String host, int boltPort, int httpPort) {

        /** Bolt on any free port of 127.0.0.1, no HTTP: what every plain command uses while it runs. */
        static Listen transientPort() {
            return new Listen("127.0.0.1", 0, 0);
        }
    }

    private final DatabaseManagementService dbms;
    private final String host;
    private final int port;
    private final int httpPort;
    private final String password;
    private final LocalCredentials credentials;
    private final Optional<GuideServer> guide;

    private EmbeddedServer(DatabaseManagementService dbms, Listen listen, int port, String password,
            LocalCredentials credentials, Optional<GuideServer> guide) {
        this.dbms = dbms;
        this.host = listen.host();
        this.port = port;
        this.httpPort = listen.httpPort();
        this.password = password;
        this.credentials = credentials;
        this.guide = guide;
    }

    /** How long a starting database may take to recover and come online. */
    private static final java.time.Duration AVAILABLE_WAIT = java.time.Duration.ofMinutes(2);

    /**
     * Starts the database in {@code dir}, creating it if needed. A new database is created with its
     * password already set; one created before threadgraph used authentication gets a password while
     * Neo4j runs with no connector open. Either way no other process can race to claim the initial
     * password.
     *
     * @throws StoreException (a user error) for a folder threadgraph cannot write to, a full disk, or a
     *         folder another process holds
     */
    static EmbeddedServer start(Path dir, Listen listen) {
        return start(dir, listen, Optional.empty());
    }

    /**
     * Starts the database as {@link #start(Path, Listen)} does, and with an HTTP port also serves
     * {@code guide}, which Neo4j Browser opens, with the guide's parameter defaults set, as soon as it connects.
     */
    static EmbeddedServer start(Path dir, Listen listen, Optional<BrowserGuide> guide) {
        Optional<GuideServer> guideServer = guide.filter(g -> listen.httpPort() > 0)
                .map(g -> GuideServer.start(listen.host(), listen.httpPort(), g.html()));
        Optional<String> onConnect = guideServer.map(server -> String.join("; ", Stream.concat(
                guide.get().connectCommands().stream(), Stream.of("guide " + server.url())).toList()));
        try {
            return startDatabase(dir, listen, guideServer, onConnect);
        } catch (RuntimeException e) {
            guideServer.ifPresent(GuideServer::close);
            throw e;
        }
    }

    private static EmbeddedServer startDatabase(Path dir, Listen listen, Optional<GuideServer> guide,
            Optional<String> onConnect) {
        StoragePreflight.check(dir);
        LocalCredentials credentials = LocalCredentials.forUser();
        Optional<String> stored = credentials.password(dir);
        String password;
        if (!Files.isDirectory(dir.resolve("data/databases/system"))) {
            password = LocalCredentials.generatePassword();
            InitialPassword.seed(dir.toAbsolutePath(), password);
            credentials.storePassword(dir, password);
        } else if (stored.isEmpty()) {
            password = LocalCredentials.generatePassword();
            setPassword(dir, password);
            credentials.storePassword(dir, password);
        } else {
            password = stored.get();
        }
        int boltPort = listen.boltPort() > 0 ? listen.boltPort() : freePort();
        DatabaseManagementService dbms = build(dir, connectors(listen, boltPort, onConnect));
        // After a crash or a full disk Neo4j recovers the store before it serves; wait for that rather
        // than let the first query fail with "not currently available".
        if (!dbms.database(Database.NAME).isAvailable(AVAILABLE_WAIT.toMillis())) {
            stop(dbms, dir);
            throw new StoreException("the database in " + dir + " did not become available within "
                    + AVAILABLE_WAIT.toSeconds() + " s (see " + dir.resolve("logs/debug.log") + ")", true, null);
        }
        try {
            InitialPassword.forget(dir.toAbsolutePath());
            credentials.advertise(boltPort, dir);
        } catch (RuntimeException e) {
            stop(dbms, dir);
            throw e;
        }
        return new EmbeddedServer(dbms, listen, boltPort, password, credentials, guide);
    }

    /** Sets the password of user neo4j with the database closed to every connection. */
    private static void setPassword(Path dir, String password) {
        DatabaseManagementService dbms = build(dir, Map.of(BoltConnector.enabled, false,
                HttpConnector.enabled, false));
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            throw new StoreException("cannot set the password of the database in " + dir + ": " + rootMessage(e),
                    false, e);
        } finally {
            stop(dbms, dir);
        }
    }

    private static Map<org.neo4j.graphdb.config.Setting<?>, Object> connectors(Listen listen, int boltPort,
            Optional<String> onConnect) {
        Map<org.neo4j.graphdb.config.Setting<?>, Object> settings = new java.util.HashMap<>();
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, new SocketAddress(listen.host(), boltPort));
        // Neo4j Browser connects to the advertised address: without it, it offers port 7687 whatever the port.
        settings.put(BoltConnector.advertised_address, new SocketAddress(listen.host(), boltPort));
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        settings.put(HttpConnector.enabled, listen.httpPort() > 0);
        if (listen.httpPort() > 0) {
            settings.put(HttpConnector.listen_address, new SocketAddress(listen.host(), listen.httpPort()));
            // Neo4j Browser and the HTTP API it uses; no unmanaged extensions.
            settings.put(ServerSettings.http_enabled_modules, Set.of(ConfigurableServerModules.BROWSER,
                    ConfigurableServerModules.TRANSACTIONAL_ENDPOINTS));
            // Browser sends no product analytics either (see udc_enabled in build).
            settings.put(ServerSettings.allow_telemetry, false);
        }
        onConnect.ifPresent(commands -> {
            // Browser reads both when it connects: it runs the commands, and fetches remote content (the
            // guide) from the guide's host only, not from guides.neo4j.com.
            settings.put(ServerSettings.browser_post_connect_cmd, commands);
            settings.put(ServerSettings.browser_remote_content_hostname_whitelist, listen.host());
        });
        return settings;
    }

    private static DatabaseManagementService build(Path dir, Map<org.neo4j.graphdb.config.Setting<?>, Object> connectors) {
        Path home = dir.toAbsolutePath();
        Path importDir = home.resolve("import");
        try {
            Files.createDirectories(importDir);
        } catch (IOException e) {
            throw StoragePreflight.explain(dir, e);
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // No usage-data thread phoning home from a researcher's laptop.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // LOAD CSV reads no local file (an empty import folder, file URLs off) and fetches no URL
                // (every address blocked): a read-only query must not read /etc/passwd or call a server.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                // A local analysis store: no 2 x 256 MB of pre-allocated transaction logs, small log files.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L << 20)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L << 20)
                // Without this, shutdown waits 10 s for Netty's quiet period.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        connectors.forEach((setting, value) -> setUnchecked(builder, setting, value));
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw StoragePreflight.explainStart(dir, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void setUnchecked(DatabaseManagementServiceBuilder builder,
            org.neo4j.graphdb.config.Setting<T> setting, Object value) {
        builder.setConfig(setting, (T) value);
    }

    /** Returns the address of the Neo4j Browser guide to the named queries, when it is served. */
    Optional<String> guideUri() {
        return guide.map(GuideServer::url);
    }

    /** Returns the Bolt URI of this database. */
    String boltUri() {
        return "bolt://" + host + ":" + port;
    }

    /** Returns the address of Neo4j Browser, when the HTTP connector is open. */
    Optional<String> browserUri() {
        return httpPort > 0 ? Optional.of("http://" + host + ":" + httpPort + "/browser/") : Optional.empty();
    }

    /** Returns the password of user {@link LocalCredentials#USER}. */
    String password() {
        return password;
    }

    /** Records in the data directory that this process serves the database at {@link #boltUri()}. */
    void advertise(Path dir) {
        Properties p = new Properties();
        p.setProperty("uri", boltUri());
        browserUri().ifPresent(b -> p.setProperty("browser", b));
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try (var out = Files.newBufferedWriter(dir.resolve(SERVE_FILE))) {
            p.store(out, "written by `threadgraph serve`; removed when it stops");
        } catch (IOException e) {
            throw new StoreException("cannot write " + dir.resolve(SERVE_FILE) + ": " + e.getMessage(), true, e);
        }
    }

    /** A live {@code serve} process's addresses for a data directory. */
    record Serving(String uri, Optional<String> browser) {
        /** Both addresses, for messages. */
        String describe() {
            return uri + browser.map(b -> " (Neo4j Browser at " + b + ")").orElse("");
        }
    }

    /** Returns the addresses of a live {@code serve} process for this data directory, if there is one. */
    static Optional<Serving> runningServe(Path dir) {
        Path file = dir.resolve(SERVE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(p.getProperty("pid", "-1"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive || p.getProperty("uri") == null) {
            return Optional.empty();
        }
        return Optional.of(new Serving(p.getProperty("uri"), Optional.ofNullable(p.getProperty("browser"))));
    }

    @Override
    public void close() {
        credentials.withdraw(port);
        guide.ifPresent(GuideServer::close);
        stop(dbms, null);
    }

    /**
     * Stops Neo4j, waiting at most {@link #SHUTDOWN_SECONDS}. Every committed transaction is already in
     * the transaction log, so a stop cut short loses nothing: the next start recovers from the log.
     */
    private static void stop(DatabaseManagementService dbms, Path dir) {
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(dbms::shutdown, runnable -> {
            Thread t = new Thread(runnable, "threadgraph-neo4j-shutdown");
            t.setDaemon(true);
            t.start();
        });
        try {
            stopping.get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new StoreException("Neo4j did not stop within " + SHUTDOWN_SECONDS + " s (is the disk full?); "
                    + "what was committed is kept and is recovered at the next start", true, e);
        } catch (ExecutionException e) {
            throw new StoreException("Neo4j failed to stop cleanly: " + rootMessage(e)
                    + "; what was committed is kept and is recovered at the next start", true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void withdraw(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(SERVE_FILE));
        } catch (IOException ignored) {
            // A stale file is harmless: runningServe checks that the process is alive.
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new StoreException("no free local port for Bolt: " + e.getMessage(), false, e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
