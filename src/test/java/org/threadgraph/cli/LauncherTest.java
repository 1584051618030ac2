package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.store.Database;

/**
 * The JVM that {@link Launcher} starts ends as soon as its launcher is killed outright, and leaves
 * the database free for the next command.
 */
class LauncherTest {

    @TempDir
    Path root;

    @Test
    void theLaunchedJvmEndsWhenItsLauncherIsKilled() throws Exception {
        Path db = root.resolve("data");
        Path log = root.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A shell stands in for the launcher: it stays the JVM's parent until it is killed.
        String launched = String.join(" ", List.of(java, "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-D" + JvmOptions.LAUNCHED_PROPERTY + "=true",
                "-cp", "'" + System.getProperty("java.class.path") + "'", Launcher.class.getName(), "serve", "--db",
                "'" + db + "'", "--port", "0"));
        Process launcher = new ProcessBuilder("sh", "-c", launched + "; true").redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        Optional<ProcessHandle> work = Optional.empty();
        try {
            for (int i = 0; i < 600 && launcher.isAlive() && !Files.readString(log).contains("Press Ctrl-C"); i++) {
                Thread.sleep(200);
            }
            assertTrue(Files.readString(log).contains("Press Ctrl-C"), Files.readString(log));
            work = launcher.toHandle().children().findFirst();
            assertTrue(work.isPresent(), "no launched JVM");
            launcher.destroyForcibly().waitFor();
            assertTrue(work.get().onExit().get(10, TimeUnit.SECONDS) != null && !work.get().isAlive(),
                    "the launched JVM outlived its launcher");
        } finally {
            launcher.destroyForcibly();
            // Once the shell is gone the JVM is no longer its descendant: end it by its own handle.
            work.ifPresent(ProcessHandle::destroyForcibly);
        }
        try (Database again = Database.openEmbedded(db)) {
            assertTrue(again.description().contains(db.toString()), again.description());
        }
    }
}
