package org.threadgraph.store;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Result;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;

/** Runs a user's Cypher: read-only unless writing is asked for, with errors a user can act on. */
public final class CypherRunner {

    /** The columns and rows of a query's result, as plain Java values. */
    public record Rows(List<String> columns, List<Map<String, Object>> rows) {
    }

    private final Database db;

    public CypherRunner(Database db) {
        this.db = db;
    }

    /**
     * Runs the query and returns all its rows.
     *
     * @param allowWrite false to refuse any query that would change the graph
     * @throws StoreException (a user error) for bad Cypher or a refused write
     */
    public Rows run(String cypher, Map<String, Object> params, boolean allowWrite) {
        try {
            if (!allowWrite) {
                QueryType type = db.read(tx -> tx.run("EXPLAIN " + cypher, params).consume().queryType());
                if (type != QueryType.READ_ONLY) {
                    throw new StoreException("refused: this query would change the graph (" + describe(type)
                            + "); queries are read-only unless --write is given", true, null);
                }
                return db.read(tx -> rows(tx.run(cypher, params)));
            }
            return db.write(tx -> rows(tx.run(cypher, params)));
        } catch (ClientException e) {
            throw new StoreException("Cypher error: " + firstLine(e.getMessage()), true, e);
        }
    }

    private static Rows rows(Result result) {
        List<String> columns = result.keys();
        return new Rows(columns, result.list(Values::plainRow));
    }

    private static String describe(QueryType type) {
        return switch (type) {
            case SCHEMA_WRITE -> "it changes the schema";
            case WRITE_ONLY, READ_WRITE -> "it writes data";
            default -> type.name();
        };
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
