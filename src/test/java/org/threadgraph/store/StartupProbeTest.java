package org.threadgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupProbeTest {
    @Test
    void probe() throws Exception {
        Path dir = Files.createTempDirectory("probe");
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Database db = Database.openEmbedded(dir);
            long t1 = System.nanoTime();
            db.applySchema();
            long t2 = System.nanoTime();
            db.close();
            long t3 = System.nanoTime();
            System.err.printf("RUN %d open %.2f s (schema again %.2f s) close %.2f s%n", i, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
        }
        System.err.println("AUTHINI " + Files.exists(dir.resolve("data/dbms/auth.ini"))); System.err.println("SIZE " + new ProcessBuilder("du", "-sh", dir.toString()).start().inputReader().readLine());
    }
}
