package org.threadgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What a source yields for one post: the post (possibly partial), some or all of its comments,
 * the quotes in its body, and what the source noticed while reading it. Sources stream these one
 * post (or one page of a feed) at a time; the store merges them.
 *
 * @param blog     the blog
 * @param post     the post; a {@link Post#stub stub} when the source knows only its id
 * @param comments comments read from this source, in page order when known
 * @param quotes   quoted comment blocks found in the post body
 * @param report   counts and warnings for the user
 */
public record PostThread(Blog blog, Post post, List<Comment> comments, List<Quote> quotes,
                         SourceReport report) {

    public PostThread {
        Objects.requireNonNull(blog, "blog");
        Objects.requireNonNull(post, "post");
        comments = List.copyOf(comments);
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(report, "report");
    }
}
