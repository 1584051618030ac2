package org.threadgraph.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A blog post. Sources fill what they know; unknown fields are null, so partial records from
 * several sources (a page, a feed, a text copy) can be merged into one post.
 *
 * @param id                    stable id: Blogger's post id, or a digest of blog, date and title
 * @param blogKey               the {@link Blog#key()} it belongs to
 * @param url                   permalink, or null
 * @param title                 title, or null
 * @param date                  the date the blog shows in its date header, or null
 * @param published             exact publication instant, or null
 * @param bodyText              the post's text, or null
 * @param authorName            the post's author, or null
 * @param declaredCommentCount  the count in the page's "N comments:" header, or null
 */
public record Post(String id, String blogKey, String url, String title, LocalDate date,
                   Instant published, String bodyText, String authorName, Integer declaredCommentCount) {

    public Post {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blogKey, "blogKey");
    }

    /** Returns a post that carries only its id, for sources that know nothing else about it. */
    public static Post stub(String id, String blogKey) {
        return new Post(id, blogKey, null, null, null, null, null, null, null);
    }
}
