package org.threadgraph.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what participant and post reports show: activity, who answers whom with which stance,
 * mentions and their attitudes, camps, centrality ranks and representative comments. Every method
 * returns rows of plain values; properties that the analysis stages have not written yet are
 * simply absent (null).
 */
public final class ReportReader {

    private static final String PARTICIPANT_BY_KEY = """
            MATCH (p:Participant {key: $q})
            RETURN p.key AS key, p.name AS name, p.kind AS kind, COUNT { (p)-[:WROTE]->(:Comment) } AS comments
            """;
    private static final String PARTICIPANTS_BY_NAME = """
            MATCH (p:Participant) WHERE toLower(p.name) = toLower($q)
            RETURN p.key AS key, p.name AS name, p.kind AS kind, COUNT { (p)-[:WROTE]->(:Comment) } AS comments
            ORDER BY comments DESC, key
            """;
    private static final String PARTICIPANT_KEYS = """
            MATCH (p:Participant) WHERE EXISTS { (p)-[:WROTE]->(:Comment) } RETURN p.key AS key ORDER BY key
            """;
    // A rank the analysis did not store is counted from the scores (CASE evaluates only the branch taken).
    private static final String PARTICIPANT = """
            MATCH (p:Participant {key: $key})
            RETURN p {.*} AS participant,
                   COUNT { (p)-[:WROTE]->(:Comment) } AS comments,
                   CASE WHEN p.pagerankRank IS NOT NULL OR p.pagerank IS NULL THEN p.pagerankRank
                        ELSE 1 + COUNT { MATCH (o:Participant) WHERE o.pagerank > p.pagerank } END AS pagerankRank,
                   CASE WHEN p.betweennessRank IS NOT NULL OR p.betweenness IS NULL THEN p.betweennessRank
                        ELSE 1 + COUNT { MATCH (o:Participant) WHERE o.betweenness > p.betweenness } END
                        AS betweennessRank,
                   [(p)-[:IN_CAMP]->(k:Camp) | k {.*}] AS camps
            """;
    private static final String RANKED = """
            MATCH (o:Participant)
            RETURN count(o.pagerank) AS pagerankRanked, count(o.betweenness) AS betweennessRanked
            """;
    private static final String ACTIVITY = """
            MATCH (:Participant {key: $key})-[:WROTE]->(c:Comment)
            OPTIONAL MATCH (c)-[:ON]->(post:Post)
            WITH coalesce(date(c.published), post.date) AS day WHERE day IS NOT NULL
            RETURN substring(toString(day), 0, 7) AS month, count(*) AS comments ORDER BY month
            """;
    private static final String ANSWERS = """
            MATCH (:Participant {key: $key})-[:WROTE]->(:Comment)-[r:RESPONDS_TO]->(t)
            OPTIONAL MATCH (o:Participant)-[:WROTE]->(t)
            WITH o, t:Post AS toPost, r
            RETURN o.key AS key, CASE WHEN toPost THEN '(the post itself)' ELSE coalesce(o.name, o.key) END AS name,
                   count(r) AS responses, sum(CASE r.stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
                   sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree,
                   sum(CASE r.stance WHEN 'neutral' THEN 1 ELSE 0 END) AS neutral
            ORDER BY responses DESC, key
            """;
    private static final String ANSWERED_BY = """
            MATCH (:Participant {key: $key})-[:WROTE]->(:Comment)<-[r:RESPONDS_TO]-(d:Comment)
            OPTIONAL MATCH (o:Participant)-[:WROTE]->(d)
            RETURN o.key AS key, coalesce(o.name, o.key) AS name, count(r) AS responses,
                   sum(CASE r.stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
                   sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree,
                   sum(CASE r.stance WHEN 'neutral' THEN 1 ELSE 0 END) AS neutral
            ORDER BY responses DESC, key
            """;
    private static final String MENTIONS = """
            MATCH (:Participant {key: $key})-[:WROTE]->(:Comment)-[m:MENTIONS]->(e:Entity)
            RETURN e.key AS key, e.name AS name, e.type AS type, count(m) AS mentions,
                   sum(CASE m.attitude WHEN 'defend' THEN 1 ELSE 0 END) AS defended,
                   sum(CASE m.attitude WHEN 'attack' THEN 1 ELSE 0 END) AS attacked
            ORDER BY mentions DESC, key
            """;
    // Downstream: the comments that answer this one directly or through a chain of answers.
    private static final String COMMENTS = """
            MATCH (:Participant {key: $key})-[:WROTE]->(c:Comment)
            OPTIONAL MATCH (c)-[:ON]->(p:Post)
            RETURN c {.id, .text, .published, .label, .clock} AS comment, p.id AS postId, p.url AS postUrl,
                   p.title AS postTitle, COUNT { (c)<-[:RESPONDS_TO]-(:Comment) } AS responses,
                   COUNT { MATCH (d:Comment)-[:RESPONDS_TO*1..]->(c) RETURN DISTINCT d } AS downstream
            """;
    private static final String POST = """
            MATCH (p:Post {id: $id})
            OPTIONAL MATCH (c:Comment)-[:ON]->(p)
            OPTIONAL MATCH (w:Participant)-[:WROTE]->(c)
            RETURN p {.*} AS post, count(DISTINCT c) AS comments, count(DISTINCT w) AS writers,
                   toString(min(c.published)) AS first, toString(max(c.published)) AS last
            """;
    private static final String POST_CAMPS = """
            MATCH (k:Camp)
            WHERE k.scope IN [$id, 'post:' + $id] OR EXISTS { (:Comment {postId: $id})-[:IN_CAMP]->(k) }
            RETURN k {.*} AS camp, COUNT { (:Comment {postId: $id})-[:IN_CAMP]->(k) } AS members ORDER BY k.id
            """;
    private static final String POST_ENTITIES = """
            MATCH (c:Comment {postId: $id})-[m:MENTIONS]->(e:Entity)
            RETURN e.key AS key, e.name AS name, e.type AS type, count(m) AS mentions,
                   count(DISTINCT c) AS comments,
                   sum(CASE m.attitude WHEN 'defend' THEN 1 ELSE 0 END) AS defended,
                   sum(CASE m.attitude WHEN 'attack' THEN 1 ELSE 0 END) AS attacked
            ORDER BY mentions DESC, key LIMIT $limit
            """;

