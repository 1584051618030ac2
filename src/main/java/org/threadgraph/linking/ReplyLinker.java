package org.threadgraph.linking;

import java.util.List;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;

/**
 * Decides who answers whom within one post. Blogger records only one level of replies: a reply is
 * filed under a top-level comment, yet it often answers the reply just before it, or a comment
 * named by the clock time the page shows next to it. A linker recovers the real conversation.
 *
 * @see CueReplyLinker the standard implementation and its measured rules
 */
public interface ReplyLinker {

    /**
     * Links one post's comments.
     *
     * @param post     the post the comments are on
     * @param comments all comments of that post in page order: each top-level comment followed by
     *                 its replies
     * @return one response per comment that is not removed, plus same-author and clock evidence
     * @throws NullPointerException     if an argument or a comment is null
     * @throws IllegalArgumentException if a comment belongs to another post or an id repeats
     */
    ThreadLinks link(Post post, List<Comment> comments);

    /**
     * Returns the standard linker.
     *
     * @return a {@link CueReplyLinker} with its measured settings
     */
    static ReplyLinker standard() {
        return new CueReplyLinker();
    }
}
