package org.threadgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what participant and post reports show, as small records: a participant's facts, activity,
 * whom they answer and who answers them with which stance, mentions, comments; a post's facts, camps,
 * comments and responses. Properties the analysis has not written yet are null.
 */
public final class ReportReader {

    /**
     * A participant as captions name them.
     *
     * @param key        the participant key
     * @param name       display name, or null
     * @param kind       how the participant is known (anonymous, profile, …), or null
     * @param firstClock clock time of their first comment, or null
     * @param firstLabel page number of their first comment (e.g. {@code 5.1}), or null
     * @param firstPost  title of the post of their first comment, or null
     * @param comments   how many comments they wrote
     */
    public record ParticipantRef(String key, String name, String kind, String firstClock, String firstLabel,
                                 String firstPost, long comments) {
    }

    /**
     * A camp and what it stands for.
     *
     * @param id      the camp id
     * @param name    the name the analysis gave it, or null
     * @param defends entities its members defend, most first
     * @param attacks entities its members attack, most first
     * @param terms   its characteristic words
     */
    public record CampRef(String id, String name, List<String> defends, List<String> attacks, List<String> terms) {
    }

    /**
     * What the analysis stored about a participant, with the ranks counted against everyone.
     *
     * @param who               the participant
     * @param posts             posts they commented on
     * @param pagerank          blog-wide PageRank, or null
     * @param pagerankRank      its rank, or null
     * @param pagerankRanked    how many participants have a PageRank
     * @param betweenness       blog-wide betweenness, or null
     * @param betweennessRank   its rank, or null
     * @param betweennessRanked how many participants have a betweenness
     * @param camps             the camps they are in
     */
    public record ParticipantFacts(ParticipantRef who, long posts, Double pagerank, Long pagerankRank,
                                   long pagerankRanked, Double betweenness, Long betweennessRank,
                                   long betweennessRanked, List<CampRef> camps) {
    }

    /** Comments in one month ({@code YYYY-MM}). */
    public record MonthCount(String month, long comments) {
    }

    /**
     * Responses between a participant and one other (or the post itself).
     *
     * @param other     the other participant; null when the responses answer the post itself
     * @param responses how many
     * @param agree     how many agree
     * @param disagree  how many disagree
     * @param neutral   how many are neutral
     */
    public record Exchange(ParticipantRef other, long responses, long agree, long disagree, long neutral) {
    }

    /**
     * An entity named by some comments.
     *
     * @param key      the entity key
     * @param name     its name
     * @param type     person, organisation, …
     * @param mentions how many mentions
     * @param comments in how many comments
     * @param defended mentions that defend it
     * @param attacked mentions that attack it
     */
    public record EntityMentions(String key, String name, String type, long mentions, long comments, long defended,
                                 long attacked) {
    }

    /**
     * A comment of a participant, with what answers it.
     *
     * @param id         the comment id
     * @param label      its number on the page, or null
     * @param clock      the clock time readers saw, or null
     * @param published  ISO date-time, or null
     * @param text       its text
     * @param postId     its post
     * @param postUrl    the post's permalink, or null
     * @param postTitle  the post's title, or null
     * @param responses  comments answering it directly
     * @param downstream comments answering it directly or through a chain
     */
    public record AuthoredComment(String id, String label, String clock, String published, String text, String postId,
                                  String postUrl, String postTitle, long responses, long downstream) {
    }

    /**
     * A post with what the analysis stored about it.
     *
     * @param id              the post id
     * @param url             permalink, or null
     * @param title           title, or null
     * @param date            ISO date, or null
     * @param comments        comments on it
     * @param writers         distinct participants who wrote them
     * @param first           ISO date-time of the first comment, or null
     * @param last            ISO date-time of the last, or null
     * @param realDepth       comments on the longest chain of real replies, or null before analysis
     * @param structuralDepth Blogger's nesting depth, or null
     * @param deepestChain    the comment ids of that chain, root first (empty before analysis)
     * @param polarisation    how divided its camps are, or null
     */
    public record PostFacts(String id, String url, String title, String date, long comments, long writers,
                            String first, String last, Long realDepth, Long structuralDepth,
                            List<String> deepestChain, Double polarisation) {
    }

    /**
     * A camp of a post.
     *
     * @param camp         the camp
     * @param members      the post's comments in it
     * @param polarisation the post's polarisation, as stored on the camp, or null
     */
    public record PostCamp(CampRef camp, long members, Double polarisation) {
    }

