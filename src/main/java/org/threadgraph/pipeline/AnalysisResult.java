package org.threadgraph.pipeline;

import java.util.List;
import java.util.Map;
import org.threadgraph.analysis.EntityCount;
import org.threadgraph.analysis.ParticipantRank;

/**
 * What an analysis run found.
 *
 * @param posts             what the summary shows of the posts analysed
 * @param ranking           blog-wide centrality of every participant who answers or is answered
 * @param participantLabels for the top participants by PageRank, a label a reader recognises
 * @param entities          blog-wide discussion counts, most discussed first
 */
public record AnalysisResult(PostHighlights posts, List<ParticipantRank> ranking,
                             Map<String, String> participantLabels, List<EntityCount> entities) {
    public AnalysisResult {
        ranking = List.copyOf(ranking);
        participantLabels = Map.copyOf(participantLabels);
        entities = List.copyOf(entities);
    }
}
