package org.threadgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.Quote;

/**
 * Merges a text copy of a post with the same post read from Blogger, whichever comes first. Posts
 * match by blog, normalised title and date; comments by their position label ("5.2") when the texts
 * agree, otherwise by the most similar text. A text copy arriving after Blogger takes Blogger's ids
 * and only fills what is missing; Blogger arriving after a text copy re-keys the text nodes.
 */
final class Reconciler {

    /** Word overlap above which a comment at the same position is the same comment. */
    static final double SAME_POSITION_SIMILARITY = 0.5;
    /** Word overlap above which a comment anywhere in the post is the same comment. */
    static final double ANY_POSITION_SIMILARITY = 0.7;

    // One query for a whole batch; the writer keeps two forms of one post out of the same batch.
    private static final String FIND_SAME_POSTS = """
            UNWIND $rows AS row
            CALL {
                WITH row
                MATCH (p:Post {blogKey: row.blogKey, titleKey: row.titleKey})
                WHERE p.id <> row.id AND (row.date IS NULL OR p.date IS NULL OR p.date = row.date)
                RETURN p LIMIT 1
            }
            RETURN row.id AS incoming, p.id AS id, p.bloggerId IS NOT NULL AS structured, properties(p) AS props
            """;
    private static final String COMMENTS_OF_POST = """
            MATCH (c:Comment {postId: $postId})
            RETURN c.id AS id, c.label AS label, c.text AS text, properties(c) AS props
            """;
    private static final String REKEY = """
            MATCH (p:Post {id: $old}) SET p.id = $new
            WITH p
            UNWIND $pairs AS pair
            MATCH (c:Comment {id: pair.old}) SET c.id = pair.new
            """;
    private static final String REKEY_REST = """
            MATCH (c:Comment {postId: $old}) SET c.postId = $new
            WITH count(*) AS moved
            MATCH (q:Quote {postId: $old}) SET q.postId = $new, q.id = replace(q.id, $old, $new)
            """;

    private final Database db;
    private final Map<String, Map<String, Object>> fillOnly = new HashMap<>();
    private final Map<String, String> rekeyed = new HashMap<>();

    Reconciler(Database db) {
        this.db = db;
    }

    /**
     * Returns the stored properties of a node that an incoming text copy must not overwrite, or
     * null when the incoming values are authoritative.
     */
    Map<String, Object> existingProperties(String id) {
        return fillOnly.get(id);
    }

    /** Returns stored text-copy post id to the Blogger id it was re-keyed to, for every re-keyed post. */
    Map<String, String> rekeyed() {
        return rekeyed;
    }

