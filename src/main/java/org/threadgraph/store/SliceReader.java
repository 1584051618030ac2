package org.threadgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the parts of the graph that exports, views and reports show. */
public final class SliceReader {

    private static final String REPLY_NODES = """
            MATCH (p:Post) WHERE p.id = $post OR p.url = $post
            OPTIONAL MATCH (c:Comment)-[:ON]->(p)
            OPTIONAL MATCH (w:Participant)-[:WROTE]->(c)
            WITH p, c, w ORDER BY c.position, c.published, c.id
            WITH p, collect(CASE WHEN c IS NULL THEN NULL
                 ELSE c {.*, participant: w.key, participantName: w.name, participantKind: w.kind} END) AS comments
            RETURN p {.*} AS post, comments
            """;
    private static final String REPLY_EDGES = """
            MATCH (c:Comment {postId: $postId})-[r:REPLY_TO|RESPONDS_TO]->(t)
            RETURN c.id AS source, t.id AS target, type(r) AS type, properties(r) AS properties
            ORDER BY source, type, target
            """;
    private static final String PARTICIPANT_EDGES = """
            MATCH (a:Participant)-[:WROTE]->(c:Comment)-[r:RESPONDS_TO]->(t:Comment)<-[:WROTE]-(b:Participant)
            WHERE ($postId IS NULL OR c.postId = $postId) AND a <> b
            WITH a, b, count(r) AS responses,
                 sum(CASE r.stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
                 sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree
            RETURN a.key AS source, b.key AS target, responses, agree, disagree
            ORDER BY source, target
            """;
    private static final String PARTICIPANTS = """
            MATCH (a:Participant)-[:WROTE]->(c:Comment)
            WHERE $postId IS NULL OR c.postId = $postId
            WITH a, count(c) AS comments
            RETURN a {.*, comments: comments} AS participant ORDER BY a.key
            """;
    private static final String ALL_NODES = """
            MATCH (n) WHERE NOT n:Source RETURN labels(n)[0] AS label, coalesce(n.id, n.key) AS id, properties(n) AS properties
            """;
    private static final String ALL_EDGES = """
            MATCH (a)-[r]->(b)
            RETURN coalesce(a.id, a.key) AS source, coalesce(b.id, b.key) AS target, type(r) AS type,
                   properties(r) AS properties
            """;

    private final Database db;

    public SliceReader(Database db) {
        this.db = db;
    }

    /**
     * Returns a post, its comments and quotes with the writer of each comment, and the structural
     * (REPLY_TO) and real (RESPONDS_TO) reply edges between them.
     *
     * @throws StoreException (a user error) when no post has that id or permalink
     */
    @SuppressWarnings("unchecked")
    public GraphSlice replies(String postIdOrUrl) {
        Map<String, Object> row = db.readFirst(REPLY_NODES, Map.of("post", postIdOrUrl),
                "no post with id or URL " + postIdOrUrl);
        Map<String, Object> post = (Map<String, Object>) row.get("post");
        String postId = (String) post.get("id");
        List<GraphSlice.Node> nodes = new ArrayList<>();
        nodes.add(new GraphSlice.Node(postId, "Post", post));
        for (Object c : (List<Object>) row.get("comments")) {
            Map<String, Object> comment = (Map<String, Object>) c;
            nodes.add(new GraphSlice.Node((String) comment.get("id"), "Comment", comment));
        }
        List<GraphSlice.Edge> edges = new ArrayList<>();
        for (Map<String, Object> e : db.readRows(REPLY_EDGES, Map.of("postId", postId))) {
            edges.add(new GraphSlice.Edge((String) e.get("source"), (String) e.get("target"), (String) e.get("type"),
                    (Map<String, Object>) e.get("properties")));
        }
        return new GraphSlice(nodes, edges);
    }

    /**
     * Returns the participant interaction graph: who responds to whom, with counts of responses and
     * of agreeing and disagreeing ones, for one post or (postId null) the whole blog.
     */
    @SuppressWarnings("unchecked")
    public GraphSlice participants(String postId) {
        Map<String, Object> params = new HashMap<>();
        params.put("postId", postId);
        List<GraphSlice.Node> nodes = new ArrayList<>();
        db.streamRows(PARTICIPANTS, params, row -> {
            Map<String, Object> p = (Map<String, Object>) row.get("participant");
            nodes.add(new GraphSlice.Node((String) p.get("key"), "Participant", p));
        });
        List<GraphSlice.Edge> edges = new ArrayList<>();
        db.streamRows(PARTICIPANT_EDGES, params, row -> edges.add(new GraphSlice.Edge((String) row.get("source"),
                (String) row.get("target"), "RESPONDS_TO",
                Map.of("responses", row.get("responses"), "agree", row.get("agree"), "disagree", row.get("disagree")))));
        return new GraphSlice(nodes, edges);
    }

    /** Streams every node and then every relationship of the graph, for whole-blog exports. */
    @SuppressWarnings("unchecked")
    public void streamAll(Consumer<GraphSlice.Node> nodes, Consumer<GraphSlice.Edge> edges) {
        db.streamRows(ALL_NODES, Map.of(), row -> nodes.accept(new GraphSlice.Node((String) row.get("id"),
                (String) row.get("label"), (Map<String, Object>) row.get("properties"))));
        db.streamRows(ALL_EDGES, Map.of(), row -> edges.accept(new GraphSlice.Edge((String) row.get("source"),
                (String) row.get("target"), (String) row.get("type"), (Map<String, Object>) row.get("properties"))));
    }

    /** Returns the id of the post with this id or permalink. */
    public String postId(String postIdOrUrl) {
        return (String) db.readFirst("MATCH (p:Post) WHERE p.id = $p OR p.url = $p RETURN p.id AS id",
                Map.of("p", postIdOrUrl), "no post with id or URL " + postIdOrUrl).get("id");
    }
}
