package org.threadgraph.store;

import java.util.List;
import java.util.Map;

/**
 * Everything the graph says about one comment and why, for {@code explain}.
 *
 * @param comment     the comment's properties
 * @param post        id, title and url of its post
 * @param parent      the structural parent's properties, or null for a top-level comment
 * @param responds    the RESPONDS_TO edge (properties plus {@code targetId}, {@code targetKind},
 *                    {@code targetText}), or null when none was inferred
 * @param respondedBy comments that respond to this one, each with the edge's properties
 * @param writer      the participant's properties plus the WROTE edge's (how the writer was decided)
 * @param sameAuthor  same-author evidence touching this comment
 * @param mentions    entities mentioned, each with the edge's properties
 * @param links       posts linked or cited, each with the edge's properties
 * @param quotedBy    quotes and comments that quote this comment
 */
public record CommentExplanation(Map<String, Object> comment, Map<String, Object> post, Map<String, Object> parent,
                                 Map<String, Object> responds, List<Map<String, Object>> respondedBy,
                                 Map<String, Object> writer, List<Map<String, Object>> sameAuthor,
                                 List<Map<String, Object>> mentions, List<Map<String, Object>> links,
                                 List<Map<String, Object>> quotedBy) {
}
