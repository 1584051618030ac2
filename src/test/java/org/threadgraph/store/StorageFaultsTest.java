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

    @Test
    void aFullDiskStopsWritesWithAMessageAndLosesNothingStored(@TempDir Path tmp) throws Exception {
        assertTrue(ROOT, "this test mounts a 64 MB tmpfs and needs root (CI runs as root)");
        Path disk = tmp.resolve("small-disk");
        Files.createDirectories(disk);
        run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", disk.toString());
        try {
            Path dir = disk.resolve("db");
            Path filler = disk.resolve("filler");
            Database db = Database.openEmbedded(dir);
            CypherRunner runner = new CypherRunner(db);
            runner.run("CREATE (:Post {id: 'before'})", Map.of(), true);
            fill(filler);
            long start = System.nanoTime();
            StoreException full = assertThrows(StoreException.class, () -> {
                for (int i = 0; i < 50; i++) {
                    runner.run("UNWIND range(1, 200) AS i CREATE (:Scratch {text: $text})",
                            Map.of("text", "x".repeat(100_000)), true);
                }
            });
            assertTrue(full.isUserError() && full.getMessage().contains("full"), full.getMessage());
            try {
                db.close();
            } catch (StoreException stopped) {
                assertTrue(stopped.isUserError(), stopped.getMessage());
            }
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120), "the full disk was not met in time");

            StoreException noRoom = assertThrows(StoreException.class, () -> Database.openEmbedded(dir).close());
            assertTrue(noRoom.getMessage().contains("is full"), noRoom.getMessage());
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

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    }

}
