package org.threadgraph.stance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.threadgraph.model.Stance;

/**
 * Entity attitude on {@code devset/entity-attitude.json} three ways: the rules ({@link LexiconEntityAttitude}),
 * the stance model alone ({@link ModelEntityAttitude}) and the two blended ({@link BlendedEntityAttitude}).
 * Thresholds and the rules' weight are chosen on split tune (threads 000-002) and scored on split check (thread
 * 003), which neither the rules nor any setting saw; a second figure chooses them for each thread on the
 * other three and pools the four held-out threads. Run by {@code EntityAttitudeModelDevSetTest} with the
 * shipped stance model, or by hand with another (the shipped one was trained on thread 003's reply pairs):
 *
 * <pre>
 * java -cp target/threadgraph.jar:target/test-classes org.threadgraph.stance.EntityAttitudeComparison \
 *     "target/stance-loto/seed thread 003.bin.gz"
 * </pre>
 */
final class EntityAttitudeComparison {

    static final List<String> LABELS = List.of("defend", "attack", "neutral");
    /** Weights of the rules beside the model's lean tried by the blend; 10 lets the rules decide where they fire. */
    static final List<Double> RULE_WEIGHTS = List.of(0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 10.0);
    /** Thresholds tried, on the scale of the model's lean (its spread on the dev set is about ±0.4). */
    private static final double THRESHOLD_STEP = 0.005;
    private static final double THRESHOLD_RANGE = 0.3;

    /** One dev item with the rules' answer and the model's lean. */
    record Scored(DevSet.Item item, Stance rule, ModelEntityAttitude.Lean lean) {

        String thread() {
            return item.id().substring(0, 3);
        }
    }

    /**
     * One method's figures.
     *
     * @param method   its name
     * @param settings what was chosen on split tune, or "-"
     * @param all      every item, with the settings chosen on tune (in-sample for tune)
     * @param tune     split tune
     * @param check    split check, held out
     * @param loto     every item, each thread's settings chosen on the other threads; null for the rules
     */
    record Row(String method, BlendedEntityAttitude.Settings settings, Scores all, Scores tune, Scores check,
               Scores loto) {
    }

    private EntityAttitudeComparison() {
    }

    /** Scores every dev item with the rules and with {@code model}. */
    static List<Scored> score(StanceClassifier model) {
        LexiconEntityAttitude rules = new LexiconEntityAttitude();
        ModelEntityAttitude reader = new ModelEntityAttitude(model.remembering());
        List<Scored> out = new ArrayList<>();
        for (DevSet.Item i : DevSet.items()) {
            out.add(new Scored(i, rules.attitude(i.text(), i.entity()), reader.lean(i.text(), i.entity())));
        }
        return out;
    }

