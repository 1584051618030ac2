package org.threadgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.threadgraph.analysis.Camp;
import org.threadgraph.analysis.EntityStance;
import org.threadgraph.analysis.TermScore;
import org.threadgraph.analysis.ThreadReport;

/**
 * One post's analysis, for a summary.
 *
 * @param title  the post's title, or its id when it has none
 * @param report the report, its participant and entity lists cut to the top few
 */
public record PostAnalysis(String postId, String title, ThreadReport report) {

    /** Says what a camp stands for in a few words: whom it defends and attacks, else its top terms. */
    public static String describe(Camp camp) {
        List<String> parts = new ArrayList<>();
        if (!camp.defends().isEmpty()) {
            parts.add("defends " + camp.defends().stream().limit(3).map(EntityStance::name)
                    .collect(Collectors.joining(", ")));
        }
        if (!camp.attacks().isEmpty()) {
            parts.add("attacks " + camp.attacks().stream().limit(3).map(EntityStance::name)
                    .collect(Collectors.joining(", ")));
        }
        parts.add("words: " + camp.topTerms().stream().limit(4).map(TermScore::term).collect(Collectors.joining(", ")));
        return String.join("; ", parts);
    }
}
