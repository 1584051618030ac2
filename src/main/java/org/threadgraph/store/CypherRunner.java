package org.threadgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Result;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;

/**
 * Runs a user's Cypher: read-only unless writing is asked for, with errors a user can act on.
 *
 * <p>Read-only is Neo4j's guard, not a reading of the text: the query runs in a read transaction of a
 * session in read access mode, where Neo4j refuses every write to data, schema, users and databases,
 * in any clause or subquery. Two kinds of statement pass that guard and are refused here, from the
 * plan Neo4j makes for the query ({@code EXPLAIN}, which runs nothing): {@code TERMINATE TRANSACTIONS},
 * which ends other sessions' work, and procedures that Neo4j does not declare {@code READ} (such as
 * {@code dbms.killConnections}) or that change the database's statistics and plans.
 */
public final class CypherRunner {

    /** The columns and rows of a query's result, as plain Java values. */
    public record Rows(List<String> columns, List<Map<String, Object>> rows) {
    }

    /** Procedures Neo4j declares READ that still change what the database collects or how it plans. */
    private static final Set<String> STATE_CHANGING_READ_PROCEDURES = Set.of("db.stats.collect", "db.stats.clear",
            "db.stats.stop", "db.resampleIndex", "db.resampleOutdatedIndexes", "db.prepareForReplanning");

    private static final String ACCESS_MODE_REFUSAL = "Neo.ClientError.Statement.AccessMode";

    private final Database db;
    private Map<String, String> procedureModes;

    public CypherRunner(Database db) {
        this.db = db;
    }

    /**
     * Runs the query and returns all its rows.
     *
     * @param allowWrite false to run it where Neo4j refuses any change
     * @throws StoreException (a user error) for bad Cypher or a refused write
     */
    public Rows run(String cypher, Map<String, Object> params, boolean allowWrite) {
        try {
            if (allowWrite) {
                return db.write(tx -> rows(tx.run(cypher, params)));
            }
            refuseCommandsReadModeAllows(cypher, params);
            return db.readOnly(tx -> rows(tx.run(cypher, params)));
        } catch (ClientException e) {
            if (ACCESS_MODE_REFUSAL.equals(e.code())) {
                throw refused("Neo4j refused to write in a read-only session: " + firstLine(e.getMessage()));
            }
            throw new StoreException("Cypher error: " + firstLine(e.getMessage()), true, e);
        }
    }

    private void refuseCommandsReadModeAllows(String cypher, Map<String, Object> params) {
        Plan plan;
        try {
            plan = db.readOnly(tx -> tx.run("EXPLAIN " + cypher, params).consume().plan());
        } catch (ClientException e) {
            throw new StoreException("Cypher error: " + firstLine(e.getMessage())
                    + (e.getMessage().contains("execution mode") ? " (a read-only query cannot be PROFILEd: "
                            + "use EXPLAIN, or --write)" : ""), true, null);
        }
        checkPlan(plan);
    }

    private void checkPlan(Plan plan) {
        String operator = plan.operatorType().replaceAll("@.*", "");
        if (operator.equals("TerminateTransactions")) {
            throw refused("TERMINATE TRANSACTIONS ends other sessions' work");
        }
        if (operator.equals("ProcedureCall")) {
            String procedure = procedureName(plan);
            String mode = procedureModes().getOrDefault(procedure, "UNKNOWN");
            if (!mode.equals("READ")) {
                throw refused("procedure " + procedure + " runs in mode " + mode + ", not READ");
            }
            if (STATE_CHANGING_READ_PROCEDURES.contains(procedure)) {
                throw refused("procedure " + procedure + " changes the database's statistics or plans");
            }
        }
        plan.children().forEach(this::checkPlan);
    }

    /** The procedure of a ProcedureCall step, from Neo4j's own description of it: "name(args) :: (...)". */
    private static String procedureName(Plan plan) {
        var details = plan.arguments().get("Details");
        String text = details == null || details.isNull() ? "" : details.asString();
        int paren = text.indexOf('(');
        return paren > 0 ? text.substring(0, paren).strip() : "(unnamed)";
    }

    private Map<String, String> procedureModes() {
        if (procedureModes == null) {
            procedureModes = Map.copyOf(db.readOnly(tx -> tx.run("SHOW PROCEDURES YIELD name, mode RETURN name, mode")
                    .list(r -> Map.entry(r.get("name").asString(), r.get("mode").asString())))
                    .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        return procedureModes;
    }

    private static StoreException refused(String why) {
        return new StoreException("refused: " + why + "; queries are read-only unless --write is given", true, null);
    }

    private static Rows rows(Result result) {
        List<String> columns = result.keys();
        return new Rows(columns, result.list(Values::plainRow));
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
