package org.threadgraph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads quotes and comment texts for near-duplicate matching, and writes the QUOTES edges found. */
public final class QuoteStore {

    /** A text to match: a quote or a comment. */
    public record Text(String id, String postId, String text) {
    }

    /** A quote found to repost a comment. */
    public record Match(String quoteId, String commentId, double similarity) {
    }

    private static final String QUOTES = "MATCH (q:Quote) RETURN q.id AS id, q.postId AS postId, q.text AS text";
    private static final String COMMENTS = """
            MATCH (c:Comment) WHERE c.text IS NOT NULL AND NOT coalesce(c.removed, false)
            RETURN c.id AS id, c.postId AS postId, c.text AS text
            """;
    private static final String REPLACE = """
            MATCH (:Quote)-[old:QUOTES]->() DELETE old
            WITH count(*) AS cleared
            UNWIND $rows AS row
            MATCH (q:Quote {id: row.quote}) MATCH (c:Comment {id: row.comment})
            CREATE (q)-[r:QUOTES]->(c) SET r.similarity = row.similarity, r.method = 'shingle-containment'
            """;

    private final Database db;

    public QuoteStore(Database db) {
        this.db = db;
    }

    /** Streams every quote. */
    public void quotes(Consumer<Text> quotes) {
        db.streamRows(QUOTES, Map.of(), r -> quotes.accept(text(r)));
    }

    /** Streams every comment that has text. */
    public void comments(Consumer<Text> comments) {
        db.streamRows(COMMENTS, Map.of(), r -> comments.accept(text(r)));
    }

    /** Replaces all QUOTES edges with these matches. */
    public void replaceMatches(List<Match> matches) {
        List<Map<String, Object>> rows = matches.stream().map(m -> Map.<String, Object>of("quote", m.quoteId(),
                "comment", m.commentId(), "similarity", m.similarity())).toList();
        db.write(tx -> tx.run(REPLACE, Map.of("rows", rows)).consume());
    }

    private static Text text(Map<String, Object> r) {
        return new Text((String) r.get("id"), (String) r.get("postId"), (String) r.get("text"));
    }
}
