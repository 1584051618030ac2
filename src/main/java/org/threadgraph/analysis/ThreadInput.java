package org.threadgraph.analysis;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the analysis reads about one post: its comments, the responses between them with
 * their stances, and the attitudes of comments to the entities they name.
 *
 * <p>Responses or attitudes that name comments missing from {@code comments} are tolerated: the
 * algorithms skip them and say so in their warnings.
 *
 * @param postId    the post id
 * @param comments  the post's comments, unique by id, any order
 * @param responses the responses between comments (and to the post)
 * @param attitudes the entity attitudes of comments
 */
public record ThreadInput(String postId, List<ThreadComment> comments, List<ResponseLink> responses,
                          List<EntityAttitude> attitudes) {

    /**
     * Thread order: page position (unknown positions last), then publication time (unknown last),
     * then id. A total order, used for every tie in this package.
     */
    public static final Comparator<ThreadComment> THREAD_ORDER = Comparator
            .comparingInt((ThreadComment c) -> c.position() == 0 ? Integer.MAX_VALUE : c.position())
            .thenComparing(c -> c.published() == null ? Instant.MAX : c.published())
            .thenComparing(ThreadComment::id);

    public ThreadInput {
        Objects.requireNonNull(postId, "postId");
        comments = List.copyOf(comments);
        responses = responses == null ? List.of() : List.copyOf(responses);
        attitudes = attitudes == null ? List.of() : List.copyOf(attitudes);
        Map<String, ThreadComment> seen = new HashMap<>();
        for (ThreadComment c : comments) {
            if (seen.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate comment id " + c.id() + " in post " + postId);
            }
            if (c.id().equals(postId)) {
                throw new IllegalArgumentException("comment id equals the post id: " + postId);
            }
        }
    }

    /** Returns the comments in {@link #THREAD_ORDER}. */
    public List<ThreadComment> orderedComments() {
        return comments.stream().sorted(THREAD_ORDER).toList();
    }

    /** Returns the comments by id. */
    public Map<String, ThreadComment> commentsById() {
        Map<String, ThreadComment> byId = new HashMap<>();
        for (ThreadComment c : comments) {
            byId.put(c.id(), c);
        }
        return byId;
    }
}
