package org.threadgraph.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threadgraph.model.Author;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;

/**
 * Reads a whole-blog Atom export in two streaming passes, never holding the blog in memory. The
 * first pass notes only each comment's id, parent and time (to number threads as the post page
 * would) and each post's author (to mark the owner's comments); the second emits one thread per
 * post and comments in chunks of at most the chunk size, grouped by post.
 */
abstract class ExportSource implements ThreadSource {

    /** What an entry is; anything else is skipped and counted under its reason. */
    static final String POST = "post";
    static final String COMMENT = "comment";

    private final int chunkSize;

    ExportSource(int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.chunkSize = chunkSize;
    }

    /** Returns {@link #POST}, {@link #COMMENT}, or why the entry is skipped ("template entry", …). */
    abstract String classify(FeedEntry entry);

    /** Returns true when a kept comment's status says its text was removed. */
    boolean removedByStatus(FeedEntry entry) {
        return false;
    }

    /** Returns the post's permalink, or null. */
    abstract String permalink(FeedEntry entry, Blog blog);

    /** Returns the blog named by the export's header elements, or the user's blog. */
    Blog blog(Header header, SourceOptions options, List<String> warnings) {
        return FeedThreads.blog(BloggerIds.host(header.alternate), header.title, BloggerIds.blogId(header.id), options,
                warnings);
    }

    /** The feed-level elements of an export. */
    static final class Header {
        String id;
        String title;
        String alternate;
        final FeedComments.Owner owner = new FeedComments.Owner();

        void add(XmlNode e) {
            switch (e.name()) {
                case "id" -> id = e.text();
                case "title" -> title = e.text().isEmpty() ? null : e.text();
                case "link" -> {
                    if ("alternate".equals(e.attr("rel")) && alternate == null) {
                        alternate = e.attr("href");
                    }
                }
                case "author" -> {
                    FeedEntry.Person p = FeedEntry.person(e);
                    owner.add(p.name(), p.uri());
                }
                default -> {
                    // generator, updated, openSearch, … carry nothing we need
                }
            }
        }
    }

    /** What the first pass learns: labels for every comment, post authors, ids of posts not shown. */
    private static final class Index {
        final Header header = new Header();
        final Map<String, String> postAuthor = new HashMap<>();
        final Set<String> hidden = new HashSet<>();
        final Map<String, List<Comment>> keys = new LinkedHashMap<>();
        final Map<String, String> labels = new HashMap<>();
        final Map<String, Integer> positions = new HashMap<>();
    }

