package org.threadgraph.store;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Participant;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.Quote;

/**
 * Writes threads to the graph in batches ({@code UNWIND $rows … MERGE}), one transaction a batch,
 * so a post is never half-written. Every node is keyed by a source-derived id, so writing the same
 * input twice changes nothing, and several sources of one post (page, feed, text copy) merge into
 * one set of nodes: structured sources overwrite what they know, a text copy only fills what is
 * missing. Each post keeps a digest per source it was read from ({@code digests}: "format origin=sha"),
 * so a thread read again unchanged is recognised and not written, and only changed posts are
 * reported as written.
 */
public final class ThreadWriter implements ThreadTarget, AutoCloseable {

    /** Comments buffered before a batch is written. */
    public static final int DEFAULT_BATCH_COMMENTS = 2_000;

    private static final String WRITE_POSTS = """
            UNWIND $rows AS row
            MERGE (b:Blog {key: row.blogKey})
            SET b += row.blog
            MERGE (p:Post {id: row.id})
            REMOVE p.stub
            SET p += row.props, p.blogKey = row.blogKey,
                p.sources = CASE WHEN row.format IN coalesce(p.sources, []) THEN p.sources
                                 ELSE coalesce(p.sources, []) + row.format END,
                p.digests = [d IN coalesce(p.digests, []) WHERE NOT d STARTS WITH row.digestKey + '=']
                            + (row.digestKey + '=' + row.digest)
            MERGE (p)-[:IN]->(b)
            """;
    // A post that was only linked to so far (a stub, see LinkWriter) gives its links to the post itself.
    private static final String ABSORB_URL_STUBS = """
            UNWIND $rows AS row
            MATCH (p:Post {id: row.id}) WHERE p.url IS NOT NULL
            MATCH (s:Post {url: p.url}) WHERE s.stub AND s <> p
            CALL {
                WITH s, p
                MATCH (source)-[l:LINKS_TO]->(s)
                CREATE (source)-[moved:LINKS_TO]->(p) SET moved = properties(l)
            }
            DETACH DELETE s
            """;
    private static final String WRITE_COMMENTS = """
            UNWIND $rows AS row
            MATCH (p:Post {id: row.postId})
            MERGE (c:Comment {id: row.id})
            SET c += row.props, c.postId = row.postId,
                c.sources = CASE WHEN row.format IN coalesce(c.sources, []) THEN c.sources
                                 ELSE coalesce(c.sources, []) + row.format END
            MERGE (c)-[:ON]->(p)
            FOREACH (_ IN CASE WHEN row.parentId IS NULL THEN [] ELSE [1] END |
                MERGE (parent:Comment {id: row.parentId}) ON CREATE SET parent.postId = row.postId
                MERGE (c)-[:REPLY_TO]->(parent))
            """;
    // A comment keeps the writer it has, unless that writer was unknown (a text copy) and this
    // source names one; an anonymous writer linked by a later stage is never overwritten here.
    private static final String WRITE_AUTHORS = """
            UNWIND $rows AS row
            MATCH (c:Comment {id: row.id})
            OPTIONAL MATCH (old:Participant)-[w:WROTE]->(c)
            WITH c, row, old, w
            WHERE old IS NULL OR (old.kind = 'unknown' AND row.participant.kind <> 'unknown')
            FOREACH (_ IN CASE WHEN w IS NULL THEN [] ELSE [1] END | DELETE w)
            MERGE (np:Participant {key: row.participant.key})
            SET np.kind = row.participant.kind, np.name = coalesce(row.participant.name, np.name)
            MERGE (np)-[:WROTE]->(c)
            WITH old WHERE old IS NOT NULL AND NOT (old)-[:WROTE]->()
            DELETE old
            """;
    private static final String WRITE_QUOTES = """
            UNWIND $rows AS row
            MATCH (p:Post {id: row.postId})
            MERGE (q:Quote {id: row.id})
            SET q += row.props, q.postId = row.postId
            MERGE (q)-[:ON]->(p)
            """;

