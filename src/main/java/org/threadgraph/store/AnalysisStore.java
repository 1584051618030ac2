package org.threadgraph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.threadgraph.render.Captions;
import org.threadgraph.render.Counts;
import java.util.Set;
import java.util.function.Consumer;
import org.threadgraph.model.Stance;

/**
 * Reads what the analysis needs (a batch of posts at a time, and the blog-wide participant interactions
 * already aggregated by Neo4j) and writes the results back as properties, {@code ACTIVE_IN}
 * relationships and {@code Camp} nodes, replacing an earlier run's.
 */
public final class AnalysisStore {

    /** A comment as the analysis sees it. */
    public record CommentRow(String id, String parentId, String writer, Instant published, int position, String text,
                             String label, String clock) {
    }

    /**
     * A RESPONDS_TO edge with its stance: {@code stanceProbabilities} holds {@code stanceAgree},
     * {@code stanceDisagree} and {@code stanceNeutral} when the edge has all three (a graph linked before they
     * were stored has none: empty).
     */
    public record ResponseRow(String fromId, String toId, boolean toPost, Stance.Label stance,
                              double stanceConfidence, double confidence, Map<Stance.Label, Double> stanceProbabilities) {
        public ResponseRow {
            stanceProbabilities = Map.copyOf(stanceProbabilities);
        }
    }

    /** A MENTIONS edge with the comment's attitude to the entity (agree = defends, disagree = attacks). */
    public record AttitudeRow(String commentId, String entityKey, String entityName, Stance.Label attitude,
                              double confidence) {
    }

    /** One post's comments, responses and attitudes. */
    public record ThreadRows(String postId, List<CommentRow> comments, List<ResponseRow> responses,
                             List<AttitudeRow> attitudes) {
    }

    /** How often one participant answered another, by stance. */
    public record InteractionRow(String from, String to, long agree, long disagree, long neutral) {
    }

    /** Depth figures of a post or of one top-level comment's thread; {@code durationMinutes} null when unknown. */
    public record Depth(int structuralDepth, int realDepth, int size, int participants, Long durationMinutes,
                        List<String> deepestChain) {
    }

    /** A participant's centrality, in one post ({@code ACTIVE_IN}) or blog-wide. */
    public record Centrality(String participantKey, double inDegree, int inDegreeRank, double outDegree,
                             int outDegreeRank, double pagerank, int pagerankRank, double betweenness,
                             int betweennessRank) {
    }

    /** A camp of comments within one post. */
    public record PostCamp(String id, String name, int dispute, List<String> terms, List<String> defends,
                           List<String> attacks, int participants, List<String> commentIds) {
    }

    /** A participant's membership of a blog-wide camp, as written. */
    private record CampMember(String camp, String key) {
    }

    /** A camp of participants across the blog, with the agreements within and across it. */
    public record BlogCamp(String id, String name, int dispute, long agreeWithin, long disagreeWithin,
                           long agreeAcross, long disagreeAcross, List<String> participantKeys) {
    }

    /** How much the blog discusses one entity and how. */
    public record EntityFigures(String key, long mentions, long defended, long attacked, long neutral, int rank) {
    }

    /**
     * One post's analysis results.
     *
     * @param threads      top-level comment id to the depth of its thread
     * @param active       centrality of each participant within the post
     * @param polarisation how divided the post is, 0..1
     */
    public record PostResults(String postId, Depth depth, Map<String, Depth> threads, List<Centrality> active,
                              double polarisation, List<PostCamp> camps) {
    }

    /** The blog-wide results. */
    public record BlogResults(List<Centrality> participants, List<BlogCamp> camps, List<EntityFigures> entities) {
    }