    /**
     * A comment of a post, for reading a chain.
     *
     * @param id        the comment id
     * @param label     its number on the page, or null
     * @param clock     the clock time, or null
     * @param published ISO date-time, or null
     * @param text      its text
     * @param writer    its participant's display name, or the source's author line, or null
     */
    public record PostComment(String id, String label, String clock, String published, String text, String writer) {
    }

    /**
     * A real reply (RESPONDS_TO) in a post.
     *
     * @param from           the answering comment
     * @param to             what it answers (a comment id, or the post id)
     * @param toPost         true when it answers the post itself
     * @param stance         agree, disagree, neutral, or null
     * @param stanceEvidence the words the stance rests on, or null
     * @param method         how the target was found
     * @param confidence     how sure that is
     */
    public record Response(String from, String to, boolean toPost, String stance, String stanceEvidence,
                           String method, Double confidence) {
    }

    /**
     * A participant's centrality within one post, as the analysis stored it on ACTIVE_IN.
     *
     * @param who          the participant
     * @param comments     their comments on the post
     * @param pagerank     PageRank on the post's graph of who answers whom, or null
     * @param pagerankRank its rank within the post, or null
     * @param blogRank     their blog-wide PageRank rank, or null
     */
    public record PostCentrality(ParticipantRef who, long comments, Double pagerank, Long pagerankRank,
                                 Long blogRank) {
    }

    // The first comment of a participant, for captions ("Anonymous, 21:54 on <post>").
    static final String REF = """
            CALL (w) {
              OPTIONAL MATCH (w)-[:WROTE]->(c:Comment)-[:ON]->(p:Post)
              WITH c, p ORDER BY c.published, p.date, c.position LIMIT 1
              RETURN coalesce(c.clock, c.inferredClock) AS firstClock, c.label AS firstLabel, p.title AS firstPost
            }
            """;
    static final String REF_COLUMNS = """
            w.key AS key, w.name AS name, w.kind AS kind, firstClock, firstLabel, firstPost,
            COUNT { (w)-[:WROTE]->(:Comment) } AS comments""";

    // What a camp defends and attacks: as the analysis stored it, else (blog-wide camps of
    // participants) the entities its members' comments defend and attack most.
    static final String CAMP_STANDS = """
            CALL (k) {
              CALL (k) {
                MATCH (k)<-[:IN_CAMP]-(c:Comment) RETURN c
                UNION
                MATCH (k)<-[:IN_CAMP]-(:Participant)-[:WROTE]->(c:Comment) RETURN c
              }
              OPTIONAL MATCH (c)-[m:MENTIONS]->(e:Entity) WHERE m.attitude IN ['defend', 'attack']
              WITH m.attitude AS attitude, e.name AS entity, count(m) AS n ORDER BY n DESC, entity
              WITH collect({attitude: attitude, entity: entity}) AS all
              RETURN [x IN all WHERE x.attitude = 'defend' | x.entity] AS memberDefends,
                     [x IN all WHERE x.attitude = 'attack' | x.entity] AS memberAttacks
            }
            """;
    static final String STANDS_COLUMNS = """
            CASE WHEN k.defends IS NULL AND k.attacks IS NULL THEN memberDefends ELSE coalesce(k.defends, []) END
                AS defends,
            CASE WHEN k.defends IS NULL AND k.attacks IS NULL THEN memberAttacks ELSE coalesce(k.attacks, []) END
                AS attacks""";

