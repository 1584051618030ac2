package org.threadgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

/** Turns Neo4j's reports of a failing disk into a one-line message a user can act on. */
final class StorageFaults {

    private StorageFaults() {
    }

    /**
     * Returns a user error for a full or read-only disk, and the exception unchanged for anything else
     * (bad Cypher and the like are explained where the query is run). Neo4j often reports a full disk
     * only as "Could not append transaction", so for a local database the free space is measured.
     *
     * @param localDir the embedded database's folder, or null for an external server
     */
    static RuntimeException translate(Neo4jException e, String where, Path localDir) {
        String text = chain(e);
        boolean serverFault = !(e instanceof ClientException);
        if (text.contains("No space left on device") || text.contains("out of disk space")
                || (serverFault && localDir != null && lowOnSpace(localDir))) {
            return new StoreException("the disk holding " + where + " is full: this transaction was not stored; "
                    + "free some space and run the command again (what was stored before is kept)", true, e);
        }
        if (text.contains("Read-only file system")) {
            return new StoreException("the disk holding " + where + " became read-only: this transaction was not "
                    + "stored (what was stored before is kept)", true, e);
        }
        return e;
    }

    private static boolean lowOnSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() < StoragePreflight.MIN_FREE_BYTES;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