    private static final String COMMENTS = """
            UNWIND $ids AS id
            MATCH (c:Comment {postId: id}) WHERE c.text IS NOT NULL
            OPTIONAL MATCH (c)-[:REPLY_TO]->(parent:Comment)
            OPTIONAL MATCH (w:Participant)-[:WROTE]->(c)
            RETURN c.postId AS postId, c.id AS id, parent.id AS parentId, w.key AS writer,
                   toString(c.published) AS published,
                   coalesce(c.position, 0) AS position, c.text AS text, c.label AS label,
                   coalesce(c.clock, c.inferredClock) AS clock
            """;
    private static final String RESPONSES = """
            UNWIND $ids AS id
            MATCH (c:Comment {postId: id})-[r:RESPONDS_TO]->(t)
            RETURN c.postId AS postId, c.id AS fromId, t.id AS toId, t:Post AS toPost, coalesce(r.stance, 'neutral') AS stance,
                   coalesce(r.stanceConfidence, 0.0) AS stanceConfidence, coalesce(r.confidence, 1.0) AS confidence,
                   r.stanceAgree AS stanceAgree, r.stanceDisagree AS stanceDisagree, r.stanceNeutral AS stanceNeutral
            """;
    private static final String ATTITUDES = """
            UNWIND $ids AS id
            MATCH (c:Comment {postId: id})-[m:MENTIONS]->(e:Entity)
            RETURN c.postId AS postId, c.id AS commentId, e.key AS entityKey, e.name AS entityName,
                   coalesce(m.attitude, 'neutral') AS attitude, coalesce(m.attitudeConfidence, 0.0) AS confidence
            """;
    private static final String ALL_ATTITUDES = """
            MATCH (c:Comment)-[m:MENTIONS]->(e:Entity)
            RETURN c.id AS commentId, e.key AS entityKey, e.name AS entityName,
                   coalesce(m.attitude, 'neutral') AS attitude, coalesce(m.attitudeConfidence, 0.0) AS confidence
            """;
    private static final String LABELS = """
            UNWIND $keys AS key
            MATCH (w:Participant {key: key})-[:WROTE]->(c:Comment)-[:ON]->(p:Post)
            WITH w, c, p ORDER BY c.published, c.position
            WITH w, collect({clock: coalesce(c.clock, c.inferredClock), title: p.title, label: c.label})[0] AS first,
                 count(c) AS comments
            RETURN w.key AS key, w.name AS name, w.kind AS kind, first.clock AS clock, first.title AS title,
                   first.label AS label, comments
            """;
    private static final String INTERACTIONS = """
            MATCH (a:Participant)-[:WROTE]->(:Comment)-[r:RESPONDS_TO]->(:Comment)<-[:WROTE]-(b:Participant)
            WITH a.key AS from, b.key AS to, r.stance AS stance
            RETURN from, to, sum(CASE stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
                   sum(CASE stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree,
                   sum(CASE WHEN stance IS NULL OR stance = 'neutral' THEN 1 ELSE 0 END) AS neutral
            """;
    private static final String CLEAR_POSTS = """
            UNWIND $ids AS id
            MATCH (p:Post {id: id})
            OPTIONAL MATCH (k:Camp {scope: id})
            DETACH DELETE k
            WITH DISTINCT p
            OPTIONAL MATCH (:Participant)-[a:ACTIVE_IN]->(p)
            DELETE a
            WITH DISTINCT p
            MATCH (c:Comment {postId: p.id})
            REMOVE c.camp, c.threadStructuralDepth, c.threadRealDepth, c.threadSize, c.threadParticipants,
                   c.threadDurationMinutes, c.threadDeepestChain
            """;
    private static final String POST_PROPERTIES = "UNWIND $rows AS row MATCH (p:Post {id: row.id}) SET p += row.props";
    private static final String COMMENT_PROPERTIES = """
            UNWIND $rows AS row MATCH (c:Comment {id: row.id}) SET c += row.props
            """;
    private static final String ACTIVE_IN = """
            UNWIND $rows AS row
            MATCH (w:Participant {key: row.key}) MATCH (p:Post {id: row.postId})
            CREATE (w)-[a:ACTIVE_IN]->(p) SET a = row.props
            """;
    private static final String CAMPS = """
            UNWIND $rows AS row
            CREATE (k:Camp {id: row.id, scope: row.scope}) SET k += row.props
            WITH k, row
            UNWIND row.members AS member
            OPTIONAL MATCH (c:Comment {id: member}) WHERE row.scope <> 'blog'
            OPTIONAL MATCH (w:Participant {key: member}) WHERE row.scope = 'blog'
            WITH k, row, coalesce(c, w) AS m WHERE m IS NOT NULL
            CREATE (m)-[:IN_CAMP]->(k)
            SET m.camp = row.id
            """;
    private static final String CLEAR_PARTICIPANTS = """
            UNWIND $keys AS key MATCH (w:Participant {key: key})
            REMOVE w.camp, w.pagerank, w.pagerankRank, w.betweenness, w.betweennessRank, w.inDegree, w.inDegreeRank,
                   w.outDegree, w.outDegreeRank
            """;
    private static final String CLEAR_BLOG_CAMP_MEMBERS = """
            MATCH (:Camp {scope: 'blog'})<-[r:IN_CAMP]-() WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted
            """;
    private static final String BLOG_CAMP_MEMBERS = """
            UNWIND $rows AS row MATCH (k:Camp {id: row.camp}) MATCH (w:Participant {key: row.key})
            CREATE (w)-[:IN_CAMP]->(k)
            SET w.camp = row.camp
            """;
    private static final String PARTICIPANT_PROPERTIES = """
            UNWIND $rows AS row MATCH (w:Participant {key: row.key}) SET w += row.props
            """;
    private static final String ENTITY_PROPERTIES = """
            MATCH (e:Entity) REMOVE e.mentions, e.defended, e.attacked, e.neutral, e.rank
            WITH count(*) AS cleared
            UNWIND $rows AS row MATCH (e:Entity {key: row.key}) SET e += row.props
            """;

