package org.threadgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of the JVM that {@link Launcher} runs threadgraph in: the options the user gave the
 * first JVM (e.g. {@code -Xmx}), then {@code THREADGRAPH_JAVA_OPTS}, then what threadgraph adds unless
 * one of those already decides it:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: the first JIT tier only. Measured on 10k comments (2 cores),
 *       {@code link} used 107 s of CPU with both tiers and 54 s with the first alone; start-up 14 s and
 *       8 s. Neo4j's Cypher code is large, so the second tier kept compiling for the whole run.</li>
 *   <li>{@code -XX:SharedArchiveFile}: the class-data archive the build writes beside the jar
 *       ({@code threadgraph.jsa}, see the pom), when it is at least as new as the jar; it spares
 *       loading and verifying Neo4j's classes on every start (start-up CPU 14 s to 7.6 s).</li>
 * </ul>
 */
final class JvmOptions {

    /** Set in the launched JVM, so it runs threadgraph instead of launching again. */
    static final String LAUNCHED_PROPERTY = "threadgraph.launched";

    private final Path java;
    private final Path jar;
    private final List<String> inherited;
    private final List<String> fromEnvironment;

    /**
     * @param inherited   the first JVM's own options
     * @param environment {@code THREADGRAPH_JAVA_OPTS}: options separated by spaces, or null
     */
    JvmOptions(Path java, Path jar, List<String> inherited, String environment) {
        this.java = java;
        this.jar = jar;
        this.inherited = List.copyOf(inherited);
        this.fromEnvironment = environment == null || environment.isBlank() ? List.of()
                : Arrays.asList(environment.strip().split("\\s+"));
    }

    /** Returns the whole command that runs threadgraph with {@code args}. */
    List<String> command(List<String> args) {
        List<String> given = new ArrayList<>(inherited);
        given.addAll(fromEnvironment);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(given);
        // bench's own JVM only times graph algorithms against NetworkX and igraph, in long warmed-up loops:
        // there the second tier pays. Its stages run as commands of their own, tuned as usual.
        boolean timesAlgorithms = !args.isEmpty() && args.get(0).equals("bench");
        if (!timesAlgorithms && given.stream().noneMatch(o -> o.startsWith("-XX:TieredStopAtLevel")
                || o.endsWith("TieredCompilation"))) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        Path archive = archive(jar);
        if (given.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare"))
                && usable(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
            // An archive the JVM cannot map (another JDK) is skipped; its warnings would land in stdout.
            command.add("-Xlog:cds*=off");
        }
        command.add("-D" + LAUNCHED_PROPERTY + "=true");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    /** Returns where the build puts the class-data archive of {@code jar}: beside it, as NAME.jsa. */
    static Path archive(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    private boolean usable(Path archive) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
