package org.threadgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.threadgraph.cli.Launcher;

/**
 * Runs {@code src/bench/python/peers.py} with Debian's Python ({@code /usr/bin/python3}, which has
 * the {@code python3-networkx} and {@code python3-igraph} packages; a pyenv or venv Python may not)
 * and reads the times it prints.
 */
final class PeerScript {

    static final String PYTHON = "/usr/bin/python3";
    static final String INSTALL_HINT = "apt-get install -y python3-networkx python3-igraph";
    private static final String SCRIPT = "src/bench/python/peers.py";

    /** The peers' times on one graph. */
    record Times(int nodes, int edges, AlgorithmTimes networkx, AlgorithmTimes igraph, String versions,
                 boolean igraphExactBetweenness) {
    }

    private final Path script;
    private final Duration budget;

    private PeerScript(Path script, Duration budget) {
        this.script = script;
        this.budget = budget;
    }

    /**
     * Returns the script runner, or explains in one line why the peers cannot run: no script
     * beside the jar or in the working folder, or Python without the packages.
     */
    static PeerScript find(Duration budget) throws UnavailableException {
        Path script = locate();
        if (script == null) {
            throw new UnavailableException("peers skipped: " + SCRIPT + " not found beside the jar's project or in "
                    + Path.of("").toAbsolutePath());
        }
        try {
            Process check = new ProcessBuilder(PYTHON, "-c", "import networkx, igraph").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!check.waitFor(60, TimeUnit.SECONDS) || check.exitValue() != 0) {
                throw new UnavailableException("peers skipped: " + PYTHON + " lacks NetworkX or python-igraph; "
                        + "install them with: " + INSTALL_HINT);
            }
        } catch (IOException e) {
            throw new UnavailableException("peers skipped: " + PYTHON + " cannot run (" + e.getMessage()
                    + "); install Python 3 and: " + INSTALL_HINT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("peers skipped: interrupted");
        }
        return new PeerScript(script, budget);
    }

    /** Times the peers on a graph file, or throws when the script fails or outlives the budget. */
    Times run(Path graphml, ExportedGraph.Kind kind, int pivots, int repeats, Path log)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON, script.toString(), graphml.toString(), kind.name(),
                Integer.toString(pivots), Integer.toString(repeats))
                .redirectError(log.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(budget.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException("peers stopped after " + budget.toSeconds() + " s on " + graphml);
        }
        if (p.exitValue() != 0) {
            throw new IOException("peers.py failed on " + graphml + " (exit " + p.exitValue() + "); see " + log);
        }
        JsonNode json = new ObjectMapper().readTree(out);
        JsonNode nx = json.get("networkx");
        JsonNode ig = json.get("igraph");
        return new Times(json.get("nodes").asInt(), json.get("edges").asInt(), times(nx), times(ig),
                "NetworkX " + nx.get("version").asText() + ", python-igraph " + ig.get("version").asText(),
                ig.get("betweenness_exact").asBoolean());
    }

    private static AlgorithmTimes times(JsonNode tool) {
        return new AlgorithmTimes(seconds(tool, "pagerank"), seconds(tool, "betweenness"), seconds(tool, "components"));
    }

    /** The script prints null for an algorithm it did not run. */
    private static double seconds(JsonNode tool, String algorithm) {
        JsonNode t = tool.get(algorithm);
        return t == null || t.isNull() ? Double.NaN : t.asDouble();
    }

    private static Path locate() {
        Path jar = Launcher.ownJar().orElse(null);
        List<Path> roots = jar == null || jar.getParent() == null || jar.getParent().getParent() == null
                ? List.of(Path.of(""))
                : List.of(jar.getParent().getParent(), Path.of(""));
        for (Path root : roots) {
            Path candidate = root.resolve(SCRIPT).toAbsolutePath();
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Says in one line why the peers cannot run. */
    static final class UnavailableException extends Exception {
        UnavailableException(String message) {
            super(message);
        }
    }
}