    private static final String BY_KEY = "MATCH (w:Participant {key: $q})\n" + REF + "RETURN " + REF_COLUMNS;
    // A handle matches with or without the quote mark of a sign-off ('Getafix).
    private static final String BY_NAME = """
            MATCH (w:Participant) WHERE toLower(w.name) IN [toLower($q), "'" + toLower($q), "‘" + toLower($q)]
            """ + REF + "RETURN " + REF_COLUMNS + " ORDER BY comments DESC, key";
    private static final String KEYS = """
            MATCH (w:Participant) WHERE EXISTS { (w)-[:WROTE]->(:Comment) } RETURN w.key AS key ORDER BY key
            """;
    private static final String MOST_ACTIVE = """
            MATCH (w:Participant)-[:WROTE]->(c:Comment)
            WITH w, count(c) AS n ORDER BY n DESC, w.key LIMIT 1 RETURN w.key AS key
            """;
    private static final String BUSIEST_POST = """
            MATCH (p:Post) WHERE NOT coalesce(p.stub, false)
            WITH p, COUNT { (:Comment)-[:ON]->(p) } AS n ORDER BY n DESC, p.id LIMIT 1 RETURN p.id AS id
            """;
    // A rank the analysis did not store is counted from the scores (CASE evaluates only the branch taken).
    private static final String PARTICIPANT = "MATCH (w:Participant {key: $key})\n" + REF + """
            RETURN %s,
                   COUNT { MATCH (w)-[:WROTE]->(:Comment)-[:ON]->(p:Post) RETURN DISTINCT p } AS posts,
                   toFloat(w.pagerank) AS pagerank, toFloat(w.betweenness) AS betweenness,
                   CASE WHEN w.pagerankRank IS NOT NULL OR w.pagerank IS NULL THEN w.pagerankRank
                        ELSE 1 + COUNT { MATCH (o:Participant) WHERE o.pagerank > w.pagerank } END AS pagerankRank,
                   CASE WHEN w.betweennessRank IS NOT NULL OR w.betweenness IS NULL THEN w.betweennessRank
                        ELSE 1 + COUNT { MATCH (o:Participant) WHERE o.betweenness > w.betweenness } END
                        AS betweennessRank,
                   COUNT { MATCH (o:Participant) WHERE o.pagerank IS NOT NULL } AS pagerankRanked,
                   COUNT { MATCH (o:Participant) WHERE o.betweenness IS NOT NULL } AS betweennessRanked
            """.formatted(REF_COLUMNS);
    private static final String CAMPS_OF = """
            MATCH (:Participant {key: $key})-[:IN_CAMP]->(k:Camp)
            """ + CAMP_STANDS + """
            RETURN k.id AS id, k.name AS name,
            """ + STANDS_COLUMNS + """
            , coalesce(k.terms, []) AS terms ORDER BY id
            """;
    private static final String ACTIVITY = """
            MATCH (:Participant {key: $key})-[:WROTE]->(c:Comment)
            OPTIONAL MATCH (c)-[:ON]->(post:Post)
            WITH coalesce(date(c.published), post.date) AS day
            RETURN CASE WHEN day IS NULL THEN NULL ELSE substring(toString(day), 0, 7) END AS month,
                   count(*) AS comments ORDER BY month
            """;
    // Responses to oneself are left out, as the analysis's weighted degrees leave them out.
    private static final String ANSWERS = """
            MATCH (me:Participant {key: $key})-[:WROTE]->(:Comment)-[r:RESPONDS_TO]->(t)
            OPTIONAL MATCH (w:Participant)-[:WROTE]->(t)
            WITH me, w, r WHERE w IS NULL OR w <> me
            WITH w, count(r) AS responses, sum(CASE r.stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
                 sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree,
                 sum(CASE r.stance WHEN 'neutral' THEN 1 ELSE 0 END) AS neutral
            """ + REF + "RETURN " + REF_COLUMNS + ", responses, agree, disagree, neutral ORDER BY responses DESC, key";
    private static final String ANSWERED_BY = """
            MATCH (me:Participant {key: $key})-[:WROTE]->(:Comment)<-[r:RESPONDS_TO]-(d:Comment)
            MATCH (w:Participant)-[:WROTE]->(d) WHERE w <> me
            WITH w, count(r) AS responses, sum(CASE r.stance WHEN 'agree' THEN 1 ELSE 0 END) AS agree,
                 sum(CASE r.stance WHEN 'disagree' THEN 1 ELSE 0 END) AS disagree,
                 sum(CASE r.stance WHEN 'neutral' THEN 1 ELSE 0 END) AS neutral
            """ + REF + "RETURN " + REF_COLUMNS + ", responses, agree, disagree, neutral ORDER BY responses DESC, key";
    private static final String MENTIONS = """
            MATCH (:Participant {key: $key})-[:WROTE]->(c:Comment)-[m:MENTIONS]->(e:Entity)
            RETURN e.key AS key, e.name AS name, e.type AS type, count(m) AS mentions, count(DISTINCT c) AS comments,
                   sum(CASE m.attitude WHEN 'defend' THEN 1 ELSE 0 END) AS defended,
                   sum(CASE m.attitude WHEN 'attack' THEN 1 ELSE 0 END) AS attacked
            ORDER BY mentions DESC, key
            """;
    // Each comment answers one target, so the answers below a comment form a tree and every comment
    // downstream is reached by one path; the bound keeps the match finite on any graph and lies far
    // beyond the deepest real chain seen (10 comments in the samples).
    private static final String COMMENTS = """
            MATCH (:Participant {key: $key})-[:WROTE]->(c:Comment)
            OPTIONAL MATCH (c)-[:ON]->(p:Post)
            RETURN c.id AS id, c.label AS label, c.clock AS clock, toString(c.published) AS published,
                   c.text AS text, p.id AS postId, p.url AS postUrl, p.title AS postTitle,
                   COUNT { (c)<-[:RESPONDS_TO]-(:Comment) } AS responses,
                   COUNT { MATCH (d:Comment)-[:RESPONDS_TO*1..50]->(c) RETURN DISTINCT d } AS downstream
            ORDER BY c.published, c.position
            """;
    private static final String POST = """
            MATCH (p:Post) WHERE p.id = $id OR p.url = $id
            OPTIONAL MATCH (c:Comment)-[:ON]->(p)
            OPTIONAL MATCH (w:Participant)-[:WROTE]->(c)
            RETURN p.id AS id, p.url AS url, p.title AS title, toString(p.date) AS date,
                   count(DISTINCT c) AS comments, count(DISTINCT w) AS writers,
                   toString(min(c.published)) AS first, toString(max(c.published)) AS last,
                   p.realDepth AS realDepth, p.structuralDepth AS structuralDepth,
                   coalesce(p.deepestChain, []) AS deepestChain, toFloat(p.polarisation) AS polarisation
            """;
    private static final String POST_CAMPS = """
            MATCH (k:Camp)
            WHERE k.scope IN [$id, 'post:' + $id] OR EXISTS { (:Comment {postId: $id})-[:IN_CAMP]->(k) }
            """ + CAMP_STANDS + """
            RETURN k.id AS id, k.name AS name,
            """ + STANDS_COLUMNS + """
            , coalesce(k.terms, []) AS terms, toFloat(k.polarisation) AS polarisation,
                   COUNT { (:Comment {postId: $id})-[:IN_CAMP]->(k) } AS members ORDER BY k.id
            """;
    private static final String POST_COMMENTS = """
            MATCH (c:Comment {postId: $id})
            OPTIONAL MATCH (w:Participant)-[:WROTE]->(c)
            RETURN c.id AS id, c.label AS label, coalesce(c.clock, c.inferredClock) AS clock,
                   toString(c.published) AS published, c.text AS text, coalesce(w.name, c.authorName) AS writer
            ORDER BY c.position, c.published, c.id
            """;
    private static final String POST_RESPONSES = """
            MATCH (c:Comment {postId: $id})-[r:RESPONDS_TO]->(t)
            RETURN c.id AS from, t.id AS to, t:Post AS toPost, r.stance AS stance, r.stanceEvidence AS stanceEvidence,
                   r.method AS method, toFloat(r.confidence) AS confidence
            ORDER BY from, to
            """;
    private static final String POST_ENTITIES = """
            MATCH (c:Comment {postId: $id})-[m:MENTIONS]->(e:Entity)
            RETURN e.key AS key, e.name AS name, e.type AS type, count(m) AS mentions,
                   count(DISTINCT c) AS comments,
                   sum(CASE m.attitude WHEN 'defend' THEN 1 ELSE 0 END) AS defended,
                   sum(CASE m.attitude WHEN 'attack' THEN 1 ELSE 0 END) AS attacked
            ORDER BY mentions DESC, key LIMIT $limit
            """;
    private static final String POST_CENTRAL = """
            MATCH (w:Participant)-[a:ACTIVE_IN]->(:Post {id: $id})
            WITH w, a ORDER BY a.pagerankRank, w.key LIMIT $limit
            """ + REF + "RETURN " + REF_COLUMNS + """
            , COUNT { (w)-[:WROTE]->(:Comment {postId: $id}) } AS here, toFloat(a.pagerank) AS pagerank,
              a.pagerankRank AS pagerankRank, w.pagerankRank AS blogRank
            ORDER BY pagerankRank, key
            """;
    private static final String REFS = "UNWIND $keys AS k MATCH (w:Participant {key: k})\n" + REF
            + "RETURN " + REF_COLUMNS;
    private static final String CAMPS = """
            MATCH (k:Camp) WHERE k.id IN $ids
            """ + CAMP_STANDS + """
            RETURN k.id AS id, k.name AS name,
            """ + STANDS_COLUMNS + """
            , coalesce(k.terms, []) AS terms ORDER BY id
            """;

