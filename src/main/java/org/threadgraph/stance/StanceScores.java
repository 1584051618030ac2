package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.model.Stance;

/**
 * How well stances were predicted on labelled pairs.
 *
 * @param n         pairs scored
 * @param accuracy  share predicted right
 * @param macroF1   mean F1 of agree, disagree and neutral
 * @param classes   precision, recall and F1 of each label
 * @param confusion counts, rows gold and columns predicted, both in the order agree, disagree, neutral
 * @param expectedCalibrationError over ten bins of the confidence, the mean gap between confidence and the
 *                  share right (0 = calibrated); NaN when not measured
 */
public record StanceScores(int n, double accuracy, double macroF1, Map<String, ClassScores> classes,
                           List<List<Integer>> confusion, double expectedCalibrationError) {

    /** The labels in the order of {@link #confusion} rows and columns. */
    public static final List<String> ORDER = List.of("agree", "disagree", "neutral");

    /**
     * The figures of one label.
     *
     * @param precision share of pairs predicted this label that are
     * @param recall    share of pairs of this label predicted so
     * @param f1        harmonic mean of the two
     */
    public record ClassScores(double precision, double recall, double f1) {
    }

    public StanceScores {
        classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        confusion = confusion.stream().map(List::copyOf).toList();
    }

    /** Returns the scores of a confusion table (rows gold, columns predicted, in {@link Stance.Label} order). */
    static StanceScores of(int[][] counts) {
        return of(counts, Double.NaN);
    }

    /** Returns the scores of a confusion table with the calibration error measured beside it. */
    static StanceScores of(int[][] counts, double expectedCalibrationError) {
        Stance.Label[] labels = Stance.Label.values();
        int n = 0;
        int right = 0;
        Map<String, ClassScores> classes = new LinkedHashMap<>();
        List<List<Integer>> confusion = new ArrayList<>();
        for (int g = 0; g < labels.length; g++) {
            List<Integer> row = new ArrayList<>();
            for (int p = 0; p < labels.length; p++) {
                n += counts[g][p];
                row.add(counts[g][p]);
            }
            right += counts[g][g];
            confusion.add(row);
        }
        double macro = 0;
        for (int k = 0; k < labels.length; k++) {
            int predicted = 0;
            int gold = 0;
            for (int j = 0; j < labels.length; j++) {
                predicted += counts[j][k];
                gold += counts[k][j];
            }
            double precision = predicted == 0 ? 0 : (double) counts[k][k] / predicted;
            double recall = gold == 0 ? 0 : (double) counts[k][k] / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes.put(labels[k].graphName(), new ClassScores(precision, recall, f1));
            macro += f1 / labels.length;
        }
        return new StanceScores(n, n == 0 ? 0 : (double) right / n, macro, classes, confusion, expectedCalibrationError);
    }
}
