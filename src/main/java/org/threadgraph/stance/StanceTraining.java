package org.threadgraph.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.threadgraph.model.Stance;

/**
 * Trains the learned stance model from the shared labelled Reddit pairs and the project's seed pairs, and
 * measures it by the protocols the model card reports, each beside the cue lexicon on the same pairs:
 * stratified 5-fold cross-validation on DEBAGREEMENT, training on DEBAGREEMENT and testing on the unseen
 * mask-mandate subreddit, and leave-one-thread-out on the seed threads. Settings are chosen inside every
 * training run on its own validation fold ({@link StanceTrainer}), never on the pairs reported.
 */
public final class StanceTraining {

    /** DEBAGREEMENT part a, in the data folder. */
    public static final String DEBAGREEMENT = "debagreement-part-a.csv";
    /** The mask-mandate subreddit pairs, in the data folder. */
    public static final String MASKMANDATE = "subreddit-maskmandate.csv";
    /** Folds of the DEBAGREEMENT cross-validation. */
    public static final int FOLDS = 5;
    /**
     * How much a seed pair counts against a Reddit pair, fixed before measuring: 109 blog pairs beside 5,822
     * Reddit pairs would otherwise barely move the weights.
     */
    public static final double SEED_PAIR_WEIGHT = 5;
    /** The feature groups of the shipped model. */
    public static final Set<FeatureGroup> DEFAULT_GROUPS = EnumSet.allOf(FeatureGroup.class);

    /**
     * The training data.
     *
     * @param debagreement DEBAGREEMENT part a
     * @param maskmandate  the mask-mandate subreddit
     * @param seeds        the project's labelled seed pairs, source = thread
     */
    public record Corpus(List<LabelledPair> debagreement, List<LabelledPair> maskmandate, List<LabelledPair> seeds) {
        public Corpus {
            debagreement = List.copyOf(debagreement);
            maskmandate = List.copyOf(maskmandate);
            seeds = List.copyOf(seeds);
        }
    }

    /**
     * A model trained on every pair.
     *
     * @param model             the model
     * @param pairs             pairs trained on
     * @param l2                chosen L2 penalty
     * @param epochs            chosen epochs
     * @param validationMacroF1 macro-F1 on the validation fold that chose them
     * @param validationEce     calibration error on that fold after temperature scaling
     */
    public record Trained(StanceModel model, int pairs, double l2, int epochs, double validationMacroF1,
                          double validationEce) {
    }

    /**
     * One measured figure.
     *
     * @param name     short name, e.g. {@code "debagreement-cv"}
     * @param protocol how it was measured
     * @param model    the learned model's scores (pooled over folds)
     * @param lexicon  the cue lexicon's scores on the same pairs
     */
    public record Measurement(String name, String protocol, StanceScores model, StanceScores lexicon) {
    }

    /**
     * The macro-F1 of DEBAGREEMENT cross-validation and of leave-one-thread-out without one feature group.
     *
     * @param without            the group left out ("none" for all groups)
     * @param debagreementMacroF1 5-fold cross-validated macro-F1 on DEBAGREEMENT
     * @param seedMacroF1        leave-one-thread-out macro-F1 on the seed pairs
     */
    public record Ablation(String without, double debagreementMacroF1, double seedMacroF1) {
    }

    private StanceTraining() {
    }

    /** Reads both shared files from {@code dataDir} and the seed pairs. */
    public static Corpus load(Path dataDir, Path seedPairs) {
        return new Corpus(
                PairFile.read(dataDir.resolve(DEBAGREEMENT), "body_parent", "body_child", "label",
                        PairFile.REDDIT_LABELS),
                PairFile.read(dataDir.resolve(MASKMANDATE), "quote_text", "response_text", "relation",
                        PairFile.REDDIT_LABELS),
                SeedPairs.read(seedPairs));
    }

    /** Trains the model on every pair of the corpus. */
    public static Trained train(Corpus corpus, Set<FeatureGroup> groups, long seed) {
        List<Example> all = new ArrayList<>(StanceTrainer.examples(corpus.debagreement(), groups, 1));
        all.addAll(StanceTrainer.examples(corpus.maskmandate(), groups, 1));
        all.addAll(StanceTrainer.examples(corpus.seeds(), groups, SEED_PAIR_WEIGHT));
        StanceTrainer.Fit fit = StanceTrainer.fit(all, groups, seed);
        return new Trained(fit.model(), all.size(), fit.l2(), fit.epochs(), fit.validationMacroF1(),
                fit.validationEce());
    }

