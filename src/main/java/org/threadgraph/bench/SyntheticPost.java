package org.threadgraph.bench;

import java.time.Instant;
import java.util.List;

/**
 * One generated post and its comments, oldest first.
 *
 * @param index     position in the blog, from 0
 * @param id        Blogger-style post id
 * @param title     title
 * @param permalink the post page's URL
 * @param published when it was published
 * @param body      the post's text
 * @param comments  its comments in publication order
 */
record SyntheticPost(int index, String id, String title, String permalink, Instant published, String body,
                     List<SyntheticComment> comments) {

    /** Returns how many comments are Blogger replies. */
    int replies() {
        return (int) comments.stream().filter(c -> c.parentId() != null).count();
    }
}
