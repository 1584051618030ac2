package org.threadgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.threadgraph.model.Inference;
import org.threadgraph.model.SameAuthor;

/**
 * Reads the evidence of who wrote what across the blog, and points comments at the participant that
 * evidence joins them to. Each re-pointed {@code WROTE} keeps the method, confidence and evidence.
 */
public final class IdentityStore {

    /** One comment's writer as stored, with the sign-off handle linking found on it. */
    public record WriterRow(String commentId, String participantKey, String participantKind, String handle) {
    }

    /** A comment that evidence joins to a participant, and why. */
    public record Assignment(String commentId, String participantKey, String name, Inference why) {
    }

    private static final String WRITERS = """
            MATCH (w:Participant)-[:WROTE]->(c:Comment)
            RETURN c.id AS id, w.key AS key, w.kind AS kind, c.handle AS handle
            """;
    private static final String EVIDENCE = """
            MATCH (a:Comment)-[s:SAME_AUTHOR_AS]->(b:Comment)
            RETURN a.id AS a, b.id AS b, s.method AS method, s.confidence AS confidence, s.evidence AS evidence
            """;
    private static final String LINKED = """
            MATCH (w:Participant)-[r:WROTE]->(c:Comment) WHERE r.method IS NOT NULL
            RETURN c.id AS id, w.key AS key, w.name AS name, r.method AS method, r.confidence AS confidence,
                   r.evidence AS evidence
            """;
    // Only anonymous and unattributed comments move; a profile's own comments never do.
    private static final String ASSIGN = """
            UNWIND $rows AS row
            MATCH (old:Participant)-[w:WROTE]->(c:Comment {id: row.id})
            WHERE old.key <> row.key AND old.kind IN ['anonymous', 'unknown']
            DELETE w
            WITH old, c, row
            MERGE (p:Participant {key: row.key})
            ON CREATE SET p.kind = 'anonymous', p.name = row.name
            SET p.linked = true, p.name = CASE WHEN p.kind IN ['anonymous', 'unknown'] THEN row.name ELSE p.name END
            CREATE (p)-[n:WROTE]->(c) SET n.method = row.method, n.confidence = row.confidence, n.evidence = row.evidence
            WITH old WHERE NOT (old)-[:WROTE]->()
            DELETE old
            """;
    private static final String CONFIRM = """
            UNWIND $rows AS row
            MATCH (p:Participant {key: row.key})-[w:WROTE]->(c:Comment {id: row.id})
            SET w.method = row.method, w.confidence = row.confidence, w.evidence = row.evidence,
                p.linked = true, p.name = CASE WHEN p.kind IN ['anonymous', 'unknown'] THEN row.name ELSE p.name END
            """;
    // Evidence for an earlier link is gone: the comment gets back its own anonymous participant.
    private static final String UNLINK = """
            UNWIND $ids AS id
            MATCH (old:Participant)-[w:WROTE]->(c:Comment {id: id})
            DELETE w
            WITH old, c
            MERGE (p:Participant {key: 'anon:' + c.id})
            ON CREATE SET p.kind = CASE WHEN c.authorName IS NULL THEN 'unknown' ELSE 'anonymous' END,
                          p.name = c.authorName
            CREATE (p)-[:WROTE]->(c)
            WITH old WHERE NOT (old)-[:WROTE]->()
            DELETE old
            """;

    /** Assignments written in one transaction by default. */
    static final int ROWS_PER_TRANSACTION = 10_000;

    private final Database db;
    private final int rowsPerTransaction;

    public IdentityStore(Database db) {
        this(db, ROWS_PER_TRANSACTION);
    }

    /** Returns a store that writes at most {@code rowsPerTransaction} assignments in one transaction. */
    IdentityStore(Database db, int rowsPerTransaction) {
        this.db = db;
        this.rowsPerTransaction = rowsPerTransaction;
    }

    /** Streams every comment's writer. */
    public void writers(Consumer<WriterRow> rows) {
        db.streamRows(WRITERS, Map.of(), r -> rows.accept(new WriterRow((String) r.get("id"), (String) r.get("key"),
                (String) r.get("kind"), (String) r.get("handle"))));
    }

    /** Streams every same-author edge found by the per-post linking. */
    public void evidence(Consumer<SameAuthor> edges) {
        db.streamRows(EVIDENCE, Map.of(), r -> edges.accept(new SameAuthor((String) r.get("a"), (String) r.get("b"),
                new Inference((String) r.get("method"), ((Number) r.get("confidence")).doubleValue(),
                        (String) r.get("evidence")))));
    }

    /**
     * Points each comment at its participant, returning comments linked by an earlier run whose link
     * no assignment confirms to their own anonymous participant.
     */
    public void assign(List<Assignment> assignments) {
        Map<String, Map<String, Object>> linkedBefore = new HashMap<>();
        db.streamRows(LINKED, Map.of(), r -> linkedBefore.put((String) r.get("id"), r));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Assignment a : assignments) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", a.commentId());
            row.put("key", a.participantKey());
            row.put("name", a.name());
            row.put("method", a.why().method());
            row.put("confidence", a.why().confidence());
            row.put("evidence", a.why().evidence());
            Map<String, Object> before = linkedBefore.get(a.commentId());
            if (before != null && a.participantKey().equals(before.get("key"))) {
                linkedBefore.remove(a.commentId());
                // Stored exactly so by an earlier run: writing it again would change nothing (and cost a
                // blog's worth of writes each time one post changes).
                if (row.equals(before)) {
                    continue;
                }
            }
            rows.add(row);
        }
        List<String> unlink = new ArrayList<>(linkedBefore.keySet());
        unlink.sort(null);
        // In transactions of a bounded size: at a million comments one transaction of every assignment
        // held a 2 GiB heap near full for minutes. Each row stands alone, so a run stopped between two
        // transactions is completed by the next (rows already stored so are skipped above).
        db.writeInBatches(unlink, rowsPerTransaction, (tx, ids) -> tx.run(UNLINK, Map.of("ids", ids)).consume());
        db.writeInBatches(rows, rowsPerTransaction, (tx, batch) -> {
            tx.run(ASSIGN, Map.of("rows", batch)).consume();
            tx.run(CONFIRM, Map.of("rows", batch)).consume();
        });
    }
}