    /** Blog-wide rows (participants' figures, camp memberships) written per transaction by default. */
    static final int ROWS_PER_TRANSACTION = 10_000;

    private final Database db;
    private final int rowsPerTransaction;

    public AnalysisStore(Database db) {
        this(db, ROWS_PER_TRANSACTION);
    }

    /** Returns a store that writes at most {@code rowsPerTransaction} blog-wide rows in one transaction. */
    AnalysisStore(Database db, int rowsPerTransaction) {
        this.db = db;
        this.rowsPerTransaction = rowsPerTransaction;
    }

    /** Reads the posts' comments, responses and attitudes in one read transaction, in the order asked. */
    public List<ThreadRows> read(List<String> postIds) {
        Map<String, List<CommentRow>> comments = new HashMap<>();
        Map<String, List<ResponseRow>> responses = new HashMap<>();
        Map<String, List<AttitudeRow>> attitudes = new HashMap<>();
        Map<String, Object> ids = Map.of("ids", postIds);
        db.read(tx -> {
            tx.run(COMMENTS, ids).forEachRemaining(record -> {
                Map<String, Object> r = Values.plainRow(record);
                comments.computeIfAbsent((String) r.get("postId"), k -> new ArrayList<>()).add(new CommentRow(
                        (String) r.get("id"), (String) r.get("parentId"), (String) r.get("writer"),
                        r.get("published") == null ? null : OffsetDateTime.parse((String) r.get("published")).toInstant(),
                        ((Number) r.get("position")).intValue(), (String) r.get("text"), (String) r.get("label"),
                        (String) r.get("clock")));
            });
            tx.run(RESPONSES, ids).forEachRemaining(record -> {
                Map<String, Object> r = Values.plainRow(record);
                responses.computeIfAbsent((String) r.get("postId"), k -> new ArrayList<>()).add(new ResponseRow(
                        (String) r.get("fromId"), (String) r.get("toId"), Boolean.TRUE.equals(r.get("toPost")),
                        stance((String) r.get("stance")), ((Number) r.get("stanceConfidence")).doubleValue(),
                        ((Number) r.get("confidence")).doubleValue(), stanceProbabilities(r)));
            });
            tx.run(ATTITUDES, ids).forEachRemaining(record -> {
                Map<String, Object> r = Values.plainRow(record);
                attitudes.computeIfAbsent((String) r.get("postId"), k -> new ArrayList<>()).add(attitude(r));
            });
            return null;
        });
        return postIds.stream().map(id -> new ThreadRows(id, comments.getOrDefault(id, List.of()),
                responses.getOrDefault(id, List.of()), attitudes.getOrDefault(id, List.of()))).toList();
    }

