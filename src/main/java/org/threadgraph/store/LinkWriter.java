package org.threadgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.linking.InferredClock;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Inference;
import org.threadgraph.model.Judged;
import org.threadgraph.model.Mention;
import org.threadgraph.model.PostReference;
import org.threadgraph.model.Response;
import org.threadgraph.model.SameAuthor;
import org.threadgraph.model.Stance;

/**
 * Writes the inferred edges of posts, replacing what an earlier run inferred for them, so linking
 * can run again (after more comments arrive, or with better rules) and leave no stale edges.
 */
public final class LinkWriter {

    private static final String CLEAR = """
            UNWIND $postIds AS postId
            MATCH (p:Post {id: postId})
            OPTIONAL MATCH (p)-[pr:MENTIONS|LINKS_TO]->()
            DELETE pr
            WITH DISTINCT p
            MATCH (c:Comment {postId: p.id})
            OPTIONAL MATCH (c)-[r:RESPONDS_TO|MENTIONS|SAME_AUTHOR_AS|LINKS_TO]->()
            DELETE r
            WITH DISTINCT c
            REMOVE c.inferredClock, c.inferredClockMethod, c.inferredClockConfidence, c.inferredClockEvidence, c.handle
            """;
    private static final String RESPONSES_TO_COMMENTS = """
            UNWIND $rows AS row
            MATCH (a:Comment {id: row.from}) MATCH (b:Comment {id: row.to})
            CREATE (a)-[r:RESPONDS_TO]->(b) SET r = row.props
            """;
    private static final String RESPONSES_TO_POST = """
            UNWIND $rows AS row
            MATCH (a:Comment {id: row.from}) MATCH (b:Post {id: row.to})
            CREATE (a)-[r:RESPONDS_TO]->(b) SET r = row.props
            """;
    private static final String SAME_AUTHORS = """
            UNWIND $rows AS row
            MATCH (a:Comment {id: row.from}) MATCH (b:Comment {id: row.to})
            CREATE (a)-[r:SAME_AUTHOR_AS]->(b) SET r = row.props
            """;
    private static final String MENTIONS = """
            UNWIND $rows AS row
            MERGE (e:Entity {key: row.key}) ON CREATE SET e.name = row.name, e.type = row.type
            WITH row, e
            OPTIONAL MATCH (c:Comment {id: row.from})
            OPTIONAL MATCH (p:Post {id: row.from})
            WITH row, e, coalesce(c, p) AS source WHERE source IS NOT NULL
            CREATE (source)-[m:MENTIONS]->(e) SET m = row.props
            """;
    private static final String CLOCKS = """
            UNWIND $rows AS row
            MATCH (c:Comment {id: row.id})
            SET c.inferredClock = row.clock, c.inferredClockMethod = row.method,
                c.inferredClockConfidence = row.confidence, c.inferredClockEvidence = row.evidence
            """;
    private static final String HANDLES = """
            UNWIND $rows AS row MATCH (c:Comment {id: row.id}) SET c.handle = row.handle
            """;
    // A post not ingested yet becomes a stub (stub: true) that ingesting it later fills in.
    private static final String REFERENCES = """
            UNWIND $rows AS row
            OPTIONAL MATCH (c:Comment {id: row.from})
            OPTIONAL MATCH (p:Post {id: row.from})
            WITH row, coalesce(c, p) AS source WHERE source IS NOT NULL
            OPTIONAL MATCH (byUrl:Post {url: row.url})
            WITH row, source, collect(byUrl)[0] AS byUrl
            OPTIONAL MATCH (byTitle:Post {blogKey: row.blogKey, titleKey: row.titleKey}) WHERE byTitle.date = row.date
            WITH row, source, byUrl, collect(byTitle)[0] AS byTitle
            WITH row, source, coalesce(byUrl, byTitle) AS found
            CALL {
                WITH row, found
                WITH row, found WHERE found IS NULL
                MERGE (s:Post {id: row.stubId})
                ON CREATE SET s.stub = true, s.blogKey = row.blogKey, s.url = row.url, s.title = row.title,
                              s.titleKey = row.titleKey, s.date = row.date
                RETURN s AS created
                UNION
                WITH row, found
                WITH found WHERE found IS NOT NULL
                RETURN found AS created
            }
            CREATE (source)-[l:LINKS_TO]->(created) SET l.evidence = row.evidence, l.by = row.by
            """;

    private final Database db;

    public LinkWriter(Database db) {
        this.db = db;
    }

    /**
     * Replaces the inferred edges of the posts with these, all in one transaction (a few statements
     * for the whole batch instead of a few per post). When the batch fails, each post is written on
     * its own, so one post that cannot be stored costs only itself.
     *
     * @return each post that could not be stored, with why; empty when all were
     */
    public Map<String, String> write(List<PostLinks> batch) {
        Map<String, String> failed = new LinkedHashMap<>();
        if (batch.isEmpty()) {
            return failed;
        }
        try {
            writeOnce(batch);
        } catch (StoreException e) {
            for (PostLinks links : batch) {
                try {
                    writeOnce(List.of(links));
                } catch (StoreException single) {
                    failed.put(links.postId(), single.getMessage());
                }
            }
        }
        return failed;
    }

