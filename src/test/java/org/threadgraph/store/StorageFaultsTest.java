package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only database folder and a disk that fills up: each gives one clear line, nothing hangs, and
 * what was stored before is there afterwards. Root (as on CI) ignores file permissions, so as root the
 * folder is made read-only by a read-only bind mount and the small disk is a tmpfs; both need root,
 * and the full-disk test fails, saying so, when not run as root.
 */
class StorageFaultsTest {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @Test
    void aReadOnlyFolderIsNamedInOneLine(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("db");
        try (Database db = Database.openEmbedded(dir)) {
            new CypherRunner(db).run("CREATE (:Post {id: 'kept'})", Map.of(), true);
        }
        Path readOnly = tmp.resolve("read-only");
        Files.createDirectories(readOnly);
        if (ROOT) {
            run("mount", "--bind", "-o", "ro", dir.toString(), readOnly.toString());
        } else {
            readOnly = dir;
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            Path folder = readOnly;
            StoreException e = assertThrows(StoreException.class, () -> Database.openEmbedded(folder).close());
            assertTrue(e.isUserError());
            assertTrue(e.getMessage().contains("cannot write to the database folder " + folder), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        } finally {
            if (ROOT) {
                run("umount", readOnly.toString());
            } else {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        try (Database db = Database.openEmbedded(dir)) {
            assertEquals(1L, new CypherRunner(db).run("MATCH (p:Post {id: 'kept'}) RETURN count(p) AS n", Map.of(),
                    false).rows().get(0).get("n"));
        }
    }

    /**
     * The writing run is a child JVM, as a user's command is: Neo4j cannot finish stopping on a full
     * disk, and its store lock lives as long as the process that took it.
     */
    @Test
    void aFullDiskStopsWritesWithAMessageAndLosesNothingStored(@TempDir Path tmp) throws Exception {
        assertTrue(ROOT, "this test mounts a 128 MB tmpfs and needs root (CI runs as root)");
        Path disk = tmp.resolve("small-disk");
        Files.createDirectories(disk);
        run("mount", "-t", "tmpfs", "-o", "size=128m", "tmpfs", disk.toString());
        try {
            Path dir = disk.resolve("db");
            try (Database db = Database.openEmbedded(dir)) {
                new CypherRunner(db).run("CREATE (:Post {id: 'before'})", Map.of(), true);
            }
            Path filler = disk.resolve("filler");
            leaveFree(filler, 40L << 20);
            long start = System.nanoTime();
            Process writer = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    "org.threadgraph.cli.ThreadgraphCommand", "query", "--db", dir.toString(), "--write",
                    "UNWIND range(1, 500) AS i CREATE (:Scratch {text: $text})", "--param", "text=" + "x".repeat(100_000)))
                    .redirectErrorStream(true).start();
            String said = new String(writer.getInputStream().readAllBytes());
            assertTrue(writer.waitFor(180, TimeUnit.SECONDS), "the writing command did not end");
            assertEquals(1, writer.exitValue(), said);
            assertTrue(said.contains("full"), said);
            assertTrue(said.strip().lines().filter(l -> l.startsWith("threadgraph:")).count() == 1, said);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(180), "the full disk was not met in time");

            Files.delete(filler);
            try (Database again = Database.openEmbedded(dir)) {
                CypherRunner after = new CypherRunner(again);
                assertEquals(List.of(Map.of("n", 1L)), after.run("MATCH (p:Post {id: 'before'}) RETURN count(p) AS n",
                        Map.of(), false).rows());
                after.run("CREATE (:Post {id: 'after'})", Map.of(), true);
            }
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    /** Fills the disk holding {@code filler} until about {@code free} bytes are left. */
    private static void leaveFree(Path filler, long free) throws IOException {
        long toWrite = Files.getFileStore(filler.getParent()).getUsableSpace() - free;
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (long written = 0; written < toWrite; written += block.length) {
                out.write(block);
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    }

}