    private final Database db;

    /** Creates a reader of the database. */
    public ReportReader(Database db) {
        this.db = db;
    }

    /**
     * Returns the participants a user means by {@code keyOrName}: the one with that exact key, else
     * every participant whose name or sign-off handle matches ignoring case (most comments first).
     */
    public List<ParticipantRef> participantsMatching(String keyOrName) {
        List<Map<String, Object>> rows = db.readRows(BY_KEY, Map.of("q", keyOrName));
        if (rows.isEmpty()) {
            rows = db.readRows(BY_NAME, Map.of("q", keyOrName.strip().replaceFirst("^['‘]", "")));
        }
        return rows.stream().map(ReportReader::ref).toList();
    }

    /** Returns the keys of every participant who wrote at least one comment, in key order. */
    public List<String> participantKeys() {
        return db.readRows(KEYS, Map.of()).stream().map(r -> (String) r.get("key")).toList();
    }

    /** Returns the key of the participant who wrote the most comments, or null in an empty graph. */
    public String mostActiveParticipant() {
        List<Map<String, Object>> rows = db.readRows(MOST_ACTIVE, Map.of());
        return rows.isEmpty() ? null : (String) rows.get(0).get("key");
    }

    /**
     * The key of {@link #mostActiveParticipant()} as one line of Cypher that a client evaluates itself
     * (Neo4j Browser's {@code :param key => ...}); null in an empty graph.
     */
    public static String mostActiveParticipantExpression() {
        return firstValue(MOST_ACTIVE);
    }

