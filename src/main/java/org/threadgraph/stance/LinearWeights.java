package org.threadgraph.stance;

/**
 * The weights of a multinomial linear model over hashed features: one weight per (bucket, label) and one
 * bias per label, labels in {@link org.threadgraph.model.Stance.Label} order.
 */
final class LinearWeights {

    /** How many labels: agree, disagree, neutral. */
    static final int LABELS = 3;

    final int buckets;
    final float[] weights;
    final double[] bias;

    LinearWeights(int buckets, float[] weights, double[] bias) {
        if (Integer.bitCount(buckets) != 1 || weights.length != buckets * LABELS || bias.length != LABELS) {
            throw new IllegalArgumentException("weights do not match " + buckets + " buckets of " + LABELS + " labels");
        }
        this.buckets = buckets;
        this.weights = weights;
        this.bias = bias;
    }

    /** Returns the unnormalised score of every label. */
    double[] scores(HashedPair x) {
        double[] s = bias.clone();
        for (int i = 0; i < x.index().length; i++) {
            int base = x.index()[i] * LABELS;
            for (int k = 0; k < LABELS; k++) {
                s[k] += weights[base + k] * x.value()[i];
            }
        }
        return s;
    }

    /** Returns these weights with {@code offset} added to the biases. */
    LinearWeights shifted(double[] offset) {
        double[] b = bias.clone();
        for (int k = 0; k < LABELS; k++) {
            b[k] += offset[k];
        }
        return new LinearWeights(buckets, weights, b);
    }

    /** Returns what one feature adds to label {@code k} over the mean of all labels. */
    double contribution(HashedPair x, int feature, int k) {
        int base = x.index()[feature] * LABELS;
        double mean = 0;
        for (int j = 0; j < LABELS; j++) {
            mean += weights[base + j];
        }
        mean /= LABELS;
        return (weights[base + k] - mean) * x.value()[feature];
    }

    /** Returns softmax(scores / temperature). */
    static double[] softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s / temperature);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(scores[k] / temperature - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
