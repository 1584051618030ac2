package org.threadgraph.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.threadgraph.model.Stance;
import org.threadgraph.stance.ChosenEntityAttitude;
import org.threadgraph.stance.EntityAttitude;
import org.threadgraph.stance.LexiconEntityAttitude;
import org.threadgraph.stance.StanceClassifier;
import org.threadgraph.stance.StanceModel;

/**
 * Camps on the camps dev set with each entity-attitude reader: the rules, the stance model alone and the two
 * blended ({@code org.threadgraph.stance.EntityAttitudeComparison}), and a control that reads every mention the
 * rules leave neutral as an attack. The model readers' settings are chosen,
 * for each thread, on the entity-attitude dev items of the other seed threads. Two upstreams: each thread's
 * stances and attitudes from the stance model trained without its seed thread (as {@link CampsHeldOut}; run
 * that first to train them), and from the shipped model (as {@link CampsDevSetTest}). Run by hand:
 *
 * <pre>
 * java -cp target/threadgraph.jar:target/test-classes org.threadgraph.analysis.CampsEntityAttitude \
 *     [DATA_DIR [MODEL_DIR]]
 * </pre>
 */
public final class CampsEntityAttitude {

    private CampsEntityAttitude() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/agreement");
        Path dir = Path.of(args.length > 1 ? args[1] : "target/stance-loto");
        Map<String, StanceModel> heldOut = CampsHeldOut.models(data, dir, false);
        StringBuilder table = new StringBuilder(
                "| entity attitude | upstream | default weights | camp weights chosen LOTO | smallest lean chosen LOTO |\n"
                        + "|---|---|---|---|---|\n");
        for (String reader : new String[] {"rules", "model", "blend", "rules, else attack"}) {
            Map<String, PredictedUpstream> held = new TreeMap<>();
            Map<String, PredictedUpstream> shipped = new TreeMap<>();
            for (Map.Entry<String, StanceModel> e : heldOut.entrySet()) {
                String thread = e.getKey().substring(e.getKey().length() - 3);
                held.put(e.getKey(), new PredictedUpstream(e.getValue(), attitude(reader, e.getValue(), thread)));
                shipped.put(e.getKey(), new PredictedUpstream(StanceModel.shipped(),
                        attitude(reader, StanceModel.shipped(), thread)));
            }
            table.append(row(reader, "held-out stance models", postId -> held.get(CampsHeldOut.threadOf(postId))));
            table.append(row(reader, "shipped stance model",
                    postId -> shipped.get(CampsHeldOut.threadOf(postId))));
        }
        System.out.println(table);
    }

    private static EntityAttitude attitude(String reader, StanceClassifier model, String thread) {
        return switch (reader) {
            case "rules" -> new LexiconEntityAttitude();
            case "model" -> ChosenEntityAttitude.of(model, false, t -> !t.equals(thread));
            case "blend" -> ChosenEntityAttitude.of(model, true, t -> !t.equals(thread));
            case "rules, else attack" -> elseAttack(new LexiconEntityAttitude());
            default -> throw new IllegalArgumentException(reader);
        };
    }

    /**
     * A control, not a reader: the rules, with every mention they leave neutral read as an attack at the same
     * confidence. It shows how much of a reader's camps gain the base rate alone (most named entities are
     * attacked) would give.
     */
    private static EntityAttitude elseAttack(LexiconEntityAttitude rules) {
        return (text, entity) -> {
            Stance s = rules.attitude(text, entity);
            return s.label() != Stance.Label.NEUTRAL ? s
                    : new Stance(Stance.Label.DISAGREE, s.confidence(), "control: rules neutral (" + s.evidence()
                            + "), read as attack");
        };
    }

    private static String row(String reader, String upstream, Function<String, PredictedUpstream> of)
            throws IOException {
        CampsDevSet set = CampsDevSet.load(of);
        CampsDevSet.Score s = CampsDevSet.evaluate(set.predicted(),
                input -> CampsDevSet.camps(input, ThreadCamps.WEIGHTS_DEFAULT), false);
        CampsDevSet.Score weights = CampsDevSet.leaveOneThreadOut(set.predicted(), CampsDevSet.weightsGrid());
        CampsDevSet.Score lean = CampsDevSet.leaveOneThreadOut(set.predicted(), CampsDevSet.minLeanGrid());
        return String.format(Locale.ROOT, "| %s | %s | %.3f (%d of %d unlabelled out) | %.3f | %.3f |%n", reader,
                upstream, s.pooledAri(), s.leftOut(), s.unlabelled(), weights.pooledAri(), lean.pooledAri());
    }
}