    /** The id of {@link #busiestPost()} as one line of Cypher that a client evaluates itself; null if none. */
    public static String busiestPostExpression() {
        return firstValue(BUSIEST_POST);
    }

    /** A one-column query as an expression: its first value, the same query {@code db.readRows} runs. */
    private static String firstValue(String query) {
        return "COLLECT { " + query.strip().replaceAll("\\s+", " ") + " }[0]";
    }

    /** Returns the id of the post with the most comments, or null when there is none. */
    public String busiestPost() {
        List<Map<String, Object>> rows = db.readRows(BUSIEST_POST, Map.of());
        return rows.isEmpty() ? null : (String) rows.get(0).get("id");
    }

    /** Returns the captions' facts of these participants, by key. */
    public Map<String, ParticipantRef> participantRefs(Collection<String> keys) {
        Map<String, ParticipantRef> refs = new HashMap<>();
        db.streamRows(REFS, Map.of("keys", List.copyOf(keys)), r -> refs.put((String) r.get("key"), ref(r)));
        return refs;
    }

    /**
     * Returns what is stored about one participant.
     *
     * @throws StoreException (a user error) when no participant has that key
     */
    public ParticipantFacts participant(String key) {
        Map<String, Object> r = db.readFirst(PARTICIPANT, Map.of("key", key), "no participant with key " + key);
        List<CampRef> camps = db.readRows(CAMPS_OF, Map.of("key", key)).stream().map(ReportReader::camp).toList();
        return new ParticipantFacts(ref(r), count(r, "posts"), real(r, "pagerank"), whole(r, "pagerankRank"),
                count(r, "pagerankRanked"), real(r, "betweenness"), whole(r, "betweennessRank"),
                count(r, "betweennessRanked"), camps);
    }

    /** Returns the participant's comments per month, oldest first; comments without a date have month null, last. */
    public List<MonthCount> activity(String key) {
        return db.readRows(ACTIVITY, Map.of("key", key)).stream()
                .map(r -> new MonthCount((String) r.get("month"), count(r, "comments"))).toList();
    }

    /** Returns whom the participant answers: per other participant, or the post itself, with stance counts. */
    public List<Exchange> answers(String key) {
        return db.readRows(ANSWERS, Map.of("key", key)).stream().map(ReportReader::exchange).toList();
    }

    /** Returns who answers the participant, per other participant, with stance counts. */
    public List<Exchange> answeredBy(String key) {
        return db.readRows(ANSWERED_BY, Map.of("key", key)).stream().map(ReportReader::exchange).toList();
    }

    /** Returns the entities the participant mentions, with how many mentions defend or attack them. */
    public List<EntityMentions> mentions(String key) {
        return db.readRows(MENTIONS, Map.of("key", key)).stream().map(ReportReader::entity).toList();
    }

    /** Returns every comment of the participant, oldest first, with how many answer it. */
    public List<AuthoredComment> comments(String key) {
        return db.readRows(COMMENTS, Map.of("key", key)).stream().map(r -> new AuthoredComment((String) r.get("id"),
                (String) r.get("label"), (String) r.get("clock"), (String) r.get("published"), (String) r.get("text"),
                (String) r.get("postId"), (String) r.get("postUrl"), (String) r.get("postTitle"),
                count(r, "responses"), count(r, "downstream"))).toList();
    }

