package org.threadgraph.analysis;

import java.time.Instant;
import java.util.Objects;

import org.threadgraph.model.Comment;

/**
 * One comment of a post, as the analysis needs it.
 *
 * @param id        the comment id
 * @param parentId  Blogger's structural parent (the top-level comment it is filed under), or null
 *                  for a top-level comment
 * @param writer    the participant key of its writer; null is replaced by {@code unknown:ID}, a
 *                  participant of its own
 * @param published publication instant, or null when unknown
 * @param position  1-based page order, or 0 when unknown (then ordered by time, then id)
 * @param text      plain text for top terms, or null
 */
public record ThreadComment(String id, String parentId, String writer, Instant published, int position,
                            String text) {

    public ThreadComment {
        Objects.requireNonNull(id, "id");
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("comment is its own parent: " + id);
        }
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0: " + position);
        }
        if (writer == null || writer.isBlank()) {
            writer = "unknown:" + id;
        }
    }

    /** Returns the analysis view of a model comment written by the given participant. */
    public static ThreadComment of(Comment comment, String writerKey) {
        return new ThreadComment(comment.id(), comment.parentId(), writerKey, comment.published(),
                comment.position(), comment.removed() ? null : comment.text());
    }

    /** Returns the id of the top-level comment whose block this comment belongs to. */
    public String blockId() {
        return parentId == null ? id : parentId;
    }
}
