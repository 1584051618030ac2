package org.threadgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.threadgraph.render.BrowserGuide;
import org.threadgraph.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph serve}: keeps the embedded database up for other tools and commands. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Keep the embedded database running with Bolt on 127.0.0.1 until interrupted (Ctrl-C).",
                "Neo4j Browser, cypher-shell or any driver can connect as user neo4j with the database's password "
                        + "(generated once, kept in a file only you can read: the command says where); other "
                        + "threadgraph commands given the same --db use this process instead of starting the "
                        + "database again (seconds saved each time)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "threadgraph-data",
            description = "Embedded database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--address", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Connections are "
                    + "not encrypted: listen elsewhere only on a network you trust.")
    String address;

    @Option(names = "--browser", description = "Also serve Neo4j Browser over HTTP (on --http-port), with a guide "
            + "to the named queries (queries/) that opens when Browser connects.")
    boolean browser;

    @Option(names = "--http-port", defaultValue = "7474",
            description = "HTTP port of Neo4j Browser with --browser (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Override
    public Integer call() {
        Optional<BrowserGuide> guide = browser
                ? Optional.of(new BrowserGuide(NamedQueries.forBrowser(NamedQueries.all()))) : Optional.empty();
        Database database = Database.serve(db, address, port, browser ? httpPort : 0, guide);
        Thread onExit = new Thread(() -> database.closeServe(db));
        Runtime.getRuntime().addShutdownHook(onExit);
        var out = spec.commandLine().getOut();
        out.println("Serving " + db.toAbsolutePath() + " at " + database.uri());
        database.browserUri().ifPresent(b -> out.println("Neo4j Browser at " + b + " (connect to " + database.uri()
                + ")"));
        database.browserGuideUri().ifPresent(g -> out.println("Its guide to the named queries opens when you connect "
                + "(or type :guide " + g + ")"));
        out.println("User neo4j; the password is in " + Database.passwordFile(db) + " (readable by you only). "
                + "Press Ctrl-C to stop.");
        out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            // Stopped from inside the process (an embedding program or a test) rather than by Ctrl-C.
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(onExit);
        database.closeServe(db);
        return 0;
    }
}