    /** Returns the title of each post (its id when it has none). */
    public Map<String, String> titles(List<String> postIds) {
        Map<String, String> titles = new HashMap<>();
        db.streamRows("UNWIND $ids AS id MATCH (p:Post {id: id}) RETURN p.id AS id, coalesce(p.title, p.id) AS title",
                Map.of("ids", postIds), r -> titles.put((String) r.get("id"), (String) r.get("title")));
        return titles;
    }

    /** Streams every mention of the blog with the comment's attitude, for blog-wide entity counts. */
    public void attitudes(Consumer<AttitudeRow> rows) {
        db.streamRows(ALL_ATTITUDES, Map.of(), r -> rows.accept(attitude(r)));
    }

    /**
     * Returns, for each participant key, a label a reader can recognise: the name, and for an
     * anonymous writer the clock and post of its first comment ("Anonymous, 21:54 on TR Is Crap…").
     */
    public Map<String, String> labels(List<String> keys) {
        Map<String, String> labels = new HashMap<>();
        for (Map<String, Object> r : db.readRows(LABELS, Map.of("keys", keys))) {
            String caption = Captions.writer((String) r.get("name"), (String) r.get("clock"),
                    r.get("label") == null ? null : r.get("label").toString(), (String) r.get("title"));
            long comments = ((Number) r.get("comments")).longValue();
            labels.put((String) r.get("key"), Captions.hasOwnName((String) r.get("name")) || comments < 2 ? caption
                    : caption + " (" + Counts.of(comments, "comment") + ")");
        }
        return labels;
    }

    /** Streams the blog-wide participant interactions, aggregated in the database, in no particular order. */
    public void interactions(Consumer<InteractionRow> rows) {
        db.streamRows(INTERACTIONS, Map.of(), r -> rows.accept(new InteractionRow((String) r.get("from"),
                (String) r.get("to"), ((Number) r.get("agree")).longValue(), ((Number) r.get("disagree")).longValue(),
                ((Number) r.get("neutral")).longValue())));
    }

    /** Replaces the posts' analysis results, all in one transaction. */
    public void writePosts(List<PostResults> batch) {
        List<String> postIds = new ArrayList<>();
        List<Map<String, Object>> postRows = new ArrayList<>();
        List<Map<String, Object>> commentRows = new ArrayList<>();
        List<Map<String, Object>> activeRows = new ArrayList<>();
        List<Map<String, Object>> campRows = new ArrayList<>();
        for (PostResults results : batch) {
            String postId = results.postId();
            postIds.add(postId);
            Map<String, Object> post = depthProperties(results.depth(), "");
            post.put("polarisation", results.polarisation());
            post.put("camps", results.camps().size());
            postRows.add(Map.of("id", postId, "props", post));
            results.threads().forEach((id, depth) -> commentRows.add(Map.of("id", id,
                    "props", depthProperties(depth, "thread"))));
            for (Map<String, Object> row : centralityRows(results.active())) {
                Map<String, Object> active = new HashMap<>(row);
                active.put("postId", postId);
                activeRows.add(active);
            }
            for (PostCamp camp : results.camps()) {
                Map<String, Object> props = new HashMap<>();
                props.put("name", camp.name());
                props.put("size", camp.commentIds().size());
                props.put("dispute", camp.dispute());
                props.put("terms", camp.terms());
                props.put("defends", camp.defends());
                props.put("attacks", camp.attacks());
                props.put("participants", camp.participants());
                props.put("polarisation", results.polarisation());
                campRows.add(campRow(camp.id(), postId, props, camp.commentIds()));
            }
        }
        db.write(tx -> {
            tx.run(CLEAR_POSTS, Map.of("ids", postIds)).consume();
            tx.run(POST_PROPERTIES, Map.of("rows", postRows)).consume();
            tx.run(COMMENT_PROPERTIES, Map.of("rows", commentRows)).consume();
            tx.run(ACTIVE_IN, Map.of("rows", activeRows)).consume();
            tx.run(CAMPS, Map.of("rows", campRows)).consume();
            return null;
        });
    }

