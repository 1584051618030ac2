package org.threadgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.threadgraph.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph serve}: keeps the embedded database up for other tools and commands. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Keep the embedded database running with Bolt on 127.0.0.1 until interrupted (Ctrl-C).",
                "Neo4j Browser, cypher-shell or any driver can connect; other threadgraph commands given the same "
                        + "--db use this process instead of starting the database again (seconds saved each time)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "threadgraph-data",
            description = "Embedded database directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", defaultValue = "7687", description = "Bolt port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        Database database = Database.serve(db, port);
        Thread onExit = new Thread(() -> database.closeServe(db));
        Runtime.getRuntime().addShutdownHook(onExit);
        var out = spec.commandLine().getOut();
        out.println("Serving " + db.toAbsolutePath() + " at bolt://127.0.0.1:" + port + " (no authentication, "
                + "local connections only). Press Ctrl-C to stop.");
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
