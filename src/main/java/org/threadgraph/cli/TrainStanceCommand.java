package org.threadgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadgraph.stance.ModelCard;
import org.threadgraph.stance.StanceDataException;
import org.threadgraph.stance.StanceTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code threadgraph train-stance}: trains the learned stance model and, on request, measures it. */
@Command(name = "train-stance", mixinStandardHelpOptions = true,
        description = {"Train the stance model on the shared labelled Reddit pairs and the seed pairs, and write it.",
                "With --cross-validate also measure it (DEBAGREEMENT 5-fold cross-validation, DEBAGREEMENT to the "
                        + "mask-mandate subreddit, seed threads left out one at a time), each beside the cue "
                        + "lexicon, and write MODEL_CARD.md next to the model."})
final class TrainStanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data/agreement",
            description = "Folder holding debagreement-part-a.csv and subreddit-maskmandate.csv (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--seed-pairs", paramLabel = "FILE", defaultValue = "src/test/resources/devset/stance.json",
            description = "The project's labelled seed pairs (default: ${DEFAULT-VALUE}).")
    Path seedPairs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (required unless --compare-embeddings).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the fold split and the shuffles (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--cross-validate", description = "Also measure the model and write the model card.")
    boolean crossValidate;

    @Option(names = "--ablate", description = "With --cross-validate, also measure the model without each feature group.")
    boolean ablate;

    @Option(names = "--report", paramLabel = "FILE.json", description = "With --cross-validate, write the figures as JSON.")
    Path report;

    @Option(names = "--compare-embeddings", description = {"Instead of training, measure the model without and "
            + "with sentence-embedding features (all-MiniLM-L6-v2) by the model card's protocols and print the figures "
            + "side by side. Each text is embedded once into --vector-cache. Takes long: every protocol runs once per "
            + "design."})
    boolean compareEmbeddings;

    @Option(names = "--vector-cache", paramLabel = "FILE",
            defaultValue = "${sys:user.home}/.cache/threadgraph/minilm-vectors.bin",
            description = "With --compare-embeddings, where the embeddings of the training texts are kept, keyed by "
                    + "the SHA-256 of the text (default: ${DEFAULT-VALUE}).")
    Path vectorCache;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        if (out == null && !compareEmbeddings) {
            throw new UserException("--out is required to train (or give --compare-embeddings)");
        }
        StanceTraining.Corpus corpus;
        try {
            corpus = StanceTraining.load(data, seedPairs);
        } catch (StanceDataException e) {
            throw new UserException(e.getMessage());
        }
        if (compareEmbeddings) {
            EmbeddingComparisonPrinter.run(o, corpus, vectorCache, seed);
            return 0;
        }
        o.printf(Locale.ROOT, "Training on %d DEBAGREEMENT, %d mask-mandate and %d seed pairs (seed %d)%n",
                corpus.debagreement().size(), corpus.maskmandate().size(), corpus.seeds().size(), seed);
        StanceTraining.Prepared prepared = StanceTraining.prepare(corpus, StanceTraining.DEFAULT_GROUPS);
        StanceTraining.Trained trained = StanceTraining.train(prepared, seed);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream stream = Files.newOutputStream(out)) {
            trained.model().write(stream);
        }
        o.printf(Locale.ROOT, "Wrote %s (%,d bytes): L2 %.0e, step %.2f, %d epochs, temperature %.3f; validation fold "
                        + "macro-F1 %.3f, ECE %.3f; blog cue-rules weight %.1f, offsets %s, temperature %.3f (seed threads held out inside "
                        + "training: macro-F1 %.3f)%n",
                out, Files.size(out), trained.l2(), trained.rate(), trained.epochs(),
                trained.model().outsideBlogs().temperature(), trained.validationMacroF1(), trained.validationEce(),
                trained.model().blogRules(), java.util.Arrays.toString(trained.model().blogOffset()),
                trained.model().temperature(),
                trained.seedInnerMacroF1());
        if (!crossValidate) {
            return 0;
        }
        List<StanceTraining.Measurement> measurements = new ArrayList<>(StanceTraining.measure(prepared, seed));
        measurements.add(StanceTraining.heldOut(trained, prepared));
        for (StanceTraining.Measurement m : measurements) {
            o.printf(Locale.ROOT, "%-26s model macro-F1 %.3f (accuracy %.3f, ECE %.3f)   lexicon %.3f   %s%n", m.name(),
                    m.model().macroF1(), m.model().accuracy(), m.model().expectedCalibrationError(),
                    m.lexicon().macroF1(), m.protocol());
        }
        List<StanceTraining.Ablation> ablations = ablate ? StanceTraining.ablate(corpus, seed) : List.of();
        for (StanceTraining.Ablation a : ablations) {
            o.printf(Locale.ROOT, "without %-14s DEBAGREEMENT CV macro-F1 %.3f, seed leave-one-thread-out %.3f%n",
                    a.without(), a.debagreementMacroF1(), a.seedMacroF1());
        }
        String command = "java -jar target/threadgraph.jar train-stance --data " + data + " --out " + out + " --seed "
                + seed + " --cross-validate" + (ablate ? " --ablate" : "");
        Path card = parent.resolve("MODEL_CARD.md");
        Files.writeString(card, ModelCard.markdown(new ModelCard.Facts(corpus, trained, seed, command,
                LocalDate.now(ZoneOffset.UTC), Files.size(out)), measurements, ablations));
        o.println("Wrote " + card);
        if (report != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("seed", seed);
            for (StanceTraining.Measurement m : measurements) {
                json.put(m.name(), Map.of("protocol", m.protocol(), "model", m.model(), "lexicon", m.lexicon()));
            }
            json.put("ablation", ablations);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(report.toFile(), json);
            o.println("Wrote " + report);
        }
        return 0;
    }
}
