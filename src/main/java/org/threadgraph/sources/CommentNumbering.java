package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.List;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;

/**
 * Gives the comments of a text copy their ids, labels ("5", "5.2"), positions and parents, the
 * way readers of the page number them.
 */
final class CommentNumbering {

    private CommentNumbering() {
    }

    /**
     * Returns the comments of a post in page order. A reply with no top-level comment before it
     * (a copy that starts mid-thread) is taken as top-level, with a warning.
     */
    static List<Comment> number(String postId, List<CommentDraft> drafts, List<String> warnings) {
        List<Comment> comments = new ArrayList<>(drafts.size());
        int topLevel = 0;
        int replies = 0;
        String parentId = null;
        for (CommentDraft draft : drafts) {
            String label;
            String parent;
            if (draft.reply() && parentId != null) {
                replies++;
                label = topLevel + "." + replies;
                parent = parentId;
            } else {
                if (draft.reply()) {
                    warnings.add("line " + draft.line()
                            + ": a reply with no top-level comment before it; taken as top-level");
                }
                topLevel++;
                replies = 0;
                label = String.valueOf(topLevel);
                parent = null;
            }
            String id = Ids.textCommentId(postId, label);
            if (parent == null) {
                parentId = id;
            }
            comments.add(new Comment(id, postId, parent, comments.size() + 1, label, Author.UNATTRIBUTED, null, null,
                    draft.text(), CopyMarks.isRemovedNotice(draft.text()), draft.confidence()));
        }
        return comments;
    }
}
