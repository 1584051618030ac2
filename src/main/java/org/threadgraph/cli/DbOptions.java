package org.threadgraph.cli;

import java.nio.file.Path;
import org.threadgraph.store.Database;
import picocli.CommandLine.Option;

/** The options every command that touches the graph takes. */
final class DbOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "threadgraph-data",
            description = "Embedded database directory (default: ${DEFAULT-VALUE}). If `threadgraph serve` is "
                    + "running for it, commands use that process.")
    Path db;

    @Option(names = "--uri", paramLabel = "URI",
            description = "Use an external Neo4j server or cluster instead (bolt://host:7687, neo4j://host, "
                    + "neo4j+s://…); credentials from NEO4J_USERNAME and NEO4J_PASSWORD (never in the URI). A "
                    + "threadgraph database served on this machine (bolt://127.0.0.1:PORT) needs none: its "
                    + "stored password is used.")
    String uri;

    /** Returns the embedded database's folder, or null when the options name an external server. */
    Path embeddedDir() {
        return uri == null ? db : null;
    }

    /** Opens the database these options name. */
    Database open() {
        if (uri != null) {
            return Database.openRemote(uri, System.getenv("NEO4J_USERNAME"), System.getenv("NEO4J_PASSWORD"));
        }
        return Database.openEmbedded(db);
    }
}
