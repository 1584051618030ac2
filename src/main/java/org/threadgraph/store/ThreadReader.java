package org.threadgraph.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.Quote;

/** Reads stored posts back as model records, one post at a time, so blog-wide stages never hold the blog. */
public final class ThreadReader {

    private static final String POST_IDS = """
            MATCH (p:Post) WHERE NOT coalesce(p.stub, false)
              AND ($post IS NULL OR p.id = $post OR p.url = $post)
            RETURN p.id AS id ORDER BY p.date, p.id
            """;
    private static final String POSTS = """
            UNWIND $ids AS id
            MATCH (p:Post {id: id})
            RETURN p.id AS id, p.blogKey AS blogKey, p.url AS url, p.title AS title, toString(p.date) AS date,
                   toString(p.published) AS published, p.bodyText AS bodyText, p.authorName AS authorName,
                   p.declaredCommentCount AS declared
            """;
    private static final String COMMENTS = """
            UNWIND $ids AS id
            MATCH (c:Comment {postId: id}) WHERE c.text IS NOT NULL
            OPTIONAL MATCH (c)-[:REPLY_TO]->(parent:Comment)
            OPTIONAL MATCH (w:Participant)-[:WROTE]->(c)
            RETURN c.postId AS postId, c.id AS id, parent.id AS parentId, c.position AS position, c.label AS label,
                   c.authorName AS authorName, c.authorUrl AS authorUrl, coalesce(c.blogAuthor, false) AS blogAuthor,
                   toString(c.published) AS published, c.clock AS clock, c.text AS text, c.removed AS removed,
                   c.boundaryConfidence AS boundaryConfidence, w.key AS writer
            ORDER BY c.postId, coalesce(c.position, 2147483647), c.published, c.id
            """;
    private static final String QUOTES = """
            UNWIND $ids AS id
            MATCH (q:Quote {postId: id})
            RETURN q.postId AS postId, q.id AS id, q.position AS position, q.text AS text ORDER BY q.postId, q.position
            """;

    private final Database db;

    public ThreadReader(Database db) {
        this.db = db;
    }

    /**
     * Returns the ids of the stored posts (stubs for posts only linked to are left out).
     *
     * @param postIdOrUrl one post's id or permalink, or null for every post
     */
    public List<String> postIds(String postIdOrUrl) {
        Map<String, Object> params = new HashMap<>();
        params.put("post", postIdOrUrl);
        List<String> ids = new ArrayList<>();
        db.streamRows(POST_IDS, params, row -> ids.add((String) row.get("id")));
        return ids;
    }

    /** Returns one stored post with its comments in page order. */
    public StoredThread read(String postId) {
        StoredThread thread = read(List.of(postId)).get(postId);
        if (thread == null) {
            throw new StoreException("no post with id " + postId, true, null);
        }
        return thread;
    }

    /**
     * Returns the stored posts with their comments in page order, by id in the order asked, in one read
     * transaction; a post that is not stored is left out.
     */
    public Map<String, StoredThread> read(List<String> postIds) {
        Map<String, Post> posts = new LinkedHashMap<>();
        Map<String, List<Comment>> comments = new HashMap<>();
        Map<String, Map<String, String>> writers = new HashMap<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        Map<String, Object> ids = Map.of("ids", postIds);
        db.read(tx -> {
            tx.run(POSTS, ids).forEachRemaining(record -> {
                Map<String, Object> p = Values.plainRow(record);
                String postId = (String) p.get("id");
                posts.put(postId, new Post(postId, (String) p.get("blogKey"), (String) p.get("url"),
                        (String) p.get("title"), p.get("date") == null ? null : LocalDate.parse((String) p.get("date")),
                        instant(p.get("published")), (String) p.get("bodyText"), (String) p.get("authorName"),
                        p.get("declared") == null ? null : ((Number) p.get("declared")).intValue()));
            });
            tx.run(COMMENTS, ids).forEachRemaining(record -> {
                Map<String, Object> c = Values.plainRow(record);
                String postId = (String) c.get("postId");
                String id = (String) c.get("id");
                comments.computeIfAbsent(postId, k -> new ArrayList<>()).add(new Comment(id, postId,
                        (String) c.get("parentId"), c.get("position") == null ? 0 : ((Number) c.get("position")).intValue(),
                        (String) c.get("label"), new Author((String) c.get("authorName"), (String) c.get("authorUrl"),
                                Boolean.TRUE.equals(c.get("blogAuthor"))),
                        instant(c.get("published")), (String) c.get("clock"), (String) c.get("text"),
                        Boolean.TRUE.equals(c.get("removed")),
                        c.get("boundaryConfidence") == null ? 1.0 : ((Number) c.get("boundaryConfidence")).doubleValue()));
                if (c.get("writer") != null) {
                    writers.computeIfAbsent(postId, k -> new HashMap<>()).put(id, (String) c.get("writer"));
                }
            });
            tx.run(QUOTES, ids).forEachRemaining(record -> {
                Map<String, Object> q = Values.plainRow(record);
                String postId = (String) q.get("postId");
                quotes.computeIfAbsent(postId, k -> new ArrayList<>()).add(new Quote((String) q.get("id"), postId,
                        ((Number) q.get("position")).intValue(), (String) q.get("text")));
            });
            return null;
        });
        Map<String, StoredThread> threads = new LinkedHashMap<>();
        for (String postId : postIds) {
            Post post = posts.get(postId);
            if (post != null) {
                threads.put(postId, new StoredThread(post, comments.getOrDefault(postId, List.of()),
                        quotes.getOrDefault(postId, List.of()), writers.getOrDefault(postId, Map.of())));
            }
        }
        return threads;
    }

    private static Instant instant(Object iso) {
        return iso == null ? null : OffsetDateTime.parse((String) iso).toInstant();
    }
}
