package org.threadgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadgraph.model.Stance;
import org.threadgraph.stance.LabelledPair;
import org.threadgraph.stance.PairFile;
import org.threadgraph.stance.StanceDataException;
import org.threadgraph.stance.StanceEvaluation;
import org.threadgraph.stance.StanceModel;
import org.threadgraph.stance.StanceScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code threadgraph evaluate-stance FILE.csv}: scores the shipped stance model on a labelled pair file. */
@Command(name = "evaluate-stance", mixinStandardHelpOptions = true,
        description = "Score the shipped stance model on labelled (target, reply) pairs in a CSV file with a header "
                + "row: n, accuracy, macro-F1, per-class precision, recall and F1, and the confusion matrix.")
final class EvaluateStanceCommand implements Callable<Integer> {

    /** How the scores are printed. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The labelled pairs.")
    Path file;

    @Option(names = "--parent-column", paramLabel = "P", required = true, description = "Column of the text replied to.")
    String parentColumn;

    @Option(names = "--reply-column", paramLabel = "R", required = true, description = "Column of the reply.")
    String replyColumn;

    @Option(names = "--label-column", paramLabel = "L", required = true, description = "Column of the label.")
    String labelColumn;

    @Option(names = "--labels", paramLabel = "MAP", defaultValue = "0=disagree,1=neutral,2=agree",
            description = "Label values as written in the file (default: ${DEFAULT-VALUE}).")
    String labels;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--outside-blogs", description = "Score the pairs as pairs not from a blog (e.g. Reddit): without "
            + "the blog copies of the cue features and the blog score offsets. By default pairs are scored as "
            + "blog comments, as `link` scores them.")
    boolean outsideBlogs;

    @Override
    public Integer call() throws IOException {
        List<LabelledPair> pairs;
        try {
            Map<String, Stance.Label> labelMap = PairFile.labels(labels);
            pairs = PairFile.read(file, parentColumn, replyColumn, labelColumn, labelMap);
        } catch (StanceDataException e) {
            throw new UserException(e.getMessage());
        }
        StanceModel model = outsideBlogs ? StanceModel.shipped().outsideBlogs() : StanceModel.shipped();
        StanceScores scores = StanceEvaluation.evaluate(model, pairs);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json(scores)));
        } else {
            table(scores, out);
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> json(StanceScores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.n());
        m.put("accuracy", s.accuracy());
        m.put("macroF1", s.macroF1());
        m.put("classes", s.classes());
        m.put("confusion", s.confusion());
        m.put("confusionOrder", StanceScores.ORDER);
        m.put("expectedCalibrationError", s.expectedCalibrationError());
        return m;
    }

    private void table(StanceScores s, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: n %d, accuracy %.3f, macro-F1 %.3f, expected calibration error %.3f%n", file, s.n(),
                s.accuracy(), s.macroF1(), s.expectedCalibrationError());
        out.printf(Locale.ROOT, "%-18s%10s%10s%10s%11s%9s%8s%n", "gold \\ predicted", "agree", "disagree", "neutral",
                "precision", "recall", "F1");
        for (int g = 0; g < StanceScores.ORDER.size(); g++) {
            String label = StanceScores.ORDER.get(g);
            StanceScores.ClassScores c = s.classes().get(label);
            List<Integer> row = s.confusion().get(g);
            out.printf(Locale.ROOT, "%-18s%10d%10d%10d%11.3f%9.3f%8.3f%n", label, row.get(0), row.get(1), row.get(2),
                    c.precision(), c.recall(), c.f1());
        }
    }
}
