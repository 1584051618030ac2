package org.threadgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine a benchmark ran on, read from the JVM and {@code /proc}.
 *
 * @param cpus        processors available to the JVM
 * @param cpuModel    the first "model name" of {@code /proc/cpuinfo}
 * @param memoryMiB   {@code MemTotal} of {@code /proc/meminfo}
 * @param java        the Java runtime's vendor and version
 * @param os          operating system name, version and architecture
 * @param loadAverage the one-, five- and fifteen-minute load averages when the benchmark started
 */
public record Machine(int cpus, String cpuModel, long memoryMiB, String java, String os, String loadAverage) {

    private static final Pattern MODEL = Pattern.compile("(?m)^model name\\s*:\\s*(.+)$");
    private static final Pattern MEM_TOTAL = Pattern.compile("(?m)^MemTotal:\\s*(\\d+) kB");

    /** Describes this machine. */
    public static Machine describe() {
        String cpuinfo = read("/proc/cpuinfo");
        Matcher model = MODEL.matcher(cpuinfo);
        Matcher mem = MEM_TOTAL.matcher(read("/proc/meminfo"));
        String load = read("/proc/loadavg").strip();
        return new Machine(Runtime.getRuntime().availableProcessors(), model.find() ? model.group(1).strip() : "unknown",
                mem.find() ? Long.parseLong(mem.group(1)) / 1024 : 0,
                "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                load.isEmpty() ? "unknown" : String.join(" ", Arrays.copyOf(load.split("\\s+"), 3)));
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            return "";
        }
    }
}
