package org.threadgraph.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of every label and relationship type in the graph. */
public final class GraphStats {

    private GraphStats() {
    }

    /** Returns node counts by label, sorted by label. */
    public static Map<String, Long> labelCounts(Database db) {
        return counts(db, "CALL db.labels() YIELD label RETURN label ORDER BY label",
                "label", "MATCH (n:`%s`) RETURN count(n) AS n");
    }

    /** Returns relationship counts by type, sorted by type. */
    public static Map<String, Long> relationshipCounts(Database db) {
        return counts(db, "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType",
                "relationshipType", "MATCH ()-[r:`%s`]->() RETURN count(r) AS n");
    }

    private static Map<String, Long> counts(Database db, String namesQuery, String column, String countQuery) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Map<String, Object>> names = db.readRows(namesQuery, Map.of());
        for (Map<String, Object> row : names) {
            String name = (String) row.get(column);
            // Counting one label or type at a time reads Neo4j's count store instead of scanning.
            String query = countQuery.formatted(name.replace("`", "``"));
            Object n = db.readRows(query, Map.of()).get(0).get("n");
            counts.put(name, ((Number) n).longValue());
        }
        return counts;
    }
}