    private static final String CAMP_NAMES = """
            MATCH (k:Camp) WHERE $ids IS NULL OR k.id IN $ids RETURN k.id AS id, k.name AS name ORDER BY id
            """;

    private final Database db;

    /** Creates a reader of the database. */
    public ReportReader(Database db) {
        this.db = db;
    }

    /**
     * Returns the participants a user means by {@code keyOrName}: the one with that exact key, else
     * every participant whose name matches ignoring case (most comments first), each with key, name,
     * kind and comment count.
     */
    public List<Map<String, Object>> participantsMatching(String keyOrName) {
        List<Map<String, Object>> byKey = db.readRows(PARTICIPANT_BY_KEY, Map.of("q", keyOrName));
        return byKey.isEmpty() ? db.readRows(PARTICIPANTS_BY_NAME, Map.of("q", keyOrName)) : byKey;
    }

    /** Returns the keys of every participant who wrote at least one comment, in key order. */
    public List<String> participantKeys() {
        return db.readRows(PARTICIPANT_KEYS, Map.of()).stream().map(r -> (String) r.get("key")).toList();
    }

    /**
     * Returns one participant's stored properties ({@code participant}), comment count, camps, and
     * ranks by PageRank and betweenness (computed from the scores when the analysis stored scores but
     * no ranks; null when there are no scores).
     */
    public Map<String, Object> participant(String key) {
        return db.readFirst(PARTICIPANT, Map.of("key", key), "no participant with key " + key);
    }

    /** Returns how many participants have a PageRank ({@code pagerankRanked}) and a betweenness score. */
    public Map<String, Object> rankedCounts() {
        return db.readRows(RANKED, Map.of()).get(0);
    }

    /** Returns the participant's comments per month ({@code month} as YYYY-MM, {@code comments}). */
    public List<Map<String, Object>> activity(String key) {
        return db.readRows(ACTIVITY, Map.of("key", key));
    }

    /**
     * Returns whom the participant answers (by RESPONDS_TO): per other participant, or the post
     * itself (key null), the number of responses and how many agree, disagree or are neutral.
     */
    public List<Map<String, Object>> answers(String key) {
        return db.readRows(ANSWERS, Map.of("key", key));
    }

    /** Returns who answers the participant, per answering participant, with the same counts as {@link #answers}. */
    public List<Map<String, Object>> answeredBy(String key) {
        return db.readRows(ANSWERED_BY, Map.of("key", key));
    }

    /** Returns the entities the participant mentions, with mention counts and how many defend or attack them. */
    public List<Map<String, Object>> mentions(String key) {
        return db.readRows(MENTIONS, Map.of("key", key));
    }

    /**
     * Returns every comment of the participant with its post, the number of direct responses and the
     * number of comments downstream (answering it directly or through a chain).
     */
    public List<Map<String, Object>> comments(String key) {
        return db.readRows(COMMENTS, Map.of("key", key));
    }

    /**
     * Returns a post's stored properties ({@code post}) with counts the report can always show:
     * comments, distinct writers, and the first and last comment times.
     */
    public Map<String, Object> post(String postId) {
        return db.readFirst(POST, Map.of("id", postId), "no post with id or URL " + postId);
    }

    /** Returns the camps of a post (scoped to it, or holding its comments) with their member comment counts. */
    public List<Map<String, Object>> postCamps(String postId) {
        return db.readRows(POST_CAMPS, Map.of("id", postId));
    }

    /** Returns the id and name of each camp with one of these ids (every camp when ids is null). */
    public List<Map<String, Object>> campNames(Collection<String> ids) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids == null ? null : List.copyOf(ids));
        return db.readRows(CAMP_NAMES, params);
    }

    /** Returns the entities a post's comments mention most, with counts of defending and attacking mentions. */
    public List<Map<String, Object>> postEntities(String postId, int limit) {
        return db.readRows(POST_ENTITIES, Map.of("id", postId, "limit", (long) limit));
    }
}
