package org.threadgraph.model;

import java.util.Objects;

/**
 * A block of an earlier comment reposted in a post's body, as "Pick of the Week" posts do with
 * their "*****"-separated excerpts. A later stage matches it to the comment it quotes.
 *
 * @param id       stable id: the post id and the quote's position
 * @param postId   the post whose body holds it
 * @param position 1-based order in the post body
 * @param text     the quoted text
 */
public record Quote(String id, String postId, int position, String text) {

    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(text, "text");
    }
}
