package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` keeps the embedded database up, and other commands given the same --db use it. */
class ServeTest {

    @Test
    void otherCommandsUseTheRunningServe(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("data");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String portText = Integer.toString(port);
        Thread serve = new Thread(() -> CliRunner.run("serve", "--db", db.toString(), "--port", portText));
        serve.start();
        Path advertised = db.resolve("threadgraph-serve.properties");
        for (int i = 0; i < 600 && !Files.exists(advertised); i++) {
            Thread.sleep(200);
        }
        assertTrue(Files.exists(advertised), "serve did not start");

        CliRunner.Run ingest = CliRunner.run("ingest", "--db", db.toString(), "--blog",
                "https://probationmatters.blogspot.com/", "src/main/resources/samples/seeds/001_7bdf047bcd8d19ad.txt");
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("serve at bolt://127.0.0.1:" + port), ingest.out());

        serve.interrupt();
        serve.join(60_000);
        assertFalse(serve.isAlive());
        assertFalse(Files.exists(advertised), "serve withdraws its address when it stops");
    }
}
