package org.threadgraph.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.model.Comment;

/**
 * Numbers a post's comments the way its page shows them: top-level comments in order, each
 * followed by its replies, labelled "5" and "5.2".
 */
final class Threading {

    private static final Comparator<Comment> BY_PUBLISHED = Comparator.comparing(Comment::published,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    private Threading() {
    }

    /**
     * Returns the comments, already in page order, with positions and labels set. A reply whose
     * parent is not among them keeps position and label as they were and gets a warning.
     */
    static List<Comment> numberInPageOrder(List<Comment> pageOrder, List<String> warnings) {
        Map<String, Comment> byId = new HashMap<>();
        for (Comment c : pageOrder) {
            byId.put(c.id(), c);
        }
        Map<String, Integer> topNumber = new HashMap<>();
        Map<String, Integer> replyCount = new HashMap<>();
        List<Comment> out = new ArrayList<>(pageOrder.size());
        int top = 0;
        int position = 0;
        for (Comment c : pageOrder) {
            position++;
            String label;
            if (c.parentId() == null) {
                top++;
                topNumber.put(c.id(), top);
                label = Integer.toString(top);
            } else {
                String root = rootOf(c, byId);
                Integer n = root == null ? null : topNumber.get(root);
                if (n == null) {
                    warnings.add("comment " + c.id() + ": its parent " + c.parentId()
                            + " is not shown before it; no label");
                    label = null;
                } else {
                    int r = replyCount.merge(root, 1, Integer::sum);
                    label = n + "." + r;
                }
            }
            out.add(with(c, position, label));
        }
        return out;
    }

    /**
     * Returns the comments of one post sorted into page order (top-level by publication, each
     * followed by its replies by publication) and numbered; used when a feed or export holds every
     * comment of the post. Returns them unnumbered, in publication order, when a reply's parent is
     * missing, with a warning.
     */
    static List<Comment> numberByPublished(List<Comment> comments, List<String> warnings) {
        Map<String, Comment> byId = new HashMap<>();
        for (Comment c : comments) {
            byId.put(c.id(), c);
        }
        List<Comment> tops = new ArrayList<>();
        Map<String, List<Comment>> replies = new LinkedHashMap<>();
        for (Comment c : comments) {
            if (c.parentId() == null) {
                tops.add(c);
                continue;
            }
            String root = rootOf(c, byId);
            if (root == null) {
                warnings.add("comment " + c.id() + ": parent " + c.parentId()
                        + " is not in the document; comments left unnumbered");
                List<Comment> sorted = new ArrayList<>(comments);
                sorted.sort(BY_PUBLISHED);
                return sorted.stream().map(x -> with(x, 0, null)).toList();
            }
            replies.computeIfAbsent(root, k -> new ArrayList<>()).add(c);
        }
        tops.sort(BY_PUBLISHED);
        List<Comment> ordered = new ArrayList<>(comments.size());
        for (Comment t : tops) {
            ordered.add(t);
            List<Comment> rs = new ArrayList<>(replies.getOrDefault(t.id(), List.of()));
            rs.sort(BY_PUBLISHED);
            ordered.addAll(rs);
        }
        return numberInPageOrder(ordered, warnings);
    }

    /** Returns a copy of the comment at a position with a label. */
    static Comment with(Comment c, int position, String label) {
        return new Comment(c.id(), c.postId(), c.parentId(), position, label, c.author(), c.published(),
                c.clock(), c.text(), c.removed(), c.boundaryConfidence());
    }

    /** Returns the top-level comment a reply hangs under (following parents), or null when one is missing. */
    private static String rootOf(Comment c, Map<String, Comment> byId) {
        Comment cur = c;
        for (int guard = 0; guard < 64 && cur.parentId() != null; guard++) {
            Comment parent = byId.get(cur.parentId());
            if (parent == null) {
                return null;
            }
            cur = parent;
        }
        return cur.parentId() == null ? cur.id() : null;
    }
}
