package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Fits a {@link StanceModel} to hashed examples: each example counts in inverse proportion to its label's
 * share of the training weight (class balance); the L2 penalty and the AdaGrad step are picked by macro-F1 on
 * a stratified validation fold of the training examples, then offsets of the disagree and neutral scores that
 * maximise macro-F1 on that fold, and the temperature is fitted on the same fold; finally the model is
 * retrained on every example with the chosen settings. Nothing is ever chosen on the pairs a figure is
 * reported on.
 */
final class StanceTrainer {

    /** L2 penalties tried. */
    static final double[] L2_GRID = {1e-4, 1e-3, 1e-2};
    /**
     * AdaGrad base steps tried. Smaller steps than the former fixed 0.2 regularise the eight passes: on
     * DEBAGREEMENT cross-validation the step chosen here lifted macro-F1 most of all the changes measured.
     */
    static final double[] RATE_GRID = {0.02, 0.05, 0.2};
    /** Epoch counts tried (one: under a shared machine's load, more cost more than they gained). */
    static final int[] EPOCH_GRID = {8};
    /** Steps of the offset search on each side of 0. */
    static final int OFFSET_STEPS = 20;
    /** Size of one offset step: offsets from -1 to 1. */
    static final double OFFSET_STEP = 0.05;
    /** 1 / the share of training examples held out to choose settings and fit the temperature. */
    static final int VALIDATION_FOLDS = 5;
    /** Hash buckets of the shipped model: 2^18 keeps collisions rare for tens of thousands of n-grams. */
    static final int BUCKETS = 1 << 18;

    /**
     * A fitted model and how it was chosen.
     *
     * @param model              the model, retrained on every example
     * @param l2                 the chosen L2 penalty
     * @param epochs             the chosen epochs
     * @param rate               the chosen AdaGrad base step
     * @param offset             the score offsets chosen for macro-F1, added to the biases
     * @param seed               the seed it was trained with
     * @param validationMacroF1  macro-F1 of the chosen settings on the validation fold
     * @param validationEce      expected calibration error on the validation fold after temperature scaling
     */
    record Fit(StanceModel model, double l2, int epochs, double rate, double[] offset, long seed,
               double validationMacroF1, double validationEce) {
    }

    private StanceTrainer() {
    }

    /** Returns the examples of {@code pairs} (from a blog if {@code blog}), each weighing {@code weight}, with the cue lexicon's stance. */
    static List<Example> examples(List<LabelledPair> pairs, Set<FeatureGroup> groups, double weight, boolean blog) {
        return examples(pairs, groups, weight, blog, null, null);
    }

    /**
     * Returns the examples of {@code pairs} as {@link #examples(List, Set, double, boolean)} does, with the
     * embedding features of every pair whose texts both have a vector (none when {@code embedding} is null).
     */
    static List<Example> examples(List<LabelledPair> pairs, Set<FeatureGroup> groups, double weight, boolean blog,
                                  TextVectors vectors, EmbeddingFeatures embedding) {
        PairFeatures features = new PairFeatures(groups);
        LexiconStanceClassifier lexicon = new LexiconStanceClassifier();
        List<Example> out = new ArrayList<>(pairs.size());
        for (LabelledPair p : pairs) {
            Decision d = lexicon.decide(p.reply(), p.target());
            List<Feature> f = features.of(p.reply(), p.target(), groups.contains(FeatureGroup.CUES) ? d : null, blog);
            float[] reply = embedding == null ? null : vectors.of(p.reply());
            float[] target = embedding == null ? null : vectors.of(p.target());
            if (reply != null && target != null) {
                f.addAll(embedding.of(reply, target));
            }
            out.add(new Example(HashedPair.of(f, BUCKETS), p.label().ordinal(), weight, d.stance()));
        }
        return out;
    }

