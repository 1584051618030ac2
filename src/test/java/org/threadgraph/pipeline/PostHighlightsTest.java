package org.threadgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.analysis.ResponseLink;
import org.threadgraph.analysis.ThreadAnalysis;
import org.threadgraph.analysis.ThreadComment;
import org.threadgraph.analysis.ThreadInput;
import org.threadgraph.model.Stance;

class PostHighlightsTest {

    @Test
    void keepsTheFiveDeepestThreadsWithTheirChainsNamedWhateverTheOrderOfPosts() {
        PostHighlights highlights = new PostHighlights();
        int[] depths = {3, 9, 1, 7, 4, 8, 2, 6, 5};
        for (int depth : depths) {
            String post = "p" + depth;
            Map<String, String> names = new HashMap<>();
            for (int i = 0; i < depth; i++) {
                names.put(post + "-c" + i, "#" + depth + "." + i);
            }
            highlights.add(new PostAnalysis(post, "chain of " + depth, new ThreadAnalysis(chain(post, depth)).report()),
                    names);
        }
        assertEquals(depths.length, highlights.posts());
        assertEquals(List.of(9, 8, 7, 6, 5), highlights.deepest().stream().map(t -> t.block().realDepth()).toList());
        PostHighlights.DeepThread deepest = highlights.deepest().get(0);
        assertEquals("chain of 9", deepest.title());
        assertEquals(List.of("#9.0", "#9.1", "#9.2", "#9.3", "#9.4", "#9.5", "#9.6", "#9.7", "#9.8"), deepest.chain());
        assertEquals(0, highlights.dividedPosts(), "a chain of agreement has no sides");
    }

    /** A post of one Blogger thread whose comments each answer the one before, agreeing, by different writers. */
    private static ThreadInput chain(String post, int depth) {
        List<ThreadComment> comments = new ArrayList<>();
        List<ResponseLink> responses = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            String id = post + "-c" + i;
            comments.add(new ThreadComment(id, i == 0 ? null : post + "-c0", "w" + i, null, i, "text " + i));
            responses.add(i == 0 ? new ResponseLink(id, post, true, Stance.Label.NEUTRAL, 0.9)
                    : new ResponseLink(id, post + "-c" + (i - 1), false, Stance.Label.AGREE, 0.9));
        }
        return new ThreadInput(post, comments, responses, List.of());
    }
}
