package org.threadgraph.store;

import java.util.List;
import java.util.Map;
import org.threadgraph.store.ReportReader.CampRef;
import org.threadgraph.store.ReportReader.MonthCount;
import org.threadgraph.store.ReportReader.ParticipantRef;

/** Reads what the blog overview report shows, as small records. */
public final class BlogReader {

    /**
     * How big the blog's conversation is.
     *
     * @param posts        posts with comments or text of their own (posts only linked to are left out)
     * @param comments     comments
     * @param writers      participants who wrote at least one comment
     * @param responses    real replies (RESPONDS_TO), to comments or to the post
     * @param toComments   of those, the ones answering another comment
     * @param structural   Blogger's structural replies (REPLY_TO)
     */
    public record Size(long posts, long comments, long writers, long responses, long toComments, long structural) {
    }

    /**
     * A post the analysis found divided.
     *
     * @param id           the post id
     * @param title        its title, or null
     * @param url          its permalink, or null
     * @param polarisation how divided its camps are (0 to 1)
     * @param camps        how many camps it holds
     * @param comments     its comments
     */
    public record DividedPost(String id, String title, String url, double polarisation, long camps, long comments) {
    }

    /**
     * One side of a blog-wide dispute: a camp of participants and what they stand for.
     *
     * @param camp    the camp
     * @param dispute its dispute number
     * @param members participants in it
     * @param posts   posts its members commented on
     */
    public record DisputeSide(CampRef camp, long dispute, long members, long posts) {
    }

    /**
     * A central participant.
     *
     * @param who             the participant
     * @param pagerank        blog-wide PageRank
     * @param pagerankRank    its rank
     * @param betweennessRank rank by betweenness, or null
     */
    public record Central(ParticipantRef who, double pagerank, long pagerankRank, Long betweennessRank) {
    }

    private static final String SIZE = """
            RETURN COUNT { MATCH (p:Post) WHERE NOT coalesce(p.stub, false) } AS posts,
                   COUNT { (:Comment) } AS comments,
                   COUNT { MATCH (w:Participant) WHERE EXISTS { (w)-[:WROTE]->(:Comment) } } AS writers,
                   COUNT { (:Comment)-[:RESPONDS_TO]->() } AS responses,
                   COUNT { (:Comment)-[:RESPONDS_TO]->(:Comment) } AS toComments,
                   COUNT { (:Comment)-[:REPLY_TO]->() } AS structural
            """;
    private static final String MONTHS = """
            MATCH (c:Comment)
            OPTIONAL MATCH (c)-[:ON]->(p:Post)
            WITH coalesce(date(c.published), p.date) AS day
            RETURN CASE WHEN day IS NULL THEN NULL ELSE substring(toString(day), 0, 7) END AS month,
                   count(*) AS comments ORDER BY month
            """;
    private static final String DIVIDED = """
            MATCH (p:Post) WHERE p.polarisation IS NOT NULL AND p.polarisation > 0
            RETURN p.id AS id, p.title AS title, p.url AS url, toFloat(p.polarisation) AS polarisation,
                   COUNT { MATCH (k:Camp) WHERE k.scope IN [p.id, 'post:' + p.id] } AS camps,
                   COUNT { (:Comment)-[:ON]->(p) } AS comments
            ORDER BY polarisation DESC, comments DESC, id LIMIT $limit
            """;
    private static final String SIDES = "MATCH (k:Camp {scope: 'blog'})\n" + ReportReader.CAMP_STANDS + """
            RETURN k.id AS id, k.name AS name,
            """ + ReportReader.STANDS_COLUMNS + """
            , coalesce(k.terms, []) AS terms, coalesce(k.dispute, 0) AS dispute,
              COUNT { (k)<-[:IN_CAMP]-(:Participant) } AS members,
              COUNT { MATCH (k)<-[:IN_CAMP]-(:Participant)-[:WROTE]->(:Comment)-[:ON]->(p:Post) RETURN DISTINCT p }
                AS posts
            ORDER BY dispute, id
            """;
    private static final String CENTRAL = """
            MATCH (w:Participant) WHERE w.pagerankRank IS NOT NULL
            WITH w ORDER BY w.pagerankRank, w.key LIMIT $limit
            """ + ReportReader.REF + "RETURN " + ReportReader.REF_COLUMNS + """
            , toFloat(w.pagerank) AS pagerank, w.pagerankRank AS pagerankRank, w.betweennessRank AS betweennessRank
            ORDER BY pagerankRank, key
            """;

    private final Database db;

    /** Creates a reader of the database. */
    public BlogReader(Database db) {
        this.db = db;
    }

    /** Returns how big the conversation is. */
    public Size size() {
        Map<String, Object> r = db.readRows(SIZE, Map.of()).get(0);
        return new Size(ReportReader.count(r, "posts"), ReportReader.count(r, "comments"),
                ReportReader.count(r, "writers"), ReportReader.count(r, "responses"),
                ReportReader.count(r, "toComments"), ReportReader.count(r, "structural"));
    }

    /** Returns comments per month, oldest first; comments without a date have month null. */
    public List<MonthCount> months() {
        return db.readRows(MONTHS, Map.of()).stream()
                .map(r -> new MonthCount((String) r.get("month"), ReportReader.count(r, "comments"))).toList();
    }

    /** Returns the most polarised posts, most divided first. */
    public List<DividedPost> dividedPosts(int limit) {
        return db.readRows(DIVIDED, Map.of("limit", (long) limit)).stream().map(r -> new DividedPost(
                (String) r.get("id"), (String) r.get("title"), (String) r.get("url"),
                ((Number) r.get("polarisation")).doubleValue(), ReportReader.count(r, "camps"),
                ReportReader.count(r, "comments"))).toList();
    }

    /** Returns the sides of every blog-wide dispute, by dispute. */
    public List<DisputeSide> disputeSides() {
        return db.readRows(SIDES, Map.of()).stream().map(r -> new DisputeSide(ReportReader.camp(r),
                ReportReader.count(r, "dispute"), ReportReader.count(r, "members"), ReportReader.count(r, "posts")))
                .toList();
    }

    /** Returns the participants with the highest blog-wide PageRank. */
    public List<Central> central(int limit) {
        return db.readRows(CENTRAL, Map.of("limit", (long) limit)).stream().map(r -> new Central(ReportReader.ref(r),
                ((Number) r.get("pagerank")).doubleValue(), ReportReader.count(r, "pagerankRank"),
                ReportReader.whole(r, "betweennessRank"))).toList();
    }
}