    /** Returns the rules, the model alone and the blend, measured on the scored items. */
    static List<Row> compare(List<Scored> scored) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("rules (LexiconEntityAttitude)", null, scores(scored, x -> true, s -> s.rule().label()),
                scores(scored, EntityAttitudeComparison::isTune, s -> s.rule().label()),
                scores(scored, s -> !isTune(s), s -> s.rule().label()), null));
        rows.add(row("stance model alone", scored, List.of(0.0)));
        rows.add(row("rules + stance model", scored, RULE_WEIGHTS));
        return rows;
    }

    private static Row row(String method, List<Scored> scored, List<Double> weights) {
        BlendedEntityAttitude.Settings s = choose(scored.stream().filter(EntityAttitudeComparison::isTune).toList(),
                weights);
        Scores loto = new Scores(LABELS);
        for (String thread : new TreeSet<>(scored.stream().map(Scored::thread).toList())) {
            BlendedEntityAttitude.Settings own = choose(
                    scored.stream().filter(x -> !x.thread().equals(thread)).toList(), weights);
            scored.stream().filter(x -> x.thread().equals(thread))
                    .forEach(x -> loto.add(x.item().gold(), name(blend(x, own))));
        }
        return new Row(method, s, scores(scored, x -> true, x -> blend(x, s)),
                scores(scored, EntityAttitudeComparison::isTune, x -> blend(x, s)),
                scores(scored, x -> !isTune(x), x -> blend(x, s)), loto);
    }

    /**
     * Returns the settings with the best macro-F1 on {@code on}: among equally good ones the middle one in
     * grid order (weight, then attack threshold, then defend threshold), away from the edges of the tie.
     */
    static BlendedEntityAttitude.Settings choose(List<Scored> on, List<Double> weights) {
        Map<Stance.Label, Double> none = Map.of();
        List<BlendedEntityAttitude.Settings> best = new ArrayList<>();
        double bestF1 = -1;
        int steps = (int) Math.round(THRESHOLD_RANGE / THRESHOLD_STEP);
        for (double w : weights) {
            for (int a = -steps; a <= steps; a++) {
                for (int d = a; d <= steps; d++) {
                    BlendedEntityAttitude.Settings s = new BlendedEntityAttitude.Settings(w, a * THRESHOLD_STEP,
                            d * THRESHOLD_STEP, none);
                    double f1 = scores(on, x -> true, x -> blend(x, s)).macroF1();
                    if (f1 > bestF1 + 1e-12) {
                        bestF1 = f1;
                        best.clear();
                    }
                    if (f1 > bestF1 - 1e-12) {
                        best.add(s);
                    }
                }
            }
        }
        BlendedEntityAttitude.Settings chosen = best.get(best.size() / 2);
        return withPrecision(chosen, on);
    }

    /** Adds the smoothed precision of each answer on {@code on}, (right + 1) / (given + 2): its confidence. */
    private static BlendedEntityAttitude.Settings withPrecision(BlendedEntityAttitude.Settings s, List<Scored> on) {
        Map<Stance.Label, Double> precision = new EnumMap<>(Stance.Label.class);
        for (Stance.Label l : Stance.Label.values()) {
            long given = on.stream().filter(x -> blend(x, s) == l).count();
            long right = on.stream().filter(x -> blend(x, s) == l && name(l).equals(x.item().gold())).count();
            precision.put(l, (right + 1.0) / (given + 2.0));
        }
        return new BlendedEntityAttitude.Settings(s.ruleWeight(), s.attackBelow(), s.defendAbove(), precision);
    }

    private static Stance.Label blend(Scored x, BlendedEntityAttitude.Settings s) {
        return BlendedEntityAttitude.label(x.rule(), x.lean(), s);
    }

    private static boolean isTune(Scored s) {
        return "tune".equals(s.item().split());
    }

    private static Scores scores(List<Scored> scored, Predicate<Scored> which,
                                 Function<Scored, Stance.Label> answer) {
        Scores out = new Scores(LABELS);
        scored.stream().filter(which).forEach(x -> out.add(x.item().gold(), name(answer.apply(x))));
        return out;
    }

    static String name(Stance.Label label) {
        return switch (label) {
            case AGREE -> "defend";
            case DISAGREE -> "attack";
            case NEUTRAL -> "neutral";
        };
    }

    /** Returns the comparison as a table: macro-F1 and n of each method on each split. */
    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "| method | chosen on split tune | all | tune | check (held out) | each thread held out, pooled |%n"
                        + "|---|---|---|---|---|---|%n"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", r.method(),
                    r.settings() == null ? "-" : r.settings(),
                    cell(r.all()), cell(r.tune()), cell(r.check()), r.loto() == null ? "-" : cell(r.loto())));
        }
        return sb.toString();
    }

    private static String cell(Scores s) {
        return String.format(Locale.ROOT, "%.3f (n %d)", s.macroF1(), s.total());
    }

    /** Prints the comparison with the stance model in MODEL_FILE, or the shipped one without an argument. */
    public static void main(String[] args) throws IOException {
        StanceModel model;
        if (args.length > 0) {
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                model = StanceModel.read(in);
            }
        } else {
            model = StanceModel.shipped();
        }
        List<Scored> scored = score(model);
        List<Row> rows = compare(scored);
        System.out.println(table(rows));
        for (Row r : rows) {
            System.out.println(r.check().report(r.method() + ", split check (thread 003, held out)"));
        }
        System.out.println(differences(scored, rows));
    }

    /** Lists the check items on which the methods' answers differ: what the macro-F1 gaps rest on. */
    static String differences(List<Scored> scored, List<Row> rows) {
        StringBuilder sb = new StringBuilder("Split check items where the answers differ (gold: rules / model / both):")
                .append(System.lineSeparator());
        for (Scored x : scored) {
            if (isTune(x)) {
                continue;
            }
            List<String> answers = new ArrayList<>();
            answers.add(name(x.rule().label()));
            rows.stream().filter(r -> r.settings() != null).forEach(r -> answers.add(name(blend(x, r.settings()))));
            if (answers.stream().distinct().count() > 1) {
                sb.append(String.format(Locale.ROOT, "  %s (gold %s): %s; lean %+.3f%n", x.item().id(),
                        x.item().gold(), String.join(" / ", answers), x.lean().value()));
            }
        }
        return sb.toString();
    }
}
