package org.threadgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.threadgraph.render.BrowserGuide;
import org.threadgraph.report.Reports;
import org.threadgraph.store.ReportReader;

/**
 * The library of named queries in {@code queries/NAME.cypher}: a {@code queries} folder in the
 * working directory wins (so users can edit and add), else the copy bundled in the jar. Each file
 * starts with a header of {@code //} lines that says what it answers and declares its parameters:
 * <pre>
 * // description: the top-level comments that drew the most structural replies
 * // param limit: 10 — how many rows
 * // param key (participant): most active — a participant's key, name or handle
 * </pre>
 */
final class NamedQueries {

    /** What a parameter holds, and so how a value given for it is read. */
    enum Kind {
        /** Taken as given: numbers and true/false typed, anything else a string. */
        VALUE,
        /** A participant: a key, or a display name or handle that must name exactly one. */
        PARTICIPANT,
        /** A post: its id or permalink. */
        POST
    }

    /**
     * A declared parameter.
     *
     * @param name        the {@code $name} in the Cypher
     * @param kind        what it holds
     * @param defaultText its default as written in the header ({@code most active}, {@code busiest} or a literal)
     * @param description what it means
     */
    record Param(String name, Kind kind, String defaultText, String description) {
    }

    /**
     * A query of the library.
     *
     * @param name        its file name without {@code .cypher}
     * @param description what it answers
     * @param params      its parameters, in header order
     * @param cypher      the whole file
     */
    record NamedQuery(String name, String description, List<Param> params, String cypher) {

        /** Returns the Cypher without the header of {@code //} lines that opens it. */
        String body() {
            return cypher.lines().dropWhile(l -> l.strip().startsWith("//")).collect(Collectors.joining("\n"));
        }
    }

    private static final Pattern DESCRIPTION = Pattern.compile("^//\\s*description:\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile(
            "^//\\s*param\\s+(\\w+)\\s*(?:\\((participant|post)\\))?\\s*:\\s*(.+?)\\s+—\\s+(.+)$");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private NamedQueries() {
    }

    /** Returns the Cypher of the named query. */
    static String load(String name) {
        return query(name).cypher();
    }

