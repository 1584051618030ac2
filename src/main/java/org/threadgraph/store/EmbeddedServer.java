package org.threadgraph.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * An in-process Neo4j with Bolt listening on 127.0.0.1 only. threadgraph never uses the embedded
 * API for data: it starts the database and then talks to it through the driver like any server.
 */
final class EmbeddedServer implements AutoCloseable {

    /** File in the data directory that tells other threadgraph processes a {@code serve} is running. */
    static final String SERVE_FILE = "threadgraph-serve.properties";

    private final DatabaseManagementService dbms;
    private final int port;

    private EmbeddedServer(DatabaseManagementService dbms, int port) {
        this.dbms = dbms;
        this.port = port;
    }

    /**
     * Starts the database in {@code dir}, creating it if needed.
     *
     * @param port the Bolt port, or 0 for any free port
     */
    static EmbeddedServer start(Path dir, int port) {
        int boltPort = port > 0 ? port : freePort();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create database directory " + dir + ": " + e.getMessage(), true, e);
        }
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    // No usage-data thread phoning home from a researcher's laptop.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 256L << 20)
                    // Without this, shutdown waits 10 s for Netty's quiet period.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            throw new StoreException("cannot start the embedded database in " + dir + ": " + rootMessage(e)
                    + " (is another threadgraph process using it? stop it, or use its `serve` address with --uri)",
                    true, e);
        }
        return new EmbeddedServer(dbms, boltPort);
    }

    /** Returns the Bolt URI of this database. */
    String boltUri() {
        return "bolt://127.0.0.1:" + port;
    }

    /** Records in the data directory that this process serves the database at {@link #boltUri()}. */
    void advertise(Path dir) {
        Properties p = new Properties();
        p.setProperty("uri", boltUri());
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        try (var out = Files.newBufferedWriter(dir.resolve(SERVE_FILE))) {
            p.store(out, "written by `threadgraph serve`; removed when it stops");
        } catch (IOException e) {
            throw new StoreException("cannot write " + dir.resolve(SERVE_FILE) + ": " + e.getMessage(), true, e);
        }
    }

    /** Returns the URI of a live {@code serve} process for this data directory, if there is one. */
    static Optional<String> runningServe(Path dir) {
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
        long pid = Long.parseLong(p.getProperty("pid", "-1"));
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.ofNullable(p.getProperty("uri")) : Optional.empty();
    }

    @Override
    public void close() {
        dbms.shutdown();
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
