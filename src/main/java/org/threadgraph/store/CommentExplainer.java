package org.threadgraph.store;

import java.util.List;
import java.util.Map;

/** Reads one comment with every edge that explains it. */
public final class CommentExplainer {

    private static final String EXPLAIN = """
            MATCH (c:Comment {id: $id})
            OPTIONAL MATCH (c)-[:ON]->(p:Post)
            OPTIONAL MATCH (c)-[:REPLY_TO]->(parent:Comment)
            OPTIONAL MATCH (c)-[r:RESPONDS_TO]->(t)
            OPTIONAL MATCH (w:Participant)-[wrote:WROTE]->(c)
            RETURN c {.*} AS comment, p {.id, .title, .url} AS post, parent {.*} AS parent,
                   CASE WHEN r IS NULL THEN NULL ELSE r {.*, targetId: t.id, targetKind: labels(t)[0],
                        targetText: coalesce(t.text, t.title), targetClock: t.clock, targetLabel: t.label} END AS responds,
                   CASE WHEN w IS NULL THEN NULL ELSE w {.*, how: wrote {.*}} END AS writer,
                   [(o:Comment)-[x:RESPONDS_TO]->(c) | x {.*, from: o.id, fromLabel: o.label, fromText: o.text}]
                       AS respondedBy,
                   [(c)-[s:SAME_AUTHOR_AS]-(o:Comment) | s {.*, other: o.id, otherLabel: o.label, otherPost: o.postId}]
                       AS sameAuthor,
                   [(c)-[m:MENTIONS]->(e:Entity) | m {.*, entity: e.name, entityKey: e.key, type: e.type}] AS mentions,
                   [(c)-[l:LINKS_TO]->(lp:Post) | l {.*, post: lp.id, title: lp.title, url: lp.url, stub: lp.stub}]
                       AS links,
                   [(q)-[x:QUOTES]->(c) | x {.*, from: q.id, fromKind: labels(q)[0], fromPost: q.postId}] AS quotedBy
            """;

    private final Database db;

    public CommentExplainer(Database db) {
        this.db = db;
    }

    /**
     * Returns the explanation of a comment.
     *
     * @throws StoreException (a user error) when no comment has that id
     */
    @SuppressWarnings("unchecked")
    public CommentExplanation explain(String commentId) {
        Map<String, Object> r = db.readFirst(EXPLAIN, Map.of("id", commentId), "no comment with id " + commentId);
        return new CommentExplanation((Map<String, Object>) r.get("comment"), (Map<String, Object>) r.get("post"),
                (Map<String, Object>) r.get("parent"), (Map<String, Object>) r.get("responds"),
                (List<Map<String, Object>>) r.get("respondedBy"), (Map<String, Object>) r.get("writer"),
                (List<Map<String, Object>>) r.get("sameAuthor"), (List<Map<String, Object>>) r.get("mentions"),
                (List<Map<String, Object>>) r.get("links"), (List<Map<String, Object>>) r.get("quotedBy"));
    }
}