    /** Replaces the blog-wide results: participant centrality and camps, entity discussion counts. */
    public void writeBlog(BlogResults results) {
        // In transactions of a bounded size: a transaction's parameters and state sit on the heap the embedded
        // server shares, and at 74k comments the single transaction clearing and writing every participant's
        // figures already needed more than Neo4j's 336 MiB transaction-memory limit (BENCHMARKS.md, "1M comments").
        // Until the last one the blogs are marked as being written, so a run stopped in between leaves figures
        // that read as lagging and are recomputed before they are shown.
        db.write(tx -> tx.run("MATCH (b:Blog) SET b.blogFiguresWriting = true").consume());
        List<String> keys = new ArrayList<>();
        db.streamRows("MATCH (w:Participant) RETURN w.key AS key", Map.of(), row -> keys.add((String) row.get("key")));
        db.writeInBatches(keys, rowsPerTransaction,
                (tx, batch) -> tx.run(CLEAR_PARTICIPANTS, Map.of("keys", batch)).consume());
        long deleted;
        do {
            deleted = db.write(tx -> tx.run(CLEAR_BLOG_CAMP_MEMBERS, Map.of("limit", rowsPerTransaction)).single()
                    .get("deleted").asLong());
        } while (deleted > 0);
        db.write(tx -> tx.run("MATCH (k:Camp {scope: 'blog'}) DETACH DELETE k").consume());
        // Rows become driver maps a batch at a time: a map per participant for the whole blog is the largest
        // thing this write would hold.
        db.writeInBatches(results.participants(), rowsPerTransaction,
                (tx, batch) -> tx.run(PARTICIPANT_PROPERTIES, Map.of("rows", centralityRows(batch))).consume());
        List<CampMember> members = new ArrayList<>();
        List<Map<String, Object>> campRows = new ArrayList<>();
        for (BlogCamp camp : results.camps()) {
            Map<String, Object> props = new HashMap<>();
            props.put("name", camp.name());
            props.put("size", camp.participantKeys().size());
            props.put("dispute", camp.dispute());
            props.put("agreeWithin", camp.agreeWithin());
            props.put("disagreeWithin", camp.disagreeWithin());
            props.put("agreeAcross", camp.agreeAcross());
            props.put("disagreeAcross", camp.disagreeAcross());
            campRows.add(campRow(camp.id(), "blog", props, List.of()));
            camp.participantKeys().forEach(key -> members.add(new CampMember(camp.id(), key)));
        }
        db.writeInBatches(campRows, rowsPerTransaction, (tx, batch) -> tx.run(CAMPS, Map.of("rows", batch)).consume());
        db.writeInBatches(members, rowsPerTransaction, (tx, batch) -> tx.run(BLOG_CAMP_MEMBERS,
                Map.of("rows", batch.stream().map(m -> Map.of("camp", m.camp(), "key", m.key())).toList())).consume());
        List<Map<String, Object>> entityRows = new ArrayList<>();
        for (EntityFigures e : results.entities()) {
            entityRows.add(Map.of("key", e.key(), "props", Map.of("mentions", e.mentions(), "defended", e.defended(),
                    "attacked", e.attacked(), "neutral", e.neutral(), "rank", e.rank())));
        }
        db.write(tx -> {
            tx.run(ENTITY_PROPERTIES, Map.of("rows", entityRows)).consume();
            tx.run("MATCH (b:Blog) REMOVE b.blogFiguresBehind, b.blogFiguresWriting").consume();
            return null;
        });
    }

    /**
     * Records on every blog that its blog-wide figures do not count {@code posts} more changed posts
     * (their analysis was refreshed alone); {@link #writeBlog} clears the count.
     */
    public void blogFiguresMissed(int posts) {
        db.write(tx -> tx.run("MATCH (b:Blog) SET b.blogFiguresBehind = coalesce(b.blogFiguresBehind, 0) + $posts",
                Map.of("posts", posts)).consume());
    }