    @Override
    public void read(SourceDocument document, ThreadSink sink) throws SourceException {
        String origin = document.origin();
        SourceOptions options = document.options();
        List<String> summary = new ArrayList<>();
        Index index = index(document);
        for (Map.Entry<String, List<Comment>> post : index.keys.entrySet()) {
            List<Comment> numbered = Threading.numberByPublished(post.getValue(), summary);
            for (Comment c : numbered) {
                if (c.label() != null) {
                    index.labels.put(c.id(), c.label());
                    index.positions.put(c.id(), c.position());
                }
            }
        }
        index.keys.clear();

        Blog blog = blog(index.header, options, summary);
        ChunkedEmitter out = new ChunkedEmitter(sink, chunkSize, origin, format());
        Map<String, Integer> skipped = new TreeMap<>();
        int[] counts = new int[3]; // posts, comments, comments on hidden posts
        FeedComments.OwnerTest owner = (postId, name, url) -> url != null
                && (url.equals(index.postAuthor.get(postId)) || index.header.owner.isOwner(postId, name, url));
        AtomStream.read(document, new AtomStream.Handler() {
            @Override
            public void header(XmlNode element) {
                // already read in the first pass
            }

            @Override
            public void entry(FeedEntry e) {
                String what = classify(e);
                if (what.equals(POST)) {
                    String postId = BloggerIds.afterPost(e.id());
                    if (postId == null) {
                        out.warnings().add("a post entry without a Blogger post id; skipped");
                        return;
                    }
                    counts[0]++;
                    List<String> warnings = new ArrayList<>();
                    out.post(blog, post(postId, e, blog, options, warnings), warnings);
                } else if (what.equals(COMMENT)) {
                    Comment c = FeedComments.toComment(e, null, owner, options.zone(), out.warnings());
                    if (c == null) {
                        return;
                    }
                    if (index.hidden.contains(c.postId())) {
                        counts[2]++;
                        return;
                    }
                    if (removedByStatus(e) && !c.removed()) {
                        c = new Comment(c.id(), c.postId(), c.parentId(), c.position(), c.label(), c.author(),
                                c.published(), c.clock(), c.text(), true, c.boundaryConfidence());
                    }
                    String label = index.labels.get(c.id());
                    if (label != null) {
                        c = Threading.with(c, index.positions.get(c.id()), label);
                    }
                    counts[1]++;
                    out.comment(blog, c);
                } else {
                    skipped.merge(what, 1, Integer::sum);
                }
            }
        });
        if (counts[0] + counts[1] == 0) {
            throw new SourceException(origin + ": the export holds no published posts or comments"
                    + (skipped.isEmpty() ? "" : " (skipped: " + describe(skipped) + ")"));
        }
        if (!skipped.isEmpty()) {
            summary.add("skipped " + describe(skipped));
        }
        if (counts[2] > 0) {
            summary.add("skipped " + counts[2] + " comments on drafts or pages");
        }
        summary.add("read " + counts[0] + " posts and " + counts[1] + " comments");
        out.finish(summary);
    }

    private Index index(SourceDocument document) throws SourceException {
        Index index = new Index();
        AtomStream.read(document, new AtomStream.Handler() {
            @Override
            public void header(XmlNode element) {
                index.header.add(element);
            }

            @Override
            public void entry(FeedEntry e) {
                String what = classify(e);
                if (what.equals(POST)) {
                    String id = BloggerIds.afterPost(e.id());
                    FeedEntry.Person a = e.author();
                    String uri = a == null ? null : BloggerIds.profileUrl(a.uri());
                    if (id != null && uri != null) {
                        index.postAuthor.put(id, uri);
                    }
                } else if (what.equals(COMMENT)) {
                    String id = FeedComments.commentId(e);
                    String postId = FeedComments.postId(e);
                    if (id != null && postId != null) {
                        index.keys.computeIfAbsent(postId, k -> new ArrayList<>()).add(new Comment(id, postId,
                                FeedComments.parentId(e, id), 0, null, Author.UNATTRIBUTED,
                                Clocks.plausibleOrNull(Clocks.instant(e.published())), null, "", false, 1.0));
                    }
                } else {
                    String id = BloggerIds.afterPost(e.id());
                    boolean postLike = e.isKind("page") || e.isKind("post") || "PAGE".equalsIgnoreCase(e.type())
                            || "POST".equalsIgnoreCase(e.type());
                    if (id != null && postLike) {
                        index.hidden.add(id);
                    }
                }
            }
        });
        index.keys.keySet().removeAll(index.hidden);
        return index;
    }

    private Post post(String id, FeedEntry e, Blog blog, SourceOptions options, List<String> warnings) {
        Instant published = Clocks.published(e.published(), "post " + id, warnings);
        FeedEntry.Person a = e.author();
        return new Post(id, blog.key(), permalink(e, blog), e.title(),
                published == null ? null : published.atZone(options.zone()).toLocalDate(), published,
                e.contentHtml() == null ? null : HtmlText.ofHtml(e.contentHtml()), a == null ? null : a.name(),
                e.total());
    }

    private static String describe(Map<String, Integer> skipped) {
        List<String> parts = new ArrayList<>();
        skipped.forEach((what, n) -> parts.add(n + " × " + what));
        return String.join(", ", parts);
    }
}