    private void writeOnce(List<PostLinks> batch) {
        Rows rows = new Rows();
        batch.forEach(rows::add);
        db.write(tx -> {
            tx.run(CLEAR, Map.of("postIds", rows.postIds)).consume();
            tx.run(RESPONSES_TO_COMMENTS, Map.of("rows", rows.toComments)).consume();
            tx.run(RESPONSES_TO_POST, Map.of("rows", rows.toPost)).consume();
            tx.run(SAME_AUTHORS, Map.of("rows", rows.same)).consume();
            tx.run(MENTIONS, Map.of("rows", rows.mentions)).consume();
            tx.run(CLOCKS, Map.of("rows", rows.clocks)).consume();
            tx.run(HANDLES, Map.of("rows", rows.handles)).consume();
            tx.run(REFERENCES, Map.of("rows", rows.references)).consume();
            return null;
        });
    }

    /** The parameter rows of a batch's statements. */
    private static final class Rows {
        final List<String> postIds = new ArrayList<>();
        final List<Map<String, Object>> toComments = new ArrayList<>();
        final List<Map<String, Object>> toPost = new ArrayList<>();
        final List<Map<String, Object>> same = new ArrayList<>();
        final List<Map<String, Object>> mentions = new ArrayList<>();
        final List<Map<String, Object>> clocks = new ArrayList<>();
        final List<Map<String, Object>> handles = new ArrayList<>();
        final List<Map<String, Object>> references = new ArrayList<>();

        void add(PostLinks links) {
            postIds.add(links.postId());
            for (Judged<Response> judged : links.responses()) {
                Response r = judged.edge();
                Map<String, Object> props = inference(r.inference());
                Stance s = judged.stance();
                props.put("stance", s.label().graphName());
                props.put("stanceConfidence", s.confidence());
                props.put("stanceEvidence", s.evidence());
                if (!s.probabilities().isEmpty()) {
                    props.put("stanceAgree", s.probability(Stance.Label.AGREE));
                    props.put("stanceDisagree", s.probability(Stance.Label.DISAGREE));
                    props.put("stanceNeutral", s.probability(Stance.Label.NEUTRAL));
                }
                (r.toPost() ? toPost : toComments).add(Map.of("from", r.fromId(), "to", r.toId(), "props", props));
            }
            for (SameAuthor sa : links.sameAuthors()) {
                same.add(Map.of("from", sa.commentId(), "to", sa.otherCommentId(), "props", inference(sa.inference())));
            }
            for (Judged<Mention> judged : links.mentions()) {
                Mention m = judged.edge();
                Map<String, Object> props = new HashMap<>();
                props.put("evidence", m.evidence());
                props.put("attitude", attitude(judged.stance().label()));
                props.put("attitudeConfidence", judged.stance().confidence());
                props.put("attitudeEvidence", judged.stance().evidence());
                mentions.add(Map.of("from", m.fromId(), "key", m.entity().key(), "name", m.entity().name(),
                        "type", m.entity().type().name().toLowerCase(java.util.Locale.ROOT), "props", props));
            }
            for (InferredClock ic : links.inferredClocks()) {
                Map<String, Object> row = inference(ic.inference());
                row.put("id", ic.commentId());
                row.put("clock", ic.clock());
                clocks.add(row);
            }
            links.handles().forEach((id, handle) -> handles.add(Map.of("id", id, "handle", handle)));
            for (PostReference ref : links.references()) {
                references.add(referenceRow(ref, links.blogKey()));
            }
        }
    }

    private static Map<String, Object> referenceRow(PostReference ref, String blogKey) {
        Map<String, Object> row = new HashMap<>();
        row.put("from", ref.fromId());
        row.put("blogKey", blogKey);
        row.put("url", ref.url());
        row.put("date", ref.date());
        row.put("title", ref.title());
        row.put("titleKey", ref.title() == null ? null : Ids.normaliseTitle(ref.title()));
        row.put("evidence", ref.evidence());
        row.put("by", ref.url() != null ? "link" : "citation");
        row.put("stubId", ref.url() != null ? "u" + Ids.digest(ref.url()).substring(0, 16)
                : Ids.textPostId(blogKey, ref.date(), ref.title()));
        return row;
    }

    private static Map<String, Object> inference(Inference inference) {
        Map<String, Object> props = new HashMap<>();
        props.put("method", inference.method());
        props.put("confidence", inference.confidence());
        props.put("evidence", inference.evidence());
        return props;
    }

    /** Mentions speak of defending and attacking an entity rather than agreeing with it. */
    private static String attitude(Stance.Label label) {
        return switch (label) {
            case AGREE -> "defend";
            case DISAGREE -> "attack";
            case NEUTRAL -> "neutral";
        };
    }
}
