package org.threadgraph.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis says about one post.
 *
 * @param postId       the post
 * @param depth        depth and size of the whole post
 * @param blocks       depth and size of each top-level block, in thread order
 * @param participants participants by centrality (exact, since a post is small)
 * @param entities     entities by mentions
 * @param camps        disagreement camps
 * @param warnings     input the analysis skipped, and why
 */
public record ThreadReport(String postId, DepthStats depth, List<DepthStats> blocks,
                           List<ParticipantRank> participants, List<EntityCount> entities, PostCamps camps,
                           List<String> warnings) {

    public ThreadReport {
        Objects.requireNonNull(postId, "postId");
        blocks = List.copyOf(blocks);
        participants = List.copyOf(participants);
        entities = List.copyOf(entities);
        warnings = List.copyOf(warnings);
    }
}
