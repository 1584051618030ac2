package org.threadgraph.stance;

import java.util.List;
import org.threadgraph.model.Stance;

/** Scores a stance classifier on labelled pairs. */
public final class StanceEvaluation {

    private StanceEvaluation() {
    }

    /**
     * Returns accuracy, macro-F1, per-class figures, the confusion table and the calibration error of
     * {@code classifier} on {@code pairs}.
     */
    public static StanceScores evaluate(StanceClassifier classifier, List<LabelledPair> pairs) {
        ScoreSheet sheet = new ScoreSheet();
        for (LabelledPair p : pairs) {
            Stance s = classifier.classify(p.reply(), p.target());
            sheet.add(p.label(), s.label(), s.confidence());
        }
        return sheet.scores();
    }
}
