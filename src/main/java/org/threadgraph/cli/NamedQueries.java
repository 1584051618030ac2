package org.threadgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The library of named queries in {@code queries/NAME.cypher}: a {@code queries} folder in the
 * working directory wins (so users can edit and add), else the copy bundled in the jar.
 */
final class NamedQueries {

    private NamedQueries() {
    }

    /** Returns the Cypher of the named query. */
    static String load(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new UserException("--name " + name + ": query names are letters, digits, '-' and '_'");
        }
        Path local = Path.of("queries", name + ".cypher");
        if (Files.isRegularFile(local)) {
            return readFile(local);
        }
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + name + ".cypher")) {
            if (in == null) {
                throw new UserException("--name " + name + ": no query of that name (see the queries/ folder)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("--name " + name + ": cannot read the bundled query: " + e.getMessage());
        }
    }

    /** Returns the content of a query file. */
    static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UserException(file + ": cannot read query file: " + e.getMessage());
        }
    }
}
