package org.threadgraph.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a database folder before Neo4j opens it, and turns Neo4j's start-up failures into one line a
 * user can act on. Neo4j itself answers a read-only folder with hundreds of lines of log traces and a
 * tiny disk with "Database name 'system' is invalid".
 */
final class StoragePreflight {

    /**
     * Free space below which Neo4j cannot start safely: a new database takes about 2 MB and Neo4j
     * refuses to write below a reserve of its own; a margin covers the first transaction log.
     */
    static final long MIN_FREE_BYTES = 32L << 20;

    private StoragePreflight() {
    }

    /** Creates the folder if needed and checks that threadgraph can write there and the disk has room. */
    static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a database folder", true, null);
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".threadgraph-write-check", null);
            Files.delete(probe);
        } catch (IOException e) {
            throw explain(dir, e);
        }
        long free;
        try {
            free = Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            throw explain(dir, e);
        }
        if (free < MIN_FREE_BYTES) {
            throw diskFull(dir, free);
        }
    }

    /** A one-line reason for an I/O failure on the database folder. */
    static StoreException explain(Path dir, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
        if (reason.contains("No space left")) {
            return diskFull(dir, -1);
        }
        if (e instanceof AccessDeniedException || reason.contains("Read-only file system")
                || reason.contains("Permission denied")) {
            return readOnly(dir, reason.contains("Read-only file system") ? "it is on a read-only file system"
                    : "permission denied", e);
        }
        return new StoreException("cannot use the database folder " + dir + ": " + reason, true, e);
    }

    /** A one-line reason for Neo4j failing to start in {@code dir}. */
    static StoreException explainStart(Path dir, RuntimeException e) {
        String root = EmbeddedServer.rootMessage(e);
        if (root.contains("No space left") || root.contains("out of disk space")) {
            return diskFull(dir, -1);
        }
        if (root.contains("Read-only file system") || root.contains("Permission denied")
                || root.contains("AccessDenied")) {
            return readOnly(dir, "Neo4j cannot write there", e);
        }
        if (root.contains("locked by another process") || root.contains("store_lock")) {
            return new StoreException("the database in " + dir + " is in use by another process (stop it, or "
                    + "run `threadgraph serve` once and let every command use it)", true, e);
        }
        return new StoreException("cannot start the embedded database in " + dir + ": " + root, true, e);
    }

    private static StoreException readOnly(Path dir, String why, Throwable cause) {
        return new StoreException("cannot write to the database folder " + dir + " (" + why + "); Neo4j writes "
                + "its lock and logs there even to read: copy the folder somewhere writable and use --db COPY",
                true, cause);
    }

    private static StoreException diskFull(Path dir, long free) {
        String room = free >= 0 ? "only " + (free >> 20) + " MB free" : "no space left";
        return new StoreException("the disk holding " + dir + " is full (" + room + "; the embedded database needs "
                + "at least " + (MIN_FREE_BYTES >> 20) + " MB): free some space and run the command again; "
                + "what was stored before is kept", true, null);
    }
}