    private static final String WRITE_SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source {origin: row.origin})
            SET s.digest = row.digest, s.size = row.size, s.modified = row.modified, s.readAt = datetime()
            """;
    private static final String STORED_DIGESTS = """
            UNWIND $ids AS id
            MATCH (p:Post {id: id})
            RETURN p.id AS id, coalesce(p.digests, []) AS digests
            """;

    private final Database db;
    private final int batchComments;
    private final List<PostThread> pending = new ArrayList<>();
    // The pending posts by blog and title key, to keep two forms of one post out of one batch.
    private final Map<String, List<Post>> pendingTitles = new HashMap<>();
    private final List<SourceFiles.Fingerprint> pendingSources = new ArrayList<>();
    private final java.util.Set<String> written = new java.util.LinkedHashSet<>();
    private int pendingComments;
    private int unchanged;

    /** Returns a writer with the default batch size. */
    public ThreadWriter(Database db) {
        this(db, DEFAULT_BATCH_COMMENTS);
    }

    /** Returns a writer that flushes once {@code batchComments} comments are buffered. */
    public ThreadWriter(Database db, int batchComments) {
        if (batchComments < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.db = db;
        this.batchComments = batchComments;
    }

    /**
     * Buffers a thread, writing the buffer when it is full. A thread whose post looks like a pending
     * post under another id (a text copy and a Blogger page of it) waits until that one is stored,
     * so the two merge.
     */
    @Override
    public void write(PostThread thread) {
        String titleKey = titleKey(thread);
        if (titleKey != null) {
            List<Post> sameTitle = pendingTitles.getOrDefault(titleKey, List.of());
            if (sameTitle.stream().anyMatch(pending -> mayBeSamePost(pending, thread.post()))) {
                flush();
            }
            pendingTitles.computeIfAbsent(titleKey, k -> new ArrayList<>()).add(thread.post());
        }
        pending.add(thread);
        pendingComments += thread.comments().size() + 1;
        if (pendingComments >= batchComments) {
            flush();
        }
    }

    /**
     * Records that a document was read completely; the record is written in the same transaction as
     * the document's last threads, so it exists only when everything the document holds is stored.
     */
    @Override
    public void completed(SourceFiles.Fingerprint source) {
        pendingSources.add(source);
    }

    /** Returns a mark of what is buffered now, for {@link #discardFrom}. */
    @Override
    public int mark() {
        return pending.size();
    }

    /**
     * Drops what was buffered after the mark and is not written yet, e.g. the rest of a document that
     * failed part-way; threads of earlier documents stay buffered.
     */
    @Override
    public void discardFrom(int mark) {
        while (pending.size() > mark) {
            PostThread t = pending.remove(pending.size() - 1);
            pendingComments -= t.comments().size() + 1;
        }
    }

    /** Writes everything buffered, in one transaction; threads stored before exactly as they are are left out. */
    public void flush() {
        if (pending.isEmpty() && pendingSources.isEmpty()) {
            return;
        }
        Reconciler reconciler = new Reconciler(db);
        List<PostThread> batch = reconciler.reconcile(pending);
        // A text copy written earlier may just have been re-keyed to its Blogger id: link the post by that.
        reconciler.rekeyed().forEach((oldId, newId) -> {
            if (written.remove(oldId)) {
                written.add(newId);
            }
        });
        Map<String, List<String>> storedDigests = storedDigests(batch);
        List<Map<String, Object>> posts = new ArrayList<>();
        List<Map<String, Object>> comments = new ArrayList<>();
        List<Map<String, Object>> quotes = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (PostThread t : batch) {
            String digestKey = t.report().format() + " " + t.report().origin();
            String digest = ThreadDigest.of(t);
            if (storedAlready(storedDigests.getOrDefault(t.post().id(), List.of()), t.report().format(), digestKey,
                    digest)) {
                unchanged++;
                continue;
            }
            changed.add(t.post().id());
            Map<String, Object> existing = reconciler.existingProperties(t.post().id());
            Map<String, Object> post = postRow(t, existing);
            post.put("digestKey", digestKey);
            post.put("digest", digest);
            posts.add(post);
            for (Comment c : t.comments()) {
                comments.add(commentRow(t, c, reconciler.existingProperties(c.id())));
            }
            for (Quote q : t.quotes()) {
                quotes.add(Map.of("id", q.id(), "postId", q.postId(),
                        "props", Map.of("text", q.text(), "position", q.position())));
            }
        }
        List<Map<String, Object>> sources = pendingSources.stream().map(ThreadWriter::sourceRow).toList();
        try {
            write(posts, comments, quotes, sources);
        } finally {
            pending.clear();
            pendingTitles.clear();
            pendingSources.clear();
            pendingComments = 0;
        }
        written.addAll(changed);
    }

    /**
     * Returns whether a thread is stored exactly so already: read before from the same source, or from
     * another source of the same format with the same content (the same page saved under another path).
     */
    private static boolean storedAlready(List<String> storedDigests, String format, String digestKey, String digest) {
        return storedDigests.contains(digestKey + "=" + digest) || storedDigests.stream()
                .anyMatch(d -> d.startsWith(format + " ") && d.endsWith("=" + digest));
    }

    private void write(List<Map<String, Object>> posts, List<Map<String, Object>> comments,
                       List<Map<String, Object>> quotes, List<Map<String, Object>> sources) {
        try {
            writeOnce(posts, comments, quotes, sources);
        } catch (RuntimeException e) {
            if (posts.size() < 2) {
                throw new StoreException("writing post " + (posts.isEmpty() ? "records" : posts.get(0).get("id"))
                        + " failed (nothing of it was stored): " + EmbeddedServer.rootMessage(e), false, e);
            }
            writeEachPost(posts, comments, quotes);
        }
    }

    /** After a batch failed, writes its posts one by one, so one post that cannot be stored costs only itself. */
    private void writeEachPost(List<Map<String, Object>> posts, List<Map<String, Object>> comments,
                               List<Map<String, Object>> quotes) {
        List<String> failed = new ArrayList<>();
        String cause = null;
        for (Map<String, Object> post : posts) {
            Object id = post.get("id");
            try {
                writeOnce(List.of(post), comments.stream().filter(c -> id.equals(c.get("postId"))).toList(),
                        quotes.stream().filter(q -> id.equals(q.get("postId"))).toList(), List.of());
            } catch (RuntimeException e) {
                failed.add(String.valueOf(id));
                cause = EmbeddedServer.rootMessage(e);
            }
        }
        if (!failed.isEmpty()) {
            throw new StoreException("writing post(s) " + String.join(", ", failed) + " failed (nothing of them was"
                    + " stored; the other " + (posts.size() - failed.size()) + " post(s) of the batch were): " + cause,
                    false, null);
        }
    }

    private void writeOnce(List<Map<String, Object>> posts, List<Map<String, Object>> comments,
                           List<Map<String, Object>> quotes, List<Map<String, Object>> sources) {
        db.write(tx -> {
            tx.run(WRITE_SOURCES, Map.of("rows", sources)).consume();
            tx.run(WRITE_POSTS, Map.of("rows", posts)).consume();
            tx.run(ABSORB_URL_STUBS, Map.of("rows", posts)).consume();
            tx.run(WRITE_COMMENTS, Map.of("rows", comments)).consume();
            tx.run(WRITE_AUTHORS, Map.of("rows", comments)).consume();
            tx.run(WRITE_QUOTES, Map.of("rows", quotes)).consume();
            return null;
        });
    }

    private Map<String, List<String>> storedDigests(List<PostThread> batch) {
        List<String> ids = batch.stream().map(t -> t.post().id()).distinct().toList();
        Map<String, List<String>> digests = new HashMap<>();
        for (Map<String, Object> row : db.readRows(STORED_DIGESTS, Map.of("ids", ids))) {
            List<String> list = new ArrayList<>();
            ((List<?>) row.get("digests")).forEach(d -> list.add((String) d));
            digests.put((String) row.get("id"), list);
        }
        return digests;
    }

    /** Returns how many threads were found stored exactly as read, and not written again. */
    public int unchangedThreads() {
        return unchanged;
    }

    /** Returns the ids (as stored, after merging copies) of every post written so far. */
    public java.util.Set<String> writtenPostIds() {
        return java.util.Collections.unmodifiableSet(written);
    }

    @Override
    public void close() {
        flush();
    }

    /**
     * Whether two posts with one title may be forms of one post, as {@link Reconciler} matches them:
     * another id, and no two different dates. A blog's recurring titles ("Pick of the Week") on other
     * days are other posts and share a batch; flushing at each of them cut batches to a few posts.
     */
    private static boolean mayBeSamePost(Post pending, Post incoming) {
        return !pending.id().equals(incoming.id())
                && (pending.date() == null || incoming.date() == null || pending.date().equals(incoming.date()));
    }

    private static String titleKey(PostThread t) {
        return t.post().title() == null ? null : t.post().blogKey() + " " + Ids.normaliseTitle(t.post().title());
    }

    private static Map<String, Object> sourceRow(SourceFiles.Fingerprint f) {
        return Map.of("origin", f.origin(), "digest", f.digest(), "size", f.size(), "modified", f.modified());
    }

    private static Map<String, Object> postRow(PostThread t, Map<String, Object> existing) {
        Post p = t.post();
        Map<String, Object> props = new LinkedHashMap<>();
        putIfKnown(props, "url", p.url());
        putIfKnown(props, "title", p.title());
        if (p.title() != null) {
            props.put("titleKey", Ids.normaliseTitle(p.title()));
        }
        putIfKnown(props, "date", p.date());
        putIfKnown(props, "published", p.published() == null ? null : p.published().atZone(ZoneOffset.UTC));
        putIfKnown(props, "bodyText", p.bodyText());
        putIfKnown(props, "authorName", p.authorName());
        putIfKnown(props, "declaredCommentCount", p.declaredCommentCount());
        if (p.id().matches("\\d+")) {
            props.put("bloggerId", p.id());
        }
        Map<String, Object> blog = new HashMap<>();
        putIfKnown(blog, "url", t.blog().url());
        putIfKnown(blog, "title", t.blog().title());
        putIfKnown(blog, "bloggerId", t.blog().bloggerId());
        Map<String, Object> row = new HashMap<>();
        row.put("id", p.id());
        row.put("blogKey", p.blogKey());
        row.put("blog", blog);
        row.put("props", onlyMissing(props, existing));
        row.put("format", t.report().format());
        return row;
    }

    private static Map<String, Object> commentRow(PostThread t, Comment c, Map<String, Object> existing) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("text", c.text());
        props.put("removed", c.removed());
        props.put("boundaryConfidence", c.boundaryConfidence());
        if (c.position() > 0) {
            props.put("position", c.position());
        }
        putIfKnown(props, "label", c.label());
        putIfKnown(props, "published", c.published() == null ? null : c.published().atZone(ZoneOffset.UTC));
        putIfKnown(props, "clock", c.clock());
        putIfKnown(props, "authorName", c.author().displayName());
        putIfKnown(props, "authorUrl", c.author().profileUrl());
        if (c.author().blogAuthor()) {
            props.put("blogAuthor", true);
        }
        Participant participant = Participant.of(c.author(), c.id(), t.blog().key());
        Map<String, Object> p = new HashMap<>();
        p.put("key", participant.key());
        p.put("name", participant.name());
        p.put("kind", participant.kind().graphName());
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("postId", c.postId());
        row.put("parentId", c.parentId());
        row.put("props", onlyMissing(props, existing));
        row.put("format", t.report().format());
        row.put("participant", p);
        return row;
    }

    /** A text copy only fills what a structured source has not already stored. */
    private static Map<String, Object> onlyMissing(Map<String, Object> props, Map<String, Object> existing) {
        if (existing == null) {
            return props;
        }
        Map<String, Object> missing = new LinkedHashMap<>(props);
        missing.keySet().removeAll(existing.keySet());
        return missing;
    }

    private static void putIfKnown(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }
}
