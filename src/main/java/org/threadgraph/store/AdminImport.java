package org.threadgraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Runs Neo4j's own importer ({@code neo4j-admin database import full}, part of the Neo4j jar) in this
 * process, into the embedded database's folder while no DBMS holds it.
 */
final class AdminImport {

    private AdminImport() {
    }

    /**
     * Imports the files into database {@value Database#NAME} of the folder.
     *
     * @param fileArguments the importer's {@code --nodes=…} and {@code --relationships=…} arguments
     * @param replace       whether an existing (empty) store is replaced
     * @param workDir       where the importer's configuration folder and report go
     * @throws StoreException when the import fails; the partial store is removed first
     */
    static void run(Path dir, List<String> fileArguments, boolean replace, Path workDir) {
        StoragePreflight.check(dir);
        Path home = dir.toAbsolutePath();
        List<String> args = new ArrayList<>(List.of("database", "import", "full", Database.NAME,
                "--multiline-fields=true", "--array-delimiter=U+001F", "--bad-tolerance=0",
                "--overwrite-destination=" + replace, "--report-file=" + workDir.resolve("import.report")));
        args.addAll(fileArguments);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
             DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            Path conf = Files.createDirectories(workDir.resolve("conf"));
            code = AdminTool.execute(new ExecutionContext(home, conf, out, out, fs), args.toArray(String[]::new));
        } catch (IOException | RuntimeException e) {
            removeStore(home);
            throw new StoreException("the bulk import into " + dir + " failed: " + EmbeddedServer.rootMessage(e),
                    false, e);
        }
        if (code != 0) {
            removeStore(home);
            throw new StoreException("the bulk import into " + dir + " failed: " + lastError(log), false, null);
        }
    }

    /** Removes what the importer wrote of database {@value Database#NAME}, so the next start creates it anew. */
    private static void removeStore(Path home) {
        for (Path part : List.of(home.resolve("data/databases").resolve(Database.NAME),
                home.resolve("data/transactions").resolve(Database.NAME))) {
            if (!Files.exists(part)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(part)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new StoreException("the bulk import failed and its partial store " + part
                        + " cannot be removed: " + e.getMessage(), true, e);
            }
        }
    }

    /** The importer's last line that names a problem, or its last line. */
    private static String lastError(ByteArrayOutputStream log) {
        List<String> lines = log.toString(StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> l.contains("rror") || l.contains("xception")).reduce((a, b) -> b)
                .or(() -> lines.stream().reduce((a, b) -> b)).orElse("no output");
    }
}
