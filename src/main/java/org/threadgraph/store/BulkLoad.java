package org.threadgraph.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Participant;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.Quote;
import org.threadgraph.store.BulkFiles.File;

/**
 * Collects the threads of a first load into the importer's CSV files ({@link BulkFiles}), the
 * graph the Cypher writer ({@link ThreadWriter}) would build from the same threads in an empty database:
 * the same nodes, properties, value types and relationships, the same last-wins merging of blogs and
 * participants, and a stand-in node for a parent comment that no input holds (as the writer MERGEs one).
 * A document's threads are held until it is read completely, so a document that fails leaves nothing
 * behind.
 *
 * <p>Only inputs the writer would store without merging can be loaded so: when two threads share a post,
 * comment or quote id, or a text copy and a Blogger form may be the same post (which {@link Reconciler}
 * merges), the load is {@linkplain #unsafe() unsafe} and the caller writes through Cypher instead.
 */
public final class BulkLoad implements ThreadTarget, AutoCloseable {

    private final BulkFiles files;
    private final Instant readAt;
    private final List<PostThread> pending = new ArrayList<>();
    private final Map<String, String> postOrigins = new HashMap<>();
    private final Set<String> postIds = new LinkedHashSet<>();
    private final Set<String> commentIds = new HashSet<>();
    private final Set<String> quoteIds = new HashSet<>();
    private final Map<String, List<Post>> postsByTitle = new HashMap<>();
    // A parent comment no input holds (yet) is created with the post of the first reply to it, as MERGE does.
    private final Map<String, String> parentPosts = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> blogs = new LinkedHashMap<>();
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private String unsafe;

    /**
     * Starts a load whose files go to {@code workDir}.
     *
     * @param readAt the time the {@code :Source} records say the documents were read
     */
    public BulkLoad(Path workDir, Instant readAt) {
        this.files = new BulkFiles(workDir);
        this.readAt = readAt;
    }

    @Override
    public void write(PostThread thread) {
        pending.add(thread);
    }

    @Override
    public int mark() {
        return pending.size();
    }

    @Override
    public void discardFrom(int mark) {
        pending.subList(mark, pending.size()).clear();
    }

    /** Takes the document's threads into the files, then its {@code :Source} record. */
    @Override
    public void completed(SourceFiles.Fingerprint source) {
        for (PostThread t : pending) {
            if (unsafe == null) {
                unsafe = conflict(t);
            }
            if (unsafe == null) {
                add(t);
            }
        }
        pending.clear();
        if (unsafe == null) {
            files.row(File.SOURCE, source.origin(), source.digest(), source.size(), source.modified(), readAt);
        }
    }

    /** Returns why these inputs cannot be bulk-loaded exactly as the Cypher writer would store them, or null. */
    public String unsafe() {
        return unsafe;
    }

    /** Returns the ids of the posts taken, in the order read. */
    public Set<String> postIds() {
        return java.util.Collections.unmodifiableSet(postIds);
    }

    /** Writes the nodes known only at the end (blogs, participants, parents no input holds) and closes the files. */
    public Totals finish() {
        if (unsafe == null) {
            blogs.forEach((key, props) -> files.row(File.BLOG, key, props.get("url"), props.get("title"),
                    props.get("bloggerId")));
            participants.values().forEach(p -> files.row(File.PARTICIPANT, p.key(), p.kind().graphName(), p.name()));
            parentPosts.forEach((parentId, postId) -> {
                if (!commentIds.contains(parentId)) {
                    files.row(File.COMMENT, parentId, postId, null, null, null, null, null, null, null, null,
                            null, null, null);
                }
            });
        }
        files.close();
        return new Totals(files.nodes(), files.relationships());
    }

    /** Nodes and relationships in the files. */
    public record Totals(long nodes, long relationships) {
    }

    /**
     * Loads the finished files into the embedded database in {@code dir}, which must not be running,
     * replacing its store if it has one (without nodes).
     *
     * @param workDir where the importer's configuration and report go
     * @throws StoreException when the importer fails; the folder is then left as it was
     */
    public void importInto(Path dir, Path workDir) {
        AdminImport.run(dir, files.importArguments(), workDir);
    }