    /**
     * Returns the threads with ids adjusted to what is stored, re-keying stored text copies if
     * needed. No two of the threads may be forms of one post under different ids.
     */
    List<PostThread> reconcile(List<PostThread> threads) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PostThread t : threads) {
            if (t.post().title() != null) {
                Map<String, Object> row = new HashMap<>();
                row.put("blogKey", t.post().blogKey());
                row.put("titleKey", Ids.normaliseTitle(t.post().title()));
                row.put("id", t.post().id());
                row.put("date", t.post().date());
                rows.add(row);
            }
        }
        Map<String, Map<String, Object>> found = new HashMap<>();
        if (!rows.isEmpty()) {
            db.streamRows(FIND_SAME_POSTS, Map.of("rows", rows), r -> found.put((String) r.get("incoming"), r));
        }
        List<PostThread> reconciled = new ArrayList<>(threads.size());
        for (PostThread t : threads) {
            Map<String, Object> same = found.get(t.post().id());
            reconciled.add(same == null ? t : reconcile(t, same));
        }
        return reconciled;
    }

    private PostThread reconcile(PostThread thread, Map<String, Object> found) {
        Post post = thread.post();
        String storedId = (String) found.get("id");
        boolean storedIsStructured = Boolean.TRUE.equals(found.get("structured"));
        boolean incomingIsText = !isStructured(post);
        if (incomingIsText && storedIsStructured) {
            return adopt(thread, storedId, castMap(found.get("props")));
        }
        if (!incomingIsText && !storedIsStructured) {
            rekey(storedId, thread);
        }
        return thread;
    }

    private PostThread adopt(PostThread text, String storedPostId, Map<String, Object> storedPostProps) {
        fillOnly.put(storedPostId, storedPostProps);
        List<Map<String, Object>> stored = db.readRows(COMMENTS_OF_POST, Map.of("postId", storedPostId));
        Map<String, String> idMap = match(text.comments(), stored);
        for (Map<String, Object> s : stored) {
            if (idMap.containsValue(s.get("id"))) {
                fillOnly.put((String) s.get("id"), castMap(s.get("props")));
            }
        }
        List<Comment> comments = new ArrayList<>();
        for (Comment c : text.comments()) {
            String id = idMap.getOrDefault(c.id(), Ids.textCommentId(storedPostId, c.label()));
            idMap.putIfAbsent(c.id(), id);
        }
        for (Comment c : text.comments()) {
            comments.add(new Comment(idMap.get(c.id()), storedPostId,
                    c.parentId() == null ? null : idMap.get(c.parentId()), c.position(), c.label(), c.author(),
                    c.published(), c.clock(), c.text(), c.removed(), c.boundaryConfidence()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : text.quotes()) {
            quotes.add(new Quote(Ids.quoteId(storedPostId, q.position()), storedPostId, q.position(), q.text()));
        }
        Post p = text.post();
        Post post = new Post(storedPostId, p.blogKey(), p.url(), p.title(), p.date(), p.published(), p.bodyText(),
                p.authorName(), p.declaredCommentCount());
        return new PostThread(text.blog(), post, comments, quotes, text.report());
    }

    private void rekey(String storedTextPostId, PostThread structured) {
        List<Map<String, Object>> stored = db.readRows(COMMENTS_OF_POST, Map.of("postId", storedTextPostId));
        Map<String, String> toStored = match(structured.comments(), stored);
        List<Map<String, Object>> pairs = new ArrayList<>();
        toStored.forEach((incoming, old) -> pairs.add(Map.of("old", old, "new", incoming)));
        String newId = structured.post().id();
        db.write(tx -> {
            tx.run(REKEY, Map.of("old", storedTextPostId, "new", newId, "pairs", pairs)).consume();
            tx.run(REKEY_REST, Map.of("old", storedTextPostId, "new", newId)).consume();
            return null;
        });
        rekeyed.put(storedTextPostId, newId);
    }

    /** Returns incoming comment id to stored comment id for every pair judged the same comment. */
    static Map<String, String> match(List<Comment> incoming, List<Map<String, Object>> stored) {
        Map<String, String> result = new HashMap<>();
        Set<String> taken = new HashSet<>();
        Map<String, Map<String, Object>> storedByLabel = new HashMap<>();
        stored.forEach(s -> {
            if (s.get("label") != null) {
                storedByLabel.put((String) s.get("label"), s);
            }
        });
        for (Comment c : incoming) {
            Map<String, Object> s = c.label() == null ? null : storedByLabel.get(c.label());
            if (s != null && similarity(c.text(), (String) s.get("text")) >= SAME_POSITION_SIMILARITY) {
                result.put(c.id(), (String) s.get("id"));
                taken.add((String) s.get("id"));
            }
        }
        for (Comment c : incoming) {
            if (result.containsKey(c.id())) {
                continue;
            }
            String best = null;
            double bestScore = ANY_POSITION_SIMILARITY;
            for (Map<String, Object> s : stored) {
                double score = similarity(c.text(), (String) s.get("text"));
                if (!taken.contains(s.get("id")) && score >= bestScore) {
                    best = (String) s.get("id");
                    bestScore = score;
                }
            }
            if (best != null) {
                result.put(c.id(), best);
                taken.add(best);
            }
        }
        return result;
    }

    /** Returns the Jaccard overlap of the two texts' word sets. */
    static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return (double) wa.size() / union.size();
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Whether this reconciler merges two posts of one blog and normalised title: other ids, no two
     * different dates, and one a text copy while the other is a Blogger form.
     */
    static boolean mayMerge(Post a, Post b) {
        return !a.id().equals(b.id()) && (a.date() == null || b.date() == null || a.date().equals(b.date()))
                && isStructured(a) != isStructured(b);
    }

    private static boolean isStructured(Post post) {
        return post.id().matches("\\d+");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