    /** Measures the model by the three protocols, each beside the cue lexicon. */
    public static List<Measurement> measure(Corpus corpus, Set<FeatureGroup> groups, long seed) {
        LexiconStanceClassifier lexicon = new LexiconStanceClassifier();
        List<Example> deb = StanceTrainer.examples(corpus.debagreement(), groups, 1);
        List<Example> mask = StanceTrainer.examples(corpus.maskmandate(), groups, 1);
        List<Example> seeds = StanceTrainer.examples(corpus.seeds(), groups, SEED_PAIR_WEIGHT);
        List<Measurement> out = new ArrayList<>();
        out.add(new Measurement("debagreement-cv", FOLDS + "-fold stratified cross-validation on " + DEBAGREEMENT
                + " (" + deb.size() + " pairs, pooled over folds)", crossValidate(deb, groups, seed),
                StanceEvaluation.evaluate(lexicon, corpus.debagreement())));
        StanceModel debOnly = StanceTrainer.fit(deb, groups, seed).model();
        out.add(new Measurement("maskmandate-transfer", "trained on " + DEBAGREEMENT + " only, tested on "
                + MASKMANDATE + " (" + mask.size() + " pairs)", score(debOnly, mask),
                StanceEvaluation.evaluate(lexicon, corpus.maskmandate())));
        List<Example> reddit = new ArrayList<>(deb);
        reddit.addAll(mask);
        StanceModel redditOnly = StanceTrainer.fit(reddit, groups, seed).model();
        StanceScores lexiconSeeds = StanceEvaluation.evaluate(lexicon, corpus.seeds());
        out.add(new Measurement("seed-reddit-only", "trained on both Reddit files only, tested on every seed pair ("
                + seeds.size() + ")", score(redditOnly, seeds), lexiconSeeds));
        out.add(new Measurement("seed-leave-one-thread-out", "trained on both Reddit files and the seed pairs of the"
                + " other threads, tested on each seed thread in turn (" + seeds.size() + " pairs, pooled)",
                leaveOneThreadOut(reddit, seeds, corpus.seeds(), groups, seed), lexiconSeeds));
        return out;
    }

    /** Measures DEBAGREEMENT cross-validation and leave-one-thread-out with each feature group left out. */
    public static List<Ablation> ablate(Corpus corpus, long seed) {
        List<Ablation> out = new ArrayList<>();
        List<Set<FeatureGroup>> variants = new ArrayList<>();
        variants.add(EnumSet.allOf(FeatureGroup.class));
        for (FeatureGroup g : FeatureGroup.values()) {
            Set<FeatureGroup> without = EnumSet.allOf(FeatureGroup.class);
            without.remove(g);
            variants.add(without);
        }
        for (Set<FeatureGroup> groups : variants) {
            List<Example> deb = StanceTrainer.examples(corpus.debagreement(), groups, 1);
            List<Example> reddit = new ArrayList<>(deb);
            reddit.addAll(StanceTrainer.examples(corpus.maskmandate(), groups, 1));
            List<Example> seeds = StanceTrainer.examples(corpus.seeds(), groups, SEED_PAIR_WEIGHT);
            Set<FeatureGroup> missing = EnumSet.complementOf(EnumSet.copyOf(groups));
            out.add(new Ablation(missing.isEmpty() ? "none" : missing.iterator().next().name(),
                    crossValidate(deb, groups, seed).macroF1(),
                    leaveOneThreadOut(reddit, seeds, corpus.seeds(), groups, seed).macroF1()));
        }
        return out;
    }

    private static StanceScores crossValidate(List<Example> examples, Set<FeatureGroup> groups, long seed) {
        List<List<Integer>> folds = StanceTrainer.stratifiedFolds(StanceTrainer.labels(examples), FOLDS, seed);
        ScoreSheet sheet = new ScoreSheet();
        for (int f = 0; f < FOLDS; f++) {
            List<Example> train = new ArrayList<>();
            for (int g = 0; g < FOLDS; g++) {
                if (g != f) {
                    train.addAll(StanceTrainer.pick(examples, folds.get(g)));
                }
            }
            StanceModel model = StanceTrainer.fit(train, groups, seed).model();
            addAll(sheet, model, StanceTrainer.pick(examples, folds.get(f)));
        }
        return sheet.scores();
    }

    private static StanceScores leaveOneThreadOut(List<Example> reddit, List<Example> seeds, List<LabelledPair> pairs,
                                                  Set<FeatureGroup> groups, long seed) {
        ScoreSheet sheet = new ScoreSheet();
        Set<String> threads = new TreeSet<>();
        pairs.forEach(p -> threads.add(p.source()));
        for (String thread : threads) {
            List<Example> train = new ArrayList<>(reddit);
            List<Example> test = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                (pairs.get(i).source().equals(thread) ? test : train).add(seeds.get(i));
            }
            addAll(sheet, StanceTrainer.fit(train, groups, seed).model(), test);
        }
        return sheet.scores();
    }

    private static StanceScores score(StanceModel model, List<Example> test) {
        ScoreSheet sheet = new ScoreSheet();
        addAll(sheet, model, test);
        return sheet.scores();
    }

    private static void addAll(ScoreSheet sheet, StanceModel model, List<Example> test) {
        Stance.Label[] labels = Stance.Label.values();
        for (Example e : test) {
            double[] p = model.probabilities(e.x());
            int best = StanceModel.argmax(p);
            sheet.add(labels[e.label()], labels[best], p[best]);
        }
    }
}
