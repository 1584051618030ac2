package org.threadgraph.stance;

import java.util.List;

/**
 * Temperature scaling (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017): one number T
 * that divides the scores before the softmax, chosen to minimise the log-loss on held-out pairs; and the
 * expected calibration error that says how well it worked.
 */
final class Calibration {

    /** Equal-width bins of the top probability for the expected calibration error. */
    static final int ECE_BINS = 10;

    private static final double LOG_T_MIN = Math.log(0.05);
    private static final double LOG_T_MAX = Math.log(20);
    private static final int SEARCH_STEPS = 60;

    private Calibration() {
    }

    /** Returns the temperature minimising the mean log-loss of {@code scores} against {@code labels}. */
    static double fitTemperature(List<double[]> scores, int[] labels) {
        double golden = (Math.sqrt(5) - 1) / 2;
        double a = LOG_T_MIN;
        double b = LOG_T_MAX;
        for (int step = 0; step < SEARCH_STEPS; step++) {
            double c = b - golden * (b - a);
            double d = a + golden * (b - a);
            if (logLoss(scores, labels, Math.exp(c)) < logLoss(scores, labels, Math.exp(d))) {
                b = d;
            } else {
                a = c;
            }
        }
        return Math.exp((a + b) / 2);
    }

    /** Returns the mean negative log-likelihood of the labels at temperature {@code t}. */
    static double logLoss(List<double[]> scores, int[] labels, double t) {
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sum -= Math.log(Math.max(1e-12, LinearWeights.softmax(scores.get(i), t)[labels[i]]));
        }
        return sum / labels.length;
    }

    /**
     * Returns the expected calibration error: over {@value #ECE_BINS} bins of the top probability, the
     * pair-weighted mean gap between that probability and the share of pairs labelled right.
     */
    static double expectedCalibrationError(List<double[]> probabilities, int[] labels) {
        double[] confidence = new double[ECE_BINS];
        int[] right = new int[ECE_BINS];
        int[] count = new int[ECE_BINS];
        for (int i = 0; i < labels.length; i++) {
            double[] p = probabilities.get(i);
            int best = StanceModel.argmax(p);
            int bin = Math.min(ECE_BINS - 1, (int) (p[best] * ECE_BINS));
            confidence[bin] += p[best];
            count[bin]++;
            if (best == labels[i]) {
                right[bin]++;
            }
        }
        double ece = 0;
        for (int b = 0; b < ECE_BINS; b++) {
            if (count[b] > 0) {
                ece += Math.abs(confidence[b] / count[b] - (double) right[b] / count[b]) * count[b] / labels.length;
            }
        }
        return ece;
    }
}
