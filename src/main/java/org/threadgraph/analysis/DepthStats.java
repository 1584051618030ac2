package org.threadgraph.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How deep, large and long a post's discussion, or one of its top-level blocks, is.
 *
 * @param scope           whether this describes the whole post or one top-level block
 * @param scopeId         the post id, or the id of the block's top-level comment
 * @param structuralDepth Blogger's depth: 0 for no comments, 1 for top-level comments without
 *                        replies, 2 when there are replies (Blogger nests one level only)
 * @param realDepth       the number of comments on the longest chain of responses (so 1 for a
 *                        comment answering the post, +1 for each comment answering the previous one);
 *                        0 for no comments
 * @param size            number of comments
 * @param participants    number of distinct writers
 * @param first           earliest known publication time, or null when no time is known
 * @param last            latest known publication time, or null when no time is known
 * @param duration        {@code last - first}, or null when no time is known
 * @param deepestChain    the comment ids of one longest chain, from the comment that starts it to
 *                        the deepest answer (ties: the chain ending earliest in thread order)
 */
public record DepthStats(Scope scope, String scopeId, int structuralDepth, int realDepth, int size,
                         int participants, Instant first, Instant last, Duration duration,
                         List<String> deepestChain) {

    /** What a {@link DepthStats} describes. */
    public enum Scope { POST, BLOCK }

    public DepthStats {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeId, "scopeId");
        deepestChain = List.copyOf(deepestChain);
    }
}
