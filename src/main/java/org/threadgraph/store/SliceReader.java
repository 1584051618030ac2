package org.threadgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
                 sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree,
                 toString(min(c.published)) AS firstAt
            RETURN a.key AS source, b.key AS target, responses, agree, disagree, firstAt
            ORDER BY source, target
            """;
    // Each participant with their first comment (in the post, or the blog), which captions name them by.
    private static final String PARTICIPANTS = """
            MATCH (a:Participant)-[:WROTE]->(c:Comment)-[:ON]->(p:Post)
            WHERE $postId IS NULL OR c.postId = $postId
            WITH a, c, p ORDER BY c.published, p.date, c.position
            WITH a, count(c) AS comments, collect({clock: coalesce(c.clock, c.inferredClock), label: c.label,
                 title: p.title, at: toString(c.published)})[0] AS first
            RETURN a {.*, comments: comments, firstClock: first.clock, firstLabel: first.label, firstPost: first.title,
                      firstAt: first.at} AS participant ORDER BY a.key
            """;
    // The same two graphs for the whole blog, a participant at a time in key order (the key's unique index
    // gives that order without a sort), so that no step holds every comment or every pair at once.
    private static final String BLOG_PARTICIPANTS = """
            MATCH (a:Participant) WHERE a.key IS NOT NULL
            WITH a ORDER BY a.key
            CALL {
              WITH a
              MATCH (a)-[:WROTE]->(c:Comment)-[:ON]->(p:Post)
              WITH c, p ORDER BY c.published, p.date, c.position
              RETURN count(c) AS comments, collect({clock: coalesce(c.clock, c.inferredClock), label: c.label,
                     title: p.title, at: toString(c.published)})[0] AS first
            }
            WITH a, comments, first WHERE comments > 0
            RETURN a {.*, comments: comments, firstClock: first.clock, firstLabel: first.label, firstPost: first.title,
                      firstAt: first.at} AS participant
            """;
    private static final String BLOG_PARTICIPANT_EDGES = """
            MATCH (a:Participant) WHERE a.key IS NOT NULL
            WITH a ORDER BY a.key
            CALL {
              WITH a
              MATCH (a)-[:WROTE]->(c:Comment)-[r:RESPONDS_TO]->(t:Comment)<-[:WROTE]-(b:Participant)
              WHERE a <> b
              WITH b, count(r) AS responses,
                   sum(CASE r.stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
                   sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree,
                   toString(min(c.published)) AS firstAt
              RETURN b.key AS target, responses, agree, disagree, firstAt ORDER BY target
            }
            RETURN a.key AS source, target, responses, agree, disagree, firstAt
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
    public GraphSlice replies(String postIdOrUrl) {
        Map<String, Object> row = db.readFirst(REPLY_NODES, Map.of("post", postIdOrUrl),
                "no post with id or URL " + postIdOrUrl);
        Map<String, Object> post = properties(row.get("post"));
        String postId = (String) post.get("id");
        List<GraphSlice.Node> nodes = new ArrayList<>();
        nodes.add(new GraphSlice.Node(postId, "Post", post));
        if (row.get("comments") instanceof List<?> comments) {
            for (Object c : comments) {
                Map<String, Object> comment = properties(c);
                nodes.add(new GraphSlice.Node((String) comment.get("id"), "Comment", comment));
            }
        }
        List<GraphSlice.Edge> edges = new ArrayList<>();
        for (Map<String, Object> e : db.readRows(REPLY_EDGES, Map.of("postId", postId))) {
            edges.add(edge(e));
        }
        return new GraphSlice(nodes, edges);
    }

    /**
     * Returns the participant interaction graph: who responds to whom, with counts of responses and
     * of agreeing and disagreeing ones and the time of the first, for one post or (postId null) the
     * whole blog. Each participant carries its comment count and its first comment's clock, number,
     * post title and time.
     */
    public GraphSlice participants(String postId) {
        Map<String, Object> params = new HashMap<>();
        params.put("postId", postId);
        List<GraphSlice.Node> nodes = new ArrayList<>();
        db.streamRows(PARTICIPANTS, params, row -> nodes.add(participant(row)));
        List<GraphSlice.Edge> edges = new ArrayList<>();
        db.streamRows(PARTICIPANT_EDGES, params, row -> edges.add(participantEdge(row)));
        return new GraphSlice(nodes, edges);
    }

    /**
     * Streams the whole blog's participant graph, the nodes and edges {@code participants(null)}
     * returns in the same order, for exports larger than memory.
     */
    public void streamParticipants(Consumer<GraphSlice.Node> nodes, Consumer<GraphSlice.Edge> edges) {
        db.streamRows(BLOG_PARTICIPANTS, Map.of(), row -> nodes.accept(participant(row)));
        db.streamRows(BLOG_PARTICIPANT_EDGES, Map.of(), row -> edges.accept(participantEdge(row)));
    }

    private static GraphSlice.Node participant(Map<String, Object> row) {
        Map<String, Object> p = properties(row.get("participant"));
        return new GraphSlice.Node((String) p.get("key"), "Participant", p);
    }

    private static GraphSlice.Edge participantEdge(Map<String, Object> row) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String name : List.of("responses", "agree", "disagree", "firstAt")) {
            counts.put(name, row.get(name));
        }
        return new GraphSlice.Edge((String) row.get("source"), (String) row.get("target"), "RESPONDS_TO", counts);
    }

    /** Streams every node and then every relationship of the graph, for whole-blog exports. */
    public void streamAll(Consumer<GraphSlice.Node> nodes, Consumer<GraphSlice.Edge> edges) {
        db.streamRows(ALL_NODES, Map.of(), row -> nodes.accept(new GraphSlice.Node((String) row.get("id"),
                (String) row.get("label"), properties(row.get("properties")))));
        db.streamRows(ALL_EDGES, Map.of(), row -> edges.accept(edge(row)));
    }

    /** Returns the id of the post with this id or permalink. */
    public String postId(String postIdOrUrl) {
        return (String) db.readFirst("MATCH (p:Post) WHERE p.id = $p OR p.url = $p RETURN p.id AS id",
                Map.of("p", postIdOrUrl), "no post with id or URL " + postIdOrUrl).get("id");
    }

    private static GraphSlice.Edge edge(Map<String, Object> row) {
        return new GraphSlice.Edge((String) row.get("source"), (String) row.get("target"), (String) row.get("type"),
                properties(row.get("properties")));
    }

    /** Returns a map column of a row (a node's or relationship's properties) with its keys as strings. */
    private static Map<String, Object> properties(Object value) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
    }
}
