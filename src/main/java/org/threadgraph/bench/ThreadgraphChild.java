package org.threadgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadgraph.cli.Launcher;
import org.threadgraph.cli.ThreadgraphCommand;

/**
 * Runs threadgraph commands as child processes ({@code java -jar threadgraph.jar …}, with {@code -Xmx}
 * and a GC log for the JVM its launcher starts; or the same classes on a class path when not run
 * from the jar), so that every figure includes the JVM and database start a user waits for. While a
 * child runs, its peak RSS (with the launched JVM's) is polled from {@code /proc/PID/status}; its heap
 * is read from the GC log it is told to write. A child that
 * outlives the time budget is stopped (SIGTERM, then SIGKILL) and reported as stopped.
 */
final class ThreadgraphChild {

    private static final Pattern GC_BEFORE = Pattern.compile("\\) (\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final long POLL_MILLIS = 50;

    private final List<String> launch;
    private final Path logs;
    private final Duration budget;
    private final String maxHeap;
    private int runs;

    private ThreadgraphChild(List<String> launch, Path logs, Duration budget, String maxHeap) {
        this.launch = launch;
        this.logs = logs;
        this.budget = budget;
        this.maxHeap = maxHeap;
    }

    /**
     * Returns the launcher of the threadgraph this code was loaded from: its jar when run from one,
     * else its class path.
     *
     * @param logs    folder for each child's output and GC log
     * @param budget  wall time after which a child is stopped
     * @param maxHeap the child's {@code -Xmx}, e.g. "2g"
     */
    static ThreadgraphChild ofThisThreadgraph(Path logs, Duration budget, String maxHeap) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> launch = new ArrayList<>(List.of(java));
        Optional<Path> jar = Launcher.ownJar();
        if (jar.isPresent()) {
            launch.addAll(List.of("-jar", jar.get().toString()));
        } else {
            launch.addAll(List.of("-cp", System.getProperty("java.class.path"), ThreadgraphCommand.class.getName()));
        }
        return new ThreadgraphChild(launch, logs, budget, maxHeap);
    }

    /** Returns the time budget of one child. */
    Duration budget() {
        return budget;
    }

    /** Runs {@code threadgraph ARGS...} and waits for it, at most the budget. */
    ChildRun run(String name, List<String> args) throws IOException, InterruptedException {
        runs++;
        Path output = logs.resolve(String.format("%02d-%s.log", runs, name));
        Path gcLog = logs.resolve(String.format("%02d-%s.gc.log", runs, name));
        String jvmOptions = "-Xmx" + maxHeap + " -Xlog:gc,gc+heap+exit:file=" + gcLog;
        List<String> command = new ArrayList<>();
        command.add(launch.get(0));
        boolean fromJar = launch.get(1).equals("-jar");
        if (!fromJar) {
            command.addAll(List.of(jvmOptions.split(" ")));
        }
        command.addAll(launch.subList(1, launch.size()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        if (fromJar) {
            // The jar's launcher runs the command in a second JVM: the options are for that one (see Launcher).
            builder.environment().put("THREADGRAPH_JAVA_OPTS", jvmOptions);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        // A benchmark stopped by the user must not leave its child holding the database.
        Thread stopChild = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return await(process, command, start, output, gcLog);
        } finally {
            if (!process.isAlive()) {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            }
        }
    }

    private ChildRun await(Process process, List<String> command, long start, Path output, Path gcLog)
            throws IOException, InterruptedException {
        long peakRss = 0;
        long deadline = start + budget.toNanos();
        boolean stopped = false;
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            peakRss = Math.max(peakRss, peakRss(process.toHandle()));
            if (System.nanoTime() > deadline) {
                stopped = true;
                process.destroy();
                if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int exit = stopped ? -1 : process.exitValue();
        return new ChildRun(command, exit, seconds, stopped, peakRss, peakHeap(gcLog), output);
    }

    /** Returns the VmHWM of a process and the JVM it launched, added up, in bytes. */
    private static long peakRss(ProcessHandle process) {
        return peakRss(process.pid()) + process.descendants().mapToLong(d -> peakRss(d.pid())).sum();
    }

    /** Returns VmHWM of a live process in bytes, or 0 when it cannot be read (it just ended). */
    private static long peakRss(long pid) {
        try {
            Matcher m = VM_HWM.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Returns the most heap in use in a GC log: before each collection and at exit; 0 when absent. */
    static long peakHeap(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return 0;
        }
        long peak = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher before = GC_BEFORE.matcher(line);
            if (before.find()) {
                peak = Math.max(peak, bytes(Long.parseLong(before.group(1)), before.group(2)));
            }
            Matcher exit = HEAP_AT_EXIT.matcher(line);
            if (exit.find()) {
                peak = Math.max(peak, Long.parseLong(exit.group(1)) * 1024);
            }
        }
        return peak;
    }

    private static long bytes(long value, String unit) {
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }
}