    /** Fits a model to {@code examples} with the given feature groups and seed. */
    static Fit fit(List<Example> examples, Set<FeatureGroup> groups, long seed) {
        List<List<Integer>> folds = stratifiedFolds(labels(examples), VALIDATION_FOLDS, seed);
        List<Example> validation = pick(examples, folds.get(0));
        List<Example> rest = new ArrayList<>();
        for (int f = 1; f < folds.size(); f++) {
            rest.addAll(pick(examples, folds.get(f)));
        }
        int[] validationLabels = labels(validation);
        double bestF1 = -1;
        LinearWeights best = null;
        double bestL2 = 0;
        int bestEpochs = 0;
        double bestRate = 0;
        for (int epochs : EPOCH_GRID) {
            for (double rate : RATE_GRID) {
                for (double l2 : L2_GRID) {
                    LinearWeights w = train(rest, l2, epochs, rate, seed);
                    int[][] counts = new int[LinearWeights.LABELS][LinearWeights.LABELS];
                    for (Example e : validation) {
                        counts[e.label()][StanceModel.argmax(w.scores(e.x()))]++;
                    }
                    double f1 = StanceScores.of(counts).macroF1();
                    if (f1 > bestF1) {
                        bestF1 = f1;
                        best = w;
                        bestL2 = l2;
                        bestEpochs = epochs;
                        bestRate = rate;
                    }
                }
            }
        }
        List<double[]> raw = new ArrayList<>();
        for (Example e : validation) {
            raw.add(best.scores(e.x()));
        }
        double[] offset = bestOffsets(raw, validationLabels);
        bestF1 = macroF1(raw, validationLabels, offset);
        best = best.shifted(offset);
        List<double[]> scores = new ArrayList<>();
        for (Example e : validation) {
            scores.add(best.scores(e.x()));
        }
        double temperature = Calibration.fitTemperature(scores, validationLabels);
        List<double[]> calibrated = scores.stream().map(s -> LinearWeights.softmax(s, temperature)).toList();
        double ece = Calibration.expectedCalibrationError(calibrated, validationLabels);
        StanceModel model = new StanceModel(groups, train(examples, bestL2, bestEpochs, bestRate, seed).shifted(offset),
                temperature);
        return new Fit(model, bestL2, bestEpochs, bestRate, offset, seed, bestF1, ece);
    }

    /** Trains on {@code examples} with the settings an earlier fit chose, offsets included. */
    static LinearWeights retrain(List<Example> examples, Fit settings) {
        return train(examples, settings.l2(), settings.epochs(), settings.rate(), settings.seed())
                .shifted(settings.offset());
    }

    /** Offsets of the disagree and neutral scores (agree fixed at 0) that maximise macro-F1 on a fold. */
    static double[] bestOffsets(List<double[]> scores, int[] labels) {
        return bestOffsets(scores, labels, OFFSET_STEPS);
    }

    /**
     * Offsets of the disagree and neutral scores (agree fixed at 0), each tried from {@code -steps} to
     * {@code steps} times {@value #OFFSET_STEP}, that maximise macro-F1 on a fold.
     */
    static double[] bestOffsets(List<double[]> scores, int[] labels, int steps) {
        double[] best = new double[LinearWeights.LABELS];
        double bestF1 = macroF1(scores, labels, best);
        for (int i = -steps; i <= steps; i++) {
            for (int j = -steps; j <= steps; j++) {
                double[] o = {0, i * OFFSET_STEP, j * OFFSET_STEP};
                double f1 = macroF1(scores, labels, o);
                if (f1 > bestF1 + 1e-12) {
                    bestF1 = f1;
                    best = o;
                }
            }
        }
        return best;
    }

    /** Returns the macro-F1 of the labels with the highest score plus offset. */
    static double macroF1(List<double[]> scores, int[] labels, double[] offset) {
        int[][] counts = new int[LinearWeights.LABELS][LinearWeights.LABELS];
        for (int n = 0; n < labels.length; n++) {
            double[] s = scores.get(n).clone();
            for (int k = 0; k < s.length; k++) {
                s[k] += offset[k];
            }
            counts[labels[n]][StanceModel.argmax(s)]++;
        }
        return StanceScores.of(counts).macroF1();
    }

    private static LinearWeights train(List<Example> examples, double l2, int epochs, double rate, long seed) {
        List<HashedPair> xs = new ArrayList<>(examples.size());
        int[] ys = new int[examples.size()];
        double[] weights = new double[examples.size()];
        double[] perLabel = new double[LinearWeights.LABELS];
        double total = 0;
        for (Example e : examples) {
            perLabel[e.label()] += e.weight();
            total += e.weight();
        }
        for (int i = 0; i < ys.length; i++) {
            xs.add(examples.get(i).x());
            ys[i] = examples.get(i).label();
            weights[i] = examples.get(i).weight()
                    * total / (LinearWeights.LABELS * perLabel[ys[i]]);
        }
        return SoftmaxRegression.train(xs, ys, weights, BUCKETS,
                new SoftmaxRegression.Options(l2, epochs, rate, seed));
    }

    /** Deals the indices of each label, shuffled with {@code seed}, round-robin into {@code k} folds. */
    static List<List<Integer>> stratifiedFolds(int[] labels, int k, long seed) {
        List<List<Integer>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int next = 0;
        for (int label = 0; label < LinearWeights.LABELS; label++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    members.add(i);
                }
            }
            java.util.Collections.shuffle(members, random);
            for (int i : members) {
                folds.get(next).add(i);
                next = (next + 1) % k;
            }
        }
        folds.forEach(f -> f.sort(null));
        return folds;
    }

    static <T> List<T> pick(List<T> items, List<Integer> indices) {
        List<T> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(items.get(i));
        }
        return out;
    }

    static int[] labels(List<Example> examples) {
        int[] out = new int[examples.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = examples.get(i).label();
        }
        return out;
    }
}
