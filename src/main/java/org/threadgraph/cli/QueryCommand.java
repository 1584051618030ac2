package org.threadgraph.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph query}: runs Cypher on the thread graph. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a Cypher query on the thread graph: inline, from a file, or by name from the queries/ "
                + "library.", "Read-only unless --write is given."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    QuerySource source;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A query parameter ($NAME); numbers and true/false are typed, anything else is a string.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RowPrinter.Format format;

    @Option(names = "--write", description = "Allow queries that change the graph.")
    boolean write;

    static final class QuerySource {
        @Parameters(index = "0", paramLabel = "CYPHER", description = "The query.")
        String cypher;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a file.")
        Path file;

        @Option(names = "--name", paramLabel = "NAME", description = "Run queries/NAME.cypher.")
        String name;

        String text() {
            if (cypher != null) {
                return cypher;
            }
            return file != null ? NamedQueries.readFile(file) : NamedQueries.load(name);
        }
    }

    @Override
    public Integer call() {
        String cypher = source.text();
        try (Database db = dbOptions.open()) {
            CypherRunner.Rows rows = new CypherRunner(db).run(cypher, typed(params), write);
            RowPrinter.print(rows, format, spec.commandLine().getOut());
        }
        return 0;
    }

    private static Map<String, Object> typed(Map<String, String> raw) {
        Map<String, Object> typed = new LinkedHashMap<>();
        raw.forEach((k, v) -> typed.put(k, typedValue(v)));
        return typed;
    }

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
}
