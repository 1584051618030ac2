package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/**
 * The seed leave-one-thread-out models ({@link StanceTraining#leaveOneThreadOutModels}), which the held-out
 * camps figure scores each thread with: one per seed thread, and none has seen its own thread's pairs.
 */
class StanceTrainingTest {

    private static final String[] TOPICS = {"pay", "caseloads", "training", "contracts", "offices", "managers",
            "targets", "courts", "prisons", "rotas", "pensions", "unions"};

    /** Reddit-like pairs of every label, none with the word "zebra". */
    private static List<LabelledPair> reddit() {
        List<LabelledPair> out = new ArrayList<>();
        for (String topic : TOPICS) {
            String target = "The " + topic + " are the real problem here.";
            out.add(new LabelledPair("Yes, spot on about the " + topic + ".", target, Stance.Label.AGREE, "reddit"));
            out.add(new LabelledPair("Rubbish, the " + topic + " are fine.", target, Stance.Label.DISAGREE, "reddit"));
            out.add(new LabelledPair("Where can I read more on " + topic + "?", target, Stance.Label.NEUTRAL, "reddit"));
        }
        return out;
    }

    /** Three seed threads; only thread A's agreements say "zebra". */
    private static List<LabelledPair> seeds() {
        List<LabelledPair> out = new ArrayList<>();
        for (String thread : List.of("A", "B", "C")) {
            for (String topic : List.of(TOPICS[0], TOPICS[1], TOPICS[2], TOPICS[3])) {
                String target = "What about the " + topic + "?";
                String source = "seed thread " + thread;
                out.add(new LabelledPair(thread.equals("A") ? "zebra zebra " + topic : "Quite right on " + topic,
                        target, Stance.Label.AGREE, source));
                out.add(new LabelledPair("No, the " + topic + " are not the issue.", target, Stance.Label.DISAGREE,
                        source));
                out.add(new LabelledPair("Link about " + topic + " here.", target, Stance.Label.NEUTRAL, source));
            }
        }
        return out;
    }

    @Test
    void eachThreadsModelIsTrainedWithoutThatThread() {
        StanceTraining.Prepared data = StanceTraining.prepare(new StanceTraining.Corpus(reddit(), List.of(), seeds()),
                StanceTraining.DEFAULT_GROUPS);
        Map<String, StanceModel> models = StanceTraining.leaveOneThreadOutModels(data, 1);
        assertEquals(Set.of("seed thread A", "seed thread B", "seed thread C"), models.keySet());
        String reply = "zebra zebra pensions";
        String target = "What about the pensions?";
        double unseen = models.get("seed thread A").classify(reply, target).probability(Stance.Label.AGREE);
        double seen = models.get("seed thread B").classify(reply, target).probability(Stance.Label.AGREE);
        assertTrue(seen > unseen + 0.05, "only the models that saw thread A learnt its 'zebra': " + seen + " vs " + unseen);
    }
}
