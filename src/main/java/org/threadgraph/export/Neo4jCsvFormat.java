package org.threadgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes CSV files in the header format of {@code neo4j-admin database import}, one file per node
 * label ({@code nodes-Comment.csv}: {@code id:ID}, {@code :LABEL}, typed columns such as
 * {@code published:datetime}) and per relationship type ({@code relationships-RESPONDS_TO.csv}:
 * {@code :START_ID}, {@code :END_ID}, {@code :TYPE}, typed columns), plus {@code neo4j-admin-import.txt}
 * with the command that loads them. Texts are whole, not snippets. Node ids share one ID space: the
 * id (or, for blogs, participants and entities, the key) is unique across labels.
 *
 * <p>The source is read twice, first for the columns and types, then for the rows, so the whole
 * blog is written without being held in memory.
 */
final class Neo4jCsvFormat {

    /** Name of the file with the import command. */
    static final String COMMAND_FILE = "neo4j-admin-import.txt";

    /**
     * What was written.
     *
     * @param nodeFiles one file per label
     * @param relationshipFiles one file per relationship type
     * @param nodes number of node rows
     * @param edges number of relationship rows
     */
    record Result(List<Path> nodeFiles, List<Path> relationshipFiles, long nodes, long edges) {
    }

    private static final class Columns {
        String idProperty;
        final Map<String, PropertyType> types = new TreeMap<>();
    }

    private Neo4jCsvFormat() {
    }

    static Result write(ElementSource source, Path dir) throws IOException {
        Map<String, Columns> labels = new TreeMap<>();
        Map<String, Columns> types = new TreeMap<>();
        source.stream(node -> {
            Columns c = labels.computeIfAbsent(node.label(), l -> new Columns());
            if (c.idProperty == null) {
                c.idProperty = node.id().equals(node.properties().get("id")) ? "id" : "key";
            }
            addTypes(c, node.properties());
        }, edge -> addTypes(types.computeIfAbsent(edge.type(), t -> new Columns()), edge.properties()));

        Files.createDirectories(dir);
        Map<String, BufferedWriter> writers = new LinkedHashMap<>();
        long[] counts = new long[2];
        try {
            for (var e : labels.entrySet()) {
                Columns c = e.getValue();
                List<String> header = new ArrayList<>(List.of(c.idProperty + ":ID", ":LABEL"));
                c.types.forEach((name, type) -> header.add(name + ":" + type.neo4jName()));
                writers.put("n" + e.getKey(), open(dir.resolve(nodeFile(e.getKey())), header));
            }
            for (var e : types.entrySet()) {
                List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
                e.getValue().types.forEach((name, type) -> header.add(name + ":" + type.neo4jName()));
                writers.put("r" + e.getKey(), open(dir.resolve(relationshipFile(e.getKey())), header));
            }
            source.stream(node -> {
                Columns c = labels.get(node.label());
                List<String> row = new ArrayList<>(List.of(quoted(node.id()), quoted(node.label())));
                c.types.forEach((name, type) -> row.add(field(node.properties().get(name), type)));
                line(writers.get("n" + node.label()), row);
                counts[0]++;
            }, edge -> {
                List<String> row = new ArrayList<>(List.of(quoted(edge.source()), quoted(edge.target()),
                        quoted(edge.type())));
                types.get(edge.type()).types.forEach((name, type) -> row.add(field(edge.properties().get(name), type)));
                line(writers.get("r" + edge.type()), row);
                counts[1]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (BufferedWriter w : writers.values()) {
                w.close();
            }
        }
        List<Path> nodeFiles = labels.keySet().stream().map(l -> dir.resolve(nodeFile(l))).toList();
        List<Path> relFiles = types.keySet().stream().map(t -> dir.resolve(relationshipFile(t))).toList();
        Files.writeString(dir.resolve(COMMAND_FILE), command(nodeFiles, relFiles), StandardCharsets.UTF_8);
        return new Result(nodeFiles, relFiles, counts[0], counts[1]);
    }

    /**
     * Returns the {@code neo4j-admin} arguments that load the files into the database {@code database}
     * (after {@code neo4j-admin}: {@code database import full …}).
     */
    static List<String> importArguments(List<Path> nodeFiles, List<Path> relationshipFiles, String database) {
        List<String> args = new ArrayList<>(List.of("database", "import", "full", database,
                "--multiline-fields=true", "--array-delimiter=;"));
        nodeFiles.forEach(f -> args.add("--nodes=" + f));
        relationshipFiles.forEach(f -> args.add("--relationships=" + f));
        return args;
    }

    private static String command(List<Path> nodeFiles, List<Path> relationshipFiles) {
        List<Path> names = new ArrayList<>();
        nodeFiles.forEach(f -> names.add(f.getFileName()));
        List<Path> relNames = relationshipFiles.stream().map(Path::getFileName).toList();
        return """
                # Bulk-load these files into a new, empty Neo4j 5 database with neo4j-admin, run in this folder
                # (stop the database first; add --overwrite-destination=true to replace an existing one):
                neo4j-admin %s
                # Texts span lines (hence --multiline-fields); list properties separate their elements with ';'.
                # Node ids form one ID space; the id:ID / key:ID column is also stored as the id or key property.
                """.formatted(importArguments(names, relNames, "neo4j").stream()
                        .map(a -> a.contains(";") ? "'" + a + "'" : a).collect(Collectors.joining(" ")));
    }

    private static void addTypes(Columns c, Map<String, Object> properties) {
        properties.forEach((name, value) -> {
            if (value != null && !name.equals(c.idProperty)) {
                c.types.merge(name, PropertyType.of(value), PropertyType::merge);
            }
        });
    }

    static String nodeFile(String label) {
        return "nodes-" + label + ".csv";
    }

    static String relationshipFile(String type) {
        return "relationships-" + type + ".csv";
    }

    private static BufferedWriter open(Path file, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        line(w, header);
        return w;
    }

    private static void line(Writer w, List<String> fields) {
        try {
            w.write(String.join(",", fields));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns one field: empty when absent, numbers and booleans bare, everything else quoted. */
    private static String field(Object value, PropertyType type) {
        if (value == null) {
            return "";
        }
        if (type.array() && value instanceof List<?> list) {
            return quoted(list.stream().map(o -> String.valueOf(o).replace(';', ',')).collect(Collectors.joining(";")));
        }
        if (type.base() == PropertyType.Base.BOOLEAN && !type.array()) {
            return String.valueOf(value);
        }
        if (type.isNumber() && value instanceof Number n) {
            return n instanceof Double || n instanceof Float ? plain(n.doubleValue()) : String.valueOf(n.longValue());
        }
        return quoted(AttributeValues.text(value));
    }

    private static String plain(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : "";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
