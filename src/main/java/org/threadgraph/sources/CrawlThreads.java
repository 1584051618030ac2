package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/**
 * Joins the newest comments a crawler fetched for a post with the comments already stored, so that
 * new comments are numbered like the post page ("5", "5.2") even though only the newest feed pages
 * were read. Kept in this package for {@link Threading}.
 */
public final class CrawlThreads {

    /** The feed reader's warning for a page that does not hold every comment of its post. */
    private static final String PARTIAL_PAGE = "positions and labels left unknown";

    private CrawlThreads() {
    }

    /**
     * Returns the thread to write for a post when {@code fresh} holds the newest comments (from the
     * first pages of its feed) and {@code stored} the comments stored before. When together they
     * hold every comment the feed counts ({@code feedTotal}), all are numbered by publication and
     * the result holds the fresh comments plus every stored one whose position or label changed
     * (a reply to an old comment moves the comments after it); otherwise the fresh comments stay
     * unnumbered, as the feed reader leaves them.
     *
     * @param stored    the post's stored comments; those without a Blogger id (text copies) are ignored
     * @param feedTotal the comment count the feed gives ({@code openSearch:totalResults}), or null
     */
    public static PostThread withStored(PostThread fresh, List<Comment> stored, Integer feedTotal) {
        Objects.requireNonNull(fresh, "fresh");
        String postId = fresh.post().id();
        Map<String, Comment> union = new LinkedHashMap<>();
        Map<String, Comment> before = new LinkedHashMap<>();
        for (Comment c : stored) {
            if (c.id().matches("\\d+") && postId.equals(c.postId())) {
                union.put(c.id(), c);
                before.put(c.id(), c);
            }
        }
        for (Comment c : fresh.comments()) {
            union.put(c.id(), c);
        }
        if (feedTotal == null || union.size() < feedTotal || union.isEmpty()) {
            return fresh;
        }
        List<String> warnings = new ArrayList<>();
        List<Comment> numbered = Threading.numberByPublished(new ArrayList<>(union.values()), warnings);
        if (!warnings.isEmpty()) {
            List<String> w = new ArrayList<>(fresh.report().warnings());
            w.addAll(warnings);
            return new PostThread(fresh.blog(), fresh.post(), fresh.comments(), fresh.quotes(),
                    new SourceReport(fresh.report().origin(), fresh.report().format(), w));
        }
        Set<String> freshIds = new HashSet<>();
        fresh.comments().forEach(c -> freshIds.add(c.id()));
        List<Comment> out = new ArrayList<>();
        for (Comment c : numbered) {
            Comment old = before.get(c.id());
            boolean moved = old != null && (old.position() != c.position() || !Objects.equals(old.label(), c.label()));
            if (freshIds.contains(c.id())) {
                out.add(c);
            } else if (moved) {
                out.add(c);
            }
        }
        List<String> w = new ArrayList<>();
        for (String s : fresh.report().warnings()) {
            if (!s.contains(PARTIAL_PAGE)) {
                w.add(s);
            }
        }
        return new PostThread(fresh.blog(), fresh.post(), out, fresh.quotes(),
                new SourceReport(fresh.report().origin(), fresh.report().format(), w));
    }
}
