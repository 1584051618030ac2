package org.threadgraph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a crawl of a blog has done, kept in the graph itself so that a rerun continues where the
 * last one stopped and only fetches what is new.
 * <ul>
 * <li>On each {@code :Post} a crawl completed: {@code crawledTotal} (the comment count,
 *     {@code thr:total}, the posts feed showed when its comments were stored completely; a post is
 *     fetched again only when the feed shows more), {@code crawledCommentCount} (distinct comments
 *     held for it after that crawl) and {@code crawledAt}. A post without {@code crawledTotal} was
 *     never completed and is fetched whole.</li>
 * <li>On the {@code :Blog}: {@code crawlUrl}, the window of the last crawl ({@code crawlSince},
 *     {@code crawlUntil} as YYYY-MM, null when open), {@code crawlStartedAt}, {@code crawlFinishedAt},
 *     {@code crawlPosts}, {@code crawlNewComments} and {@code crawlSkipped} (0 when it ran to the end).</li>
 * </ul>
 * The comments themselves are written by {@link ThreadWriter}; this class only reads and writes the
 * bookkeeping.
 */
public final class CrawlState {

    /**
     * The last crawl of a blog as recorded on its node.
     *
     * @param finishedAt null while a crawl is running or when it was interrupted
     */
    public record BlogCrawl(String url, String since, String until, Instant startedAt, Instant finishedAt,
                            Long posts, Long newComments, Long skipped) {
    }

    /**
     * One post's crawl bookkeeping.
     *
     * @param total    the posts feed's comment count when it was completed, or null
     * @param comments distinct comments held after that crawl
     */
    public record PostCrawl(String postId, Integer total, Integer comments, Instant crawledAt) {
    }

    private static final String COMPLETED = """
            UNWIND $ids AS id
            MATCH (p:Post {id: id}) WHERE p.crawledTotal IS NOT NULL
            RETURN p.id AS id, p.crawledTotal AS total
            """;
    private static final String POST = """
            MATCH (p:Post {id: $id})
            RETURN p.crawledTotal AS total, p.crawledCommentCount AS comments, toString(p.crawledAt) AS at
            """;
    private static final String COMMENT_IDS = """
            MATCH (c:Comment {postId: $id}) WHERE c.text IS NOT NULL RETURN c.id AS id
            """;
    // The crawler stores a post (from the posts feed) before it marks it.
    private static final String POST_DONE = """
            MATCH (p:Post {id: $id})
            SET p.crawledTotal = $total, p.crawledCommentCount = $comments, p.crawledAt = datetime($at)
            """;
    private static final String STARTED = """
            MERGE (b:Blog {key: $key})
            SET b.crawlUrl = $url, b.crawlSince = $since, b.crawlUntil = $until,
                b.crawlStartedAt = datetime($at), b.crawlFinishedAt = null,
                b.crawlPosts = null, b.crawlNewComments = null, b.crawlSkipped = null
            """;
    private static final String FINISHED = """
            MATCH (b:Blog {key: $key})
            SET b.crawlFinishedAt = datetime($at), b.crawlPosts = $posts, b.crawlNewComments = $newComments,
                b.crawlSkipped = $skipped
            """;
    private static final String BLOG = """
            MATCH (b:Blog {key: $key}) WHERE b.crawlStartedAt IS NOT NULL
            RETURN b.crawlUrl AS url, b.crawlSince AS since, b.crawlUntil AS until,
                   toString(b.crawlStartedAt) AS started, toString(b.crawlFinishedAt) AS finished,
                   b.crawlPosts AS posts, b.crawlNewComments AS newComments, b.crawlSkipped AS skipped
            """;

    private final Database db;

    public CrawlState(Database db) {
        this.db = db;
    }

    /** Returns post id to {@code crawledTotal} for those of the posts a crawl has completed. */
    public Map<String, Integer> completedTotals(Collection<String> postIds) {
        Map<String, Integer> totals = new HashMap<>();
        if (postIds.isEmpty()) {
            return totals;
        }
        for (Map<String, Object> row : db.readRows(COMPLETED, Map.of("ids", new ArrayList<>(postIds)))) {
            totals.put((String) row.get("id"), ((Number) row.get("total")).intValue());
        }
        return totals;
    }

    /** Returns a post's bookkeeping, empty when the post is not stored. */
    public Optional<PostCrawl> post(String postId) {
        List<Map<String, Object>> rows = db.readRows(POST, Map.of("id", postId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> r = rows.get(0);
        return Optional.of(new PostCrawl(postId, integer(r.get("total")), integer(r.get("comments")),
                instant(r.get("at"))));
    }

    /** Returns the ids of the comments stored for a post (stub nodes for parents not yet seen left out). */
    public Set<String> commentIds(String postId) {
        Set<String> ids = new HashSet<>();
        db.streamRows(COMMENT_IDS, Map.of("id", postId), row -> ids.add((String) row.get("id")));
        return ids;
    }

    /** Marks a post's comments complete up to {@code total} (null when the feed gave no count). */
    public void postDone(String postId, Integer total, int comments, Instant at) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", postId);
        params.put("total", total == null ? comments : total);
        params.put("comments", comments);
        params.put("at", iso(at));
        db.write(tx -> tx.run(POST_DONE, params).consume());
    }

    /** Records that a crawl of the blog started, with its window (YYYY-MM or null for an open end). */
    public void started(String blogKey, String url, String since, String until, Instant at) {
        Map<String, Object> params = new HashMap<>();
        params.put("key", blogKey);
        params.put("url", url);
        params.put("since", since);
        params.put("until", until);
        params.put("at", iso(at));
        db.write(tx -> tx.run(STARTED, params).consume());
    }

    /** Records that the crawl of the blog ended, what it stored and how much it skipped. */
    public void finished(String blogKey, Instant at, int posts, int newComments, int skipped) {
        db.write(tx -> tx.run(FINISHED, Map.of("key", blogKey, "at", iso(at), "posts", posts,
                "newComments", newComments, "skipped", skipped)).consume());
    }

    /** Returns the last crawl recorded for the blog, if any. */
    public Optional<BlogCrawl> blog(String blogKey) {
        List<Map<String, Object>> rows = db.readRows(BLOG, Map.of("key", blogKey));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> r = rows.get(0);
        return Optional.of(new BlogCrawl((String) r.get("url"), (String) r.get("since"), (String) r.get("until"),
                instant(r.get("started")), instant(r.get("finished")), longOrNull(r.get("posts")),
                longOrNull(r.get("newComments")), longOrNull(r.get("skipped"))));
    }

    private static String iso(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toString();
    }

    private static Instant instant(Object iso) {
        return iso == null ? null : OffsetDateTime.parse((String) iso).toInstant();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Long longOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
