package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import org.threadgraph.model.Stance;

/** Collects predictions on labelled pairs and turns them into {@link StanceScores}. */
final class ScoreSheet {

    private final int[][] counts = new int[LinearWeights.LABELS][LinearWeights.LABELS];
    private final List<double[]> topProbabilities = new ArrayList<>();
    private final List<Integer> golds = new ArrayList<>();

    /** Counts one prediction with the confidence it was given. */
    void add(Stance.Label gold, Stance.Label predicted, double confidence) {
        counts[gold.ordinal()][predicted.ordinal()]++;
        double[] p = new double[LinearWeights.LABELS];
        p[predicted.ordinal()] = confidence;
        topProbabilities.add(p);
        golds.add(gold.ordinal());
    }

    /** Returns the scores so far. */
    StanceScores scores() {
        int[] labels = golds.stream().mapToInt(Integer::intValue).toArray();
        double ece = labels.length == 0 ? Double.NaN : Calibration.expectedCalibrationError(topProbabilities, labels);
        return StanceScores.of(counts, ece);
    }
}
