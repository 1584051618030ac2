package org.threadgraph.store;

import java.util.List;
import java.util.Map;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.Quote;

/**
 * One post as stored, read back for the linking and analysis stages.
 *
 * @param post     the post
 * @param comments its comments in page order
 * @param quotes   quoted blocks of its body
 * @param writers  comment id to the key of the participant that wrote it
 */
public record StoredThread(Post post, List<Comment> comments, List<Quote> quotes, Map<String, String> writers) {
}
