package org.threadgraph.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.store.ReportReader;
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
            description = "A query parameter ($NAME); numbers and true/false are typed, anything else is a string. "
                    + "A participant parameter also takes a display name or handle.")
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

        @Option(names = "--name", paramLabel = "NAME", description = "Run queries/NAME.cypher; parameters it "
                + "declares and you do not give take their defaults.")
        String name;

        @Option(names = "--list", description = "List the named queries: what each answers, its parameters and "
                + "their defaults.")
        boolean list;

        NamedQueries.NamedQuery query() {
            if (cypher != null) {
                return NamedQueries.parse("query", cypher);
            }
            return file != null ? NamedQueries.parse(file.toString(), NamedQueries.readFile(file))
                    : NamedQueries.query(name);
        }
    }

    @Override
    public Integer call() {
        if (source.list) {
            NamedQueries.printList(NamedQueries.all(), spec.commandLine().getOut());
            return 0;
        }
        NamedQueries.NamedQuery query = source.query();
        try (Database db = dbOptions.open()) {
            Map<String, Object> values = NamedQueries.parameters(query, params, new ReportReader(db));
            CypherRunner.Rows rows = new CypherRunner(db).run(query.cypher(), values, write);
            RowPrinter.print(rows, format, spec.commandLine().getOut());
        }
        return 0;
    }
}
