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
 * process while no DBMS holds the embedded database's folder. It imports into a staging folder inside it
 * and then moves the new store into place, so a run that fails or is killed leaves the folder as it was.
 */
final class AdminImport {

    /** The staging folder, inside the database folder so that moving out of it is a rename. */
    static final String STAGING = ".threadgraph-bulk-import";

    private AdminImport() {
    }

    /**
     * Imports the files as database {@value Database#NAME} of the folder, replacing a store without nodes.
     *
     * @param fileArguments the importer's {@code --nodes=…} and {@code --relationships=…} arguments
     * @param workDir       where the importer's configuration folder and report go
     * @throws StoreException when the import fails; the folder is then left as it was
     */
    static void run(Path dir, List<String> fileArguments, Path workDir) {
        StoragePreflight.check(dir);
        Path home = dir.toAbsolutePath();
        Path staging = home.resolve(STAGING);
        deleteTree(staging);
        List<String> args = new ArrayList<>(List.of("database", "import", "full", Database.NAME,
                "--multiline-fields=true", "--array-delimiter=U+001F", "--bad-tolerance=0",
                "--report-file=" + workDir.resolve("import.report")));
        args.addAll(fileArguments);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int code;
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
             DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            Path conf = Files.createDirectories(workDir.resolve("conf"));
            code = AdminTool.execute(new ExecutionContext(staging, conf, out, out, fs), args.toArray(String[]::new));
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw new StoreException("the bulk import into " + dir + " failed: " + EmbeddedServer.rootMessage(e),
                    false, e);
        }
        if (code != 0) {
            deleteTree(staging);
            throw new StoreException("the bulk import into " + dir + " failed: " + lastError(log), false, null);
        }
        moveIntoPlace(staging, home);
        deleteTree(staging);
    }

    /** Moves the imported store in: its transaction logs first, the store itself last, so it appears only whole. */
    private static void moveIntoPlace(Path staging, Path home) {
        try {
            for (String part : List.of("data/transactions", "data/databases")) {
                Path target = home.resolve(part).resolve(Database.NAME);
                deleteTree(target);
                Files.createDirectories(target.getParent());
                Files.move(staging.resolve(part).resolve(Database.NAME), target);
            }
        } catch (IOException e) {
            throw StoragePreflight.explain(home, e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StoreException("cannot remove " + folder + ": " + e.getMessage(), true, e);
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