    @Override
    public void close() {
        files.close();
    }

    private String conflict(PostThread t) {
        Post post = t.post();
        String origin = t.report().origin();
        String firstOrigin = postOrigins.putIfAbsent(post.id(), origin);
        if (firstOrigin != null) {
            return "post " + post.id() + " is read twice (" + firstOrigin + ", " + origin + ")";
        }
        if (post.title() != null) {
            List<Post> sameTitle = postsByTitle.computeIfAbsent(post.blogKey() + " " + Ids.normaliseTitle(post.title()),
                    k -> new ArrayList<>());
            for (Post other : sameTitle) {
                if (Reconciler.mayMerge(other, post)) {
                    return "posts " + other.id() + " and " + post.id() + " may be forms of one post (" + origin + ")";
                }
            }
            sameTitle.add(post);
        }
        for (Comment c : t.comments()) {
            if (!c.postId().equals(post.id())) {
                return "comment " + c.id() + " names post " + c.postId() + " in a thread of post " + post.id()
                        + " (" + origin + ")";
            }
            if (!commentIds.add(c.id())) {
                return "comment " + c.id() + " is read twice (" + origin + ")";
            }
            if (!Double.isFinite(c.boundaryConfidence())) {
                return "comment " + c.id() + " has no finite boundary confidence (" + origin + ")";
            }
        }
        for (Quote q : t.quotes()) {
            if (!q.postId().equals(post.id()) || !quoteIds.add(q.id())) {
                return "quote " + q.id() + " is read twice (" + origin + ")";
            }
        }
        String digestEntry = digestEntry(t);
        if (digestEntry.indexOf(BulkFiles.ARRAY_DELIMITER) >= 0 || t.report().format().indexOf(
                BulkFiles.ARRAY_DELIMITER) >= 0) {
            return origin + " names a list element with a control character the importer splits lists at";
        }
        return null;
    }

    private void add(PostThread t) {
        Post p = t.post();
        postIds.add(p.id());
        List<String> sources = List.of(t.report().format());
        files.row(File.POST, p.id(), p.blogKey(), p.url(), p.title(),
                p.title() == null ? null : Ids.normaliseTitle(p.title()), p.date(), p.published(), p.bodyText(),
                p.authorName(), p.declaredCommentCount(), p.id().matches("\\d+") ? p.id() : null, sources,
                List.of(digestEntry(t)));
        files.row(File.POST_IN, p.id(), p.blogKey());
        Map<String, Object> blog = blogs.computeIfAbsent(p.blogKey(), k -> new HashMap<>());
        putIfKnown(blog, "url", t.blog().url());
        putIfKnown(blog, "title", t.blog().title());
        putIfKnown(blog, "bloggerId", t.blog().bloggerId());
        for (Comment c : t.comments()) {
            files.row(File.COMMENT, c.id(), c.postId(), c.text(), c.removed(), c.boundaryConfidence(),
                    c.position() > 0 ? c.position() : null, c.label(), c.published(), c.clock(),
                    c.author().displayName(), c.author().profileUrl(), c.author().blogAuthor() ? true : null, sources);
            files.row(File.COMMENT_ON, c.id(), c.postId());
            if (c.parentId() != null) {
                files.row(File.REPLY_TO, c.id(), c.parentId());
                parentPosts.putIfAbsent(c.parentId(), c.postId());
            }
            Participant writer = Participant.of(c.author(), c.id(), t.blog().key());
            Participant before = participants.get(writer.key());
            // The writer sets the kind from each comment and keeps the last name it was given.
            participants.put(writer.key(), writer.name() != null || before == null ? writer
                    : new Participant(writer.key(), before.name(), writer.kind()));
            files.row(File.WROTE, writer.key(), c.id());
        }
        for (Quote q : t.quotes()) {
            files.row(File.QUOTE, q.id(), q.postId(), q.text(), q.position());
            files.row(File.QUOTE_ON, q.id(), q.postId());
        }
    }

    /** The post's {@code digests} entry for this thread, as {@link ThreadWriter} writes it. */
    private static String digestEntry(PostThread t) {
        return t.report().format() + " " + t.report().origin() + "=" + ThreadDigest.of(t);
    }

    private static void putIfKnown(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }
}