    /** Returns the named query with its header read. */
    static NamedQuery query(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new UserException("--name " + name + ": query names are letters, digits, '-' and '_'");
        }
        Path local = Path.of("queries", name + ".cypher");
        if (Files.isRegularFile(local)) {
            return parse(name, readFile(local));
        }
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + name + ".cypher")) {
            if (in == null) {
                throw new UserException("--name " + name + ": no query of that name (query --list shows them)");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserException("--name " + name + ": cannot read the bundled query: " + e.getMessage());
        }
    }

    /** Returns every query of the library, local ones replacing bundled ones of the same name, by name. */
    static List<NamedQuery> all() {
        Map<String, NamedQuery> byName = new TreeMap<>();
        bundledNames().forEach(n -> byName.put(n, query(n)));
        Path local = Path.of("queries");
        if (Files.isDirectory(local)) {
            names(local).forEach(n -> byName.put(n, query(n)));
        }
        return List.copyOf(byName.values());
    }

    /** Reads the header of a query's text; a malformed {@code // param} line is a user error naming it. */
    static NamedQuery parse(String name, String cypher) {
        String description = null;
        List<Param> params = new ArrayList<>();
        int lineNumber = 0;
        for (String line : cypher.lines().toList()) {
            lineNumber++;
            String l = line.strip();
            if (!l.startsWith("//")) {
                break;
            }
            Matcher d = DESCRIPTION.matcher(l);
            Matcher p = PARAM.matcher(l);
            if (d.matches()) {
                description = d.group(1).strip();
            } else if (p.matches()) {
                Kind kind = p.group(2) == null ? Kind.VALUE : Kind.valueOf(p.group(2).toUpperCase(Locale.ROOT));
                String fallback = p.group(3).strip();
                String expected = kind == Kind.PARTICIPANT ? "most active" : kind == Kind.POST ? "busiest" : fallback;
                if (!fallback.equals(expected)) {
                    throw new UserException(name + ".cypher, line " + lineNumber + ": a " + kind.name()
                            .toLowerCase(Locale.ROOT) + " parameter's default is \"" + expected + "\"");
                }
                params.add(new Param(p.group(1), kind, fallback, p.group(4).strip()));
            } else if (l.matches("//\\s*param\\b.*")) {
                throw new UserException(name + ".cypher, line " + lineNumber + ": a parameter is declared as "
                        + "\"// param NAME [(participant|post)]: DEFAULT — DESCRIPTION\"");
            }
        }
        return new NamedQuery(name, description == null ? "" : description, List.copyOf(params), cypher);
    }

    /**
     * Returns the parameters to run a query with: those given, typed, and for every declared one not
     * given its default; a participant given by name or handle becomes its key.
     *
     * @throws UserException when a participant or post value names nobody, or a name is ambiguous
     */
    static Map<String, Object> parameters(NamedQuery query, Map<String, String> given, ReportReader reader) {
        Map<String, Object> params = new LinkedHashMap<>();
        given.forEach((k, v) -> params.put(k, typedValue(v)));
        for (Param p : query.params()) {
            String value = given.get(p.name());
            switch (p.kind()) {
                case PARTICIPANT -> params.put(p.name(), value == null ? required(reader.mostActiveParticipant(), p)
                        : participantKey(p, value, reader));
                case POST -> params.put(p.name(), value == null ? required(reader.busiestPost(), p) : value);
                case VALUE -> params.putIfAbsent(p.name(), typedValue(p.defaultText()));
            }
        }
        return params;
    }

    private static String required(String value, Param p) {
        if (value == null) {
            throw new UserException("--param " + p.name() + ": the graph is empty, so there is no default; "
                    + "ingest something first");
        }
        return value;
    }

    private static String participantKey(Param p, String value, ReportReader reader) {
        List<ReportReader.ParticipantRef> matches = reader.participantsMatching(value);
        if (matches.isEmpty()) {
            throw new UserException("--param " + p.name() + "=" + value + ": no participant with that key, name or "
                    + "handle");
        }
        if (matches.size() > 1) {
            int shown = Math.min(10, matches.size());
            throw new UserException("--param " + p.name() + "=" + value + " is ambiguous: " + matches.size()
                    + " participants match: " + matches.subList(0, shown).stream().map(Reports::describe)
                    .collect(Collectors.joining("; ")) + (matches.size() > shown ? "; …" : "")
                    + ". Give one of these keys.");
        }
        return matches.get(0).key();
    }

    /** Returns a parameter value typed: whole numbers as longs, decimals as doubles, true/false, else text. */
    static Object typedValue(String v) {
        if (v.matches("-?\\d{1,18}")) {
            return Long.parseLong(v);
        }
        if (v.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(v);
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        return v;
    }

    /** Prints the library: each query's name, what it answers, and its parameters with their defaults. */
    static void printList(List<NamedQuery> queries, PrintWriter out) {
        for (NamedQuery q : queries) {
            out.println(q.name());
            out.println("    " + q.description());
            for (Param p : q.params()) {
                out.println("    --param " + p.name() + "=…  " + p.description() + " (default: " + shownDefault(p)
                        + ")");
            }
        }
        out.println("Run one with: threadgraph query --name NAME [--param NAME=VALUE]...");
        out.flush();
    }

    /** Returns the library as Neo4j Browser guide entries, each parameter's default as Cypher Browser evaluates. */
    static List<BrowserGuide.Query> forBrowser(List<NamedQuery> queries) {
        return queries.stream().map(q -> new BrowserGuide.Query(q.name(), q.description(), q.params().stream()
                .map(p -> new BrowserGuide.Param(p.name(), p.description(), shownDefault(p), defaultExpression(p)))
                .toList(), q.body())).toList();
    }

    private static String defaultExpression(Param p) {
        return switch (p.kind()) {
            case PARTICIPANT -> ReportReader.mostActiveParticipantExpression();
            case POST -> ReportReader.busiestPostExpression();
            case VALUE -> typedValue(p.defaultText()) instanceof String text ? cypherString(text) : p.defaultText();
        };
    }

    /** A Cypher string literal; '$' escaped too, as Browser's {@code :param} refuses it in an expression. */
    private static String cypherString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("$", "\\u0024") + "'";
    }

    private static String shownDefault(Param p) {
        return switch (p.kind()) {
            case PARTICIPANT -> "the participant with the most comments";
            case POST -> "the post with the most comments";
            case VALUE -> p.defaultText();
        };
    }

    /** Returns the content of a query file. */
    static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UserException(file + ": cannot read query file: " + e.getMessage());
        }
    }

    /** Lists the bundled queries, from the jar or (when run from the build) the classes folder. */
    private static List<String> bundledNames() {
        URL folder = NamedQueries.class.getResource("/queries");
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return names(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return names(jar.getPath("/queries"));
            }
        } catch (IOException | URISyntaxException e) {
            throw new UserException("cannot list the bundled queries: " + e.getMessage());
        }
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher"))
                    .map(f -> f.substring(0, f.length() - ".cypher".length())).filter(n -> NAME.matcher(n).matches())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserException(folder + ": cannot list the queries: " + e.getMessage());
        }
    }
}