    /**
     * Returns how many changed posts the stored blog-wide figures do not count yet: 0 when current, at
     * least 1 when a write of them stopped part-way.
     */
    public int blogFiguresBehind() {
        List<Map<String, Object>> rows = db.readRows("MATCH (b:Blog) RETURN coalesce(max(b.blogFiguresBehind), 0) "
                + "AS behind, coalesce(max(b.blogFiguresWriting), false) AS unfinished", Map.of());
        if (rows.isEmpty()) {
            return 0;
        }
        int behind = ((Number) rows.get(0).get("behind")).intValue();
        // A write of the figures that stopped part-way lags too, if no changed post is counted yet.
        return Boolean.TRUE.equals(rows.get(0).get("unfinished")) ? Math.max(behind, 1) : behind;
    }

    /** Returns which of the posts carry analysis results from an earlier run. */
    public Set<String> analysed(Collection<String> postIds) {
        Set<String> analysed = new HashSet<>();
        db.streamRows("UNWIND $ids AS id MATCH (p:Post {id: id}) WHERE p.realDepth IS NOT NULL RETURN p.id AS id",
                Map.of("ids", List.copyOf(postIds)), r -> analysed.add((String) r.get("id")));
        return analysed;
    }

    private static Map<String, Object> depthProperties(Depth d, String prefix) {
        Map<String, Object> props = new HashMap<>();
        props.put(name(prefix, "structuralDepth"), d.structuralDepth());
        props.put(name(prefix, "realDepth"), d.realDepth());
        props.put(name(prefix, "size"), d.size());
        props.put(name(prefix, "participants"), d.participants());
        if (d.durationMinutes() != null) {
            props.put(name(prefix, "durationMinutes"), d.durationMinutes());
        }
        props.put(name(prefix, "deepestChain"), d.deepestChain());
        return props;
    }

    private static String name(String prefix, String property) {
        return prefix.isEmpty() ? property
                : prefix + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private static List<Map<String, Object>> centralityRows(List<Centrality> ranks) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Centrality r : ranks) {
            Map<String, Object> props = new HashMap<>();
            props.put("inDegree", r.inDegree());
            props.put("inDegreeRank", r.inDegreeRank());
            props.put("outDegree", r.outDegree());
            props.put("outDegreeRank", r.outDegreeRank());
            props.put("pagerank", r.pagerank());
            props.put("pagerankRank", r.pagerankRank());
            props.put("betweenness", r.betweenness());
            props.put("betweennessRank", r.betweennessRank());
            rows.add(Map.of("key", r.participantKey(), "props", props));
        }
        return rows;
    }

    private static Map<String, Object> campRow(String id, String scope, Map<String, Object> props,
                                               List<String> members) {
        return Map.of("id", id, "scope", scope, "props", props, "members", members);
    }

    /** The stance distribution of a RESPONDS_TO row: all three probabilities, or empty when any is missing. */
    private static Map<Stance.Label, Double> stanceProbabilities(Map<String, Object> row) {
        Object agree = row.get("stanceAgree");
        Object disagree = row.get("stanceDisagree");
        Object neutral = row.get("stanceNeutral");
        if (!(agree instanceof Number a && disagree instanceof Number d && neutral instanceof Number n)) {
            return Map.of();
        }
        return Map.of(Stance.Label.AGREE, a.doubleValue(), Stance.Label.DISAGREE, d.doubleValue(),
                Stance.Label.NEUTRAL, n.doubleValue());
    }

    private static Stance.Label stance(String graphName) {
        return switch (graphName) {
            case "agree" -> Stance.Label.AGREE;
            case "disagree" -> Stance.Label.DISAGREE;
            default -> Stance.Label.NEUTRAL;
        };
    }

    /** Mentions are stored as defend / attack / neutral (see {@link LinkWriter}). */
    private static Stance.Label attitude(String graphName) {
        return switch (graphName) {
            case "defend" -> Stance.Label.AGREE;
            case "attack" -> Stance.Label.DISAGREE;
            default -> Stance.Label.NEUTRAL;
        };
    }

    private static AttitudeRow attitude(Map<String, Object> r) {
        return new AttitudeRow((String) r.get("commentId"), (String) r.get("entityKey"), (String) r.get("entityName"),
                attitude((String) r.get("attitude")), ((Number) r.get("confidence")).doubleValue());
    }
}
