package org.threadgraph.stance;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression trained by stochastic gradient descent with AdaGrad step sizes and an L2
 * penalty applied to the weights an example touches (the usual sparse approximation).
 *
 * <p>Our own forty lines rather than a library (Tribuo, Smile): the model is a weight table read in
 * milliseconds from the jar with no native code or reflection, training a few thousand pairs takes
 * seconds, and with a seeded shuffle and one thread the same data and seed give the same weights to the bit.
 */
final class SoftmaxRegression {

    /**
     * How to train.
     *
     * @param l2           L2 penalty per weight
     * @param epochs       passes over the data
     * @param learningRate AdaGrad base step
     * @param seed         seed of the per-epoch shuffle
     */
    record Options(double l2, int epochs, double learningRate, long seed) {
    }

    private static final double ADAGRAD_START = 1e-6;

    private SoftmaxRegression() {
    }

    /**
     * Fits weights to examples {@code xs} with labels {@code ys} (label ordinals) and per-example weights.
     */
    static LinearWeights train(List<HashedPair> xs, int[] ys, double[] exampleWeights, int buckets, Options o) {
        int labels = LinearWeights.LABELS;
        double[] w = new double[buckets * labels];
        double[] g2 = new double[w.length];
        double[] bias = new double[labels];
        double[] biasG2 = new double[labels];
        int[] order = new int[xs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(o.seed());
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            shuffle(order, random);
            for (int n : order) {
                HashedPair x = xs.get(n);
                double[] p = LinearWeights.softmax(scores(w, bias, x), 1);
                for (int k = 0; k < labels; k++) {
                    double g = (p[k] - (ys[n] == k ? 1 : 0)) * exampleWeights[n];
                    biasG2[k] += g * g;
                    bias[k] -= o.learningRate() * g / Math.sqrt(biasG2[k] + ADAGRAD_START);
                    for (int i = 0; i < x.index().length; i++) {
                        int at = x.index()[i] * labels + k;
                        double grad = g * x.value()[i] + o.l2() * w[at];
                        g2[at] += grad * grad;
                        w[at] -= o.learningRate() * grad / Math.sqrt(g2[at] + ADAGRAD_START);
                    }
                }
            }
        }
        float[] weights = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            weights[i] = (float) w[i];
        }
        return new LinearWeights(buckets, weights, bias);
    }

    private static double[] scores(double[] w, double[] bias, HashedPair x) {
        double[] s = bias.clone();
        for (int i = 0; i < x.index().length; i++) {
            int base = x.index()[i] * s.length;
            for (int k = 0; k < s.length; k++) {
                s[k] += w[base + k] * x.value()[i];
            }
        }
        return s;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
