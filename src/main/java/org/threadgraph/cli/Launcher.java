package org.threadgraph.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point. {@code java -jar threadgraph.jar} cannot set JVM options, and the defaults
 * cost most of a short command's time: on this project's 2-core machine the JIT compiler's second tier
 * took more CPU than the work itself, and loading Neo4j's classes took seconds. So, started from the
 * jar, threadgraph runs itself once more in a JVM started with {@link JvmOptions} (the first JIT tier
 * only, and the class-data archive the build made beside the jar), passes its standard streams and
 * exit code through, and stops that JVM when it is stopped. Started any other way (tests, an IDE,
 * {@code THREADGRAPH_RELAUNCH=off}) it runs in place.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty(JvmOptions.LAUNCHED_PROPERTY) != null) {
            ParentWatch.start();
        } else if (!"off".equalsIgnoreCase(System.getenv("THREADGRAPH_RELAUNCH"))) {
            Optional<Integer> exitCode = ownJar().flatMap(jar -> relaunch(jar, args));
            if (exitCode.isPresent()) {
                System.exit(exitCode.get());
            }
        }
        ThreadgraphCommand.main(args);
    }

    /** Runs threadgraph in a tuned JVM and returns its exit code; empty when no second JVM could be started. */
    private static Optional<Integer> relaunch(Path jar, String[] args) {
        List<String> command = new JvmOptions(Path.of(System.getProperty("java.home"), "bin", "java"), jar,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getenv("THREADGRAPH_JAVA_OPTS"))
                .command(List.of(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            // No second JVM (no process slots, a locked-down sandbox): the caller runs here, only slower.
            return Optional.empty();
        }
        Thread stopChild = new Thread(() -> stop(child), "threadgraph-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return Optional.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(ThreadgraphCommand.INTERNAL_ERROR);
        }
    }

    /** Stops the child as this process is stopped: politely, so its database shuts down cleanly. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            child.waitFor();
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /** Returns the jar this class was loaded from, when it was loaded from a jar. */
    public static Optional<Path> ownJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