    /**
     * Returns what is stored about one post.
     *
     * @throws StoreException (a user error) when no post has that id or permalink
     */
    public PostFacts post(String postIdOrUrl) {
        Map<String, Object> r = db.readFirst(POST, Map.of("id", postIdOrUrl), "no post with id or URL " + postIdOrUrl);
        return new PostFacts((String) r.get("id"), (String) r.get("url"), (String) r.get("title"),
                (String) r.get("date"), count(r, "comments"), count(r, "writers"), (String) r.get("first"),
                (String) r.get("last"), whole(r, "realDepth"), whole(r, "structuralDepth"),
                strings(r.get("deepestChain")), real(r, "polarisation"));
    }

    /** Returns the camps of a post (scoped to it, or holding its comments) with their member comment counts. */
    public List<PostCamp> postCamps(String postId) {
        return db.readRows(POST_CAMPS, Map.of("id", postId)).stream()
                .map(r -> new PostCamp(camp(r), count(r, "members"), real(r, "polarisation"))).toList();
    }

    /** Returns the comments of a post in page order. */
    public List<PostComment> postComments(String postId) {
        return db.readRows(POST_COMMENTS, Map.of("id", postId)).stream().map(r -> new PostComment(
                (String) r.get("id"), (String) r.get("label"), (String) r.get("clock"), (String) r.get("published"),
                (String) r.get("text"), (String) r.get("writer"))).toList();
    }

    /** Returns the real replies of a post's comments. */
    public List<Response> postResponses(String postId) {
        return db.readRows(POST_RESPONSES, Map.of("id", postId)).stream().map(r -> new Response((String) r.get("from"),
                (String) r.get("to"), Boolean.TRUE.equals(r.get("toPost")), (String) r.get("stance"),
                (String) r.get("stanceEvidence"), (String) r.get("method"), real(r, "confidence"))).toList();
    }

    /** Returns the camps with these ids. */
    public List<CampRef> camps(Collection<String> ids) {
        return db.readRows(CAMPS, Map.of("ids", List.copyOf(ids))).stream().map(ReportReader::camp).toList();
    }

    /** Returns the entities a post's comments mention most, with counts of defending and attacking mentions. */
    public List<EntityMentions> postEntities(String postId, int limit) {
        return db.readRows(POST_ENTITIES, Map.of("id", postId, "limit", (long) limit)).stream()
                .map(ReportReader::entity).toList();
    }

    /** Returns the post's most central participants by the PageRank the analysis stored for the post. */
    public List<PostCentrality> postCentrality(String postId, int limit) {
        return db.readRows(POST_CENTRAL, Map.of("id", postId, "limit", (long) limit)).stream()
                .map(r -> new PostCentrality(ref(r), count(r, "here"), real(r, "pagerank"), whole(r, "pagerankRank"),
                        whole(r, "blogRank"))).toList();
    }

    static ParticipantRef ref(Map<String, Object> r) {
        return new ParticipantRef((String) r.get("key"), (String) r.get("name"), (String) r.get("kind"),
                (String) r.get("firstClock"), (String) r.get("firstLabel"), (String) r.get("firstPost"),
                count(r, "comments"));
    }

    private static Exchange exchange(Map<String, Object> r) {
        ParticipantRef other = r.get("key") == null ? null : ref(r);
        return new Exchange(other, count(r, "responses"), count(r, "agree"), count(r, "disagree"),
                count(r, "neutral"));
    }

    private static EntityMentions entity(Map<String, Object> r) {
        return new EntityMentions((String) r.get("key"), (String) r.get("name"), (String) r.get("type"),
                count(r, "mentions"), count(r, "comments"), count(r, "defended"), count(r, "attacked"));
    }

    static CampRef camp(Map<String, Object> r) {
        return new CampRef((String) r.get("id"), (String) r.get("name"), strings(r.get("defends")),
                strings(r.get("attacks")), strings(r.get("terms")));
    }

    static long count(Map<String, Object> r, String column) {
        return r.get(column) instanceof Number n ? n.longValue() : 0;
    }

    static Long whole(Map<String, Object> r, String column) {
        return r.get(column) instanceof Number n ? n.longValue() : null;
    }

    static Double real(Map<String, Object> r, String column) {
        return r.get(column) instanceof Number n ? n.doubleValue() : null;
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(o -> out.add(String.valueOf(o)));
        }
        return List.copyOf(out);
    }
}
