package org.threadgraph.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment as a source shows it.
 *
 * @param id                 stable id: Blogger's comment id, or the post id and {@link #label()}
 * @param postId             the post it is on
 * @param parentId           the top-level comment Blogger files it under, or null when top-level
 * @param position           1-based order on the page (top-level comments, each followed by its
 *                           replies), or 0 when the source cannot tell (a feed page)
 * @param label              position as readers number it: "5" for a top-level comment, "5.2"
 *                           for the second reply under it; null when unknown
 * @param author             who the source says wrote it
 * @param published          exact publication instant, or null (text copies have none)
 * @param clock              the HH:MM readers saw on the page in the blog's zone, or null
 * @param text               plain text with line breaks kept
 * @param removed            whether the comment was removed ("This comment has been removed…")
 * @param boundaryConfidence how sure the source is of where this comment starts and ends: 1.0
 *                           for structured sources, lower for flattened text copies
 */
public record Comment(String id, String postId, String parentId, int position, String label,
                      Author author, Instant published, String clock, String text, boolean removed,
                      double boundaryConfidence) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }

    /** Returns true when Blogger files this comment under another one. */
    public boolean isReply() {
        return parentId != null;
    }
}
