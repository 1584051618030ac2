package org.threadgraph.store;

import org.neo4j.driver.exceptions.Neo4jException;

/** Turns Neo4j's reports of a failing disk into a one-line message a user can act on. */
final class StorageFaults {

    private StorageFaults() {
    }

    /**
     * Returns a user error for a full or read-only disk, and the exception unchanged for anything else
     * (bad Cypher and the like are explained where the query is run).
     */
    static RuntimeException translate(Neo4jException e, String where) {
        String text = chain(e);
        if (text.contains("No space left on device") || text.contains("out of disk space")) {
            return new StoreException("the disk holding " + where + " is full: this transaction was not stored; "
                    + "free some space and run the command again (what was stored before is kept)", true, e);
        }
        if (text.contains("Read-only file system")) {
            return new StoreException("the disk holding " + where + " became read-only: this transaction was not "
                    + "stored (what was stored before is kept)", true, e);
        }
        return e;
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
