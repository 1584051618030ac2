package org.threadgraph.stance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes the model card of a trained stance model: data, settings, measured figures, how to retrain. */
public final class ModelCard {

    /**
     * What the card states besides the figures.
     *
     * @param corpus  the training data
     * @param trained the trained model
     * @param seed    the seed
     * @param command the command that retrains it
     * @param date    the training date
     * @param bytes   the size of the model file
     */
    public record Facts(StanceTraining.Corpus corpus, StanceTraining.Trained trained, long seed, String command,
                        LocalDate date, long bytes) {
    }

    private ModelCard() {
    }

    /** Returns the card as Markdown. */
    public static String markdown(Facts f, List<StanceTraining.Measurement> measurements,
                                  List<StanceTraining.Ablation> ablations) {
        StringBuilder md = new StringBuilder();
        StanceModel model = f.trained().model();
        md.append("# Model card: threadgraph stance model\n\n");
        md.append("`").append(StanceModel.RESOURCE).append("` (").append(String.format(Locale.ROOT, "%,d", f.bytes()))
                .append(" bytes), trained ").append(f.date()).append(" with seed ").append(f.seed())
                .append(". Given a reply and the text it answers, it gives the probabilities of agree, disagree and "
                        + "neutral; `threadgraph link` stores the most probable label with its probability as "
                        + "`stanceConfidence` and the strongest features as `stanceEvidence`.\n\n");
        md.append("## Data\n\n| source | pairs | agree / disagree / neutral | weight |\n|---|---|---|---|\n");
        row(md, StanceTraining.DEBAGREEMENT + " (DEBAGREEMENT, Pougué-Biyong et al., NeurIPS 2021)",
                f.corpus().debagreement(), 1);
        row(md, StanceTraining.MASKMANDATE + " (Lei and Huang, Findings of EMNLP 2022), but its first "
                + StanceTraining.MASKMANDATE_HELD_OUT + " pairs, held out for the tests", f.corpus().maskmandate()
                .subList(StanceTraining.MASKMANDATE_HELD_OUT, f.corpus().maskmandate().size()), 1);
        row(md, "seed pairs, `src/test/resources/devset/stance.json` (4 On Probation threads)", f.corpus().seeds(),
                StanceTraining.SEED_PAIR_WEIGHT);
        md.append("\nThe Reddit files are read from `../shared/data/agreement/` and are not part of the project; only the "
                + "weights are shipped. Labels 0 = disagree, 1 = neutral, 2 = agree.\n\n");
        md.append("## Model\n\n");
        md.append("Multinomial logistic regression (our own `SoftmaxRegression`: AdaGrad SGD, L2, seeded shuffle; "
                + "deterministic: the same data and seed give the same file) over ")
                .append(StanceTrainer.BUCKETS).append(" hashed feature buckets. Feature groups: ")
                .append(String.join(", ", model.groups().stream().map(Enum::name).sorted().toList()))
                .append(" (see `FeatureGroup`). Each example counts in inverse proportion to its label's share of the "
                        + "training weight (class balance). Chosen on a stratified 20 % validation fold of the "
                        + "training data: L2 ")
                .append(String.format(Locale.ROOT, "%.0e", f.trained().l2())).append(", AdaGrad step ")
                .append(String.format(Locale.ROOT, "%.2f", f.trained().rate())).append(", ").append(f.trained().epochs())
                .append(" epochs (grid L2 ").append(grid(StanceTrainer.L2_GRID, "%.0e")).append(", step ")
                .append(grid(StanceTrainer.RATE_GRID, "%.2f")).append("; epochs fixed), then offsets of the disagree "
                        + "and neutral scores that maximise macro-F1 on the same fold (added to the biases). Temperature ")
                .append(String.format(Locale.ROOT, "%.3f", model.outsideBlogs().temperature()))
                .append(" fitted on the same fold (log-loss); validation macro-F1 ")
                .append(String.format(Locale.ROOT, "%.3f, ECE %.3f", f.trained().validationMacroF1(),
                        f.trained().validationEce()))
                .append(".\n\nBlog pairs (what `link` scores) get the blog copies of the cue features, a weight "
                        + "added to the score of the label the cue rules decide, score offsets and a temperature of "
                        + "their own, chosen on the seed threads held out one at a time inside training (each thread "
                        + "scored by the same settings retrained without it): cue-rules weight ")
                .append(String.format(Locale.ROOT, "%.1f", model.blogRules())).append(" (grid ")
                .append(grid(StanceTraining.RULES_GRID, "%.1f")).append("), offsets ")
                .append(grid(model.blogOffset(), "%+.2f")).append(" (agree, disagree, neutral), temperature ")
                .append(String.format(Locale.ROOT, "%.3f", model.temperature()))
                .append("; macro-F1 of those held-out thread scores with the offsets chosen on them ")
                .append(String.format(Locale.ROOT, "%.3f", f.trained().seedInnerMacroF1()))
                .append(" (in-sample for the offsets; the held-out figure is seed-leave-one-thread-out below, which "
                        + "repeats the whole choice without the thread it scores). `StanceModel.outsideBlogs()` (and "
                        + "`evaluate-stance --outside-blogs`) scores other pairs without them; the Reddit figures below "
                        + "are measured so. Every measured figure below repeats every choice inside its own training "
                        + "split.\n\n");
        md.append("Sentence-embedding features (all-MiniLM-L6-v2: the reply's embedding, the elementwise product and "
                + "difference of reply and target embeddings, their cosine and the reply's similarity to anchor "
                + "sentences such as \"I agree with you\") were measured by the protocols below and did not pay for "
                + "themselves, so this model has none; the figures are in README.md (\"Stance: a learned, measured "
                + "model\") and `train-stance --compare-embeddings` repeats the comparison.\n\n");
        md.append("## Measured figures\n\nEach beside the cue lexicon (`LexiconStanceClassifier`) on the same pairs. "
                + "ECE: expected calibration error over ten bins of the confidence.\n\n");
        md.append("| measure | protocol | model macro-F1 | accuracy | ECE | lexicon macro-F1 |\n|---|---|---|---|---|---|\n");
        for (StanceTraining.Measurement m : measurements) {
            md.append(String.format(Locale.ROOT, "| %s | %s | **%.3f** | %.3f | %.3f | %.3f |%n", m.name(), m.protocol(),
                    m.model().macroF1(), m.model().accuracy(), m.model().expectedCalibrationError(),
                    m.lexicon().macroF1()));
        }
        for (StanceTraining.Measurement m : measurements) {
            md.append("\n### ").append(m.name()).append("\n\n");
            confusion(md, "model", m.model());
            confusion(md, "lexicon", m.lexicon());
        }
        if (!ablations.isEmpty()) {
            md.append("\n## Ablation (each feature group left out)\n\n| without | DEBAGREEMENT 5-fold CV macro-F1 | "
                    + "seed leave-one-thread-out macro-F1 |\n|---|---|---|\n");
            for (StanceTraining.Ablation a : ablations) {
                md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", a.without(), a.debagreementMacroF1(),
                        a.seedMacroF1()));
            }
        }
        md.append("\n## Retrain\n\n```sh\nmvn -B package -DskipTests\n").append(f.command()).append("\n```\n\n");
        md.append("Run from the repository root; it writes the model and this card. The tests load the shipped model "
                + "and fail if its figures drop on the held-out mask-mandate pairs or on the seed pairs (which it was "
                + "trained on: that figure only guards the features and the file).\n");
        return md.toString();
    }

    private static String grid(double[] values, String format) {
        List<String> out = new java.util.ArrayList<>();
        for (double v : values) {
            out.add(String.format(Locale.ROOT, format, v));
        }
        return String.join("/", out);
    }

    private static void row(StringBuilder md, String name, List<LabelledPair> pairs, double weight) {
        long agree = pairs.stream().filter(p -> p.label() == org.threadgraph.model.Stance.Label.AGREE).count();
        long disagree = pairs.stream().filter(p -> p.label() == org.threadgraph.model.Stance.Label.DISAGREE).count();
        md.append(String.format(Locale.ROOT, "| %s | %,d | %d / %d / %d | %s |%n", name, pairs.size(), agree, disagree,
                pairs.size() - agree - disagree, weight == 1 ? "1" : String.format(Locale.ROOT, "%.0f", weight)));
    }

    private static void confusion(StringBuilder md, String who, StanceScores s) {
        md.append(String.format(Locale.ROOT, "%s: n %d, accuracy %.3f, macro-F1 %.3f%n%n", who, s.n(), s.accuracy(),
                s.macroF1()));
        md.append("| gold \\ predicted | agree | disagree | neutral | precision | recall | F1 |\n|---|---|---|---|---|---|---|\n");
        for (int g = 0; g < StanceScores.ORDER.size(); g++) {
            String label = StanceScores.ORDER.get(g);
            StanceScores.ClassScores c = s.classes().get(label);
            List<Integer> r = s.confusion().get(g);
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", label, r.get(0), r.get(1),
                    r.get(2), c.precision(), c.recall(), c.f1()));
        }
        md.append('\n');
    }
}
