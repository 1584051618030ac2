package org.threadgraph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.threadgraph.stance.StanceModel;
import org.threadgraph.stance.StanceTraining;

/**
 * The held-out camps figure: the camps dev set with predicted upstream input where each thread's stances
 * come from the stance model trained without that seed thread (the seed leave-one-thread-out models of
 * the model card, {@link StanceTraining#leaveOneThreadOutModels}). Not a test: it needs the shared Reddit
 * files and trains four models (minutes), so it is run by hand after a build:
 *
 * <pre>
 * java -cp target/threadgraph.jar:target/test-classes org.threadgraph.analysis.CampsHeldOut \
 *     [DATA_DIR [MODEL_DIR [--retrain]]]
 * </pre>
 *
 * The four models are kept in MODEL_DIR (default {@code target/stance-loto}) and reused unless
 * {@code --retrain} is given, so camp changes are measured without training again; retrain after any
 * change to the stance model or its training.
 */
public final class CampsHeldOut {

    private CampsHeldOut() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/agreement");
        Path dir = Path.of(args.length > 1 ? args[1] : "target/stance-loto");
        boolean retrain = args.length > 2 && args[2].equals("--retrain");
        Map<String, StanceModel> models = models(data, dir, retrain);
        Map<String, PredictedUpstream> upstreams = new TreeMap<>();
        models.forEach((thread, model) -> upstreams.put(thread, new PredictedUpstream(model)));
        CampsDevSet set = CampsDevSet.load(postId -> upstreams.get(threadOf(postId)));
        CampsDevSet.Score s = CampsDevSet.evaluate(set.predicted(),
                input -> CampsDevSet.camps(input, ThreadCamps.WEIGHTS_DEFAULT), true);
        CampsDevSet.Score loto = CampsDevSet.leaveOneThreadOut(set.predicted(), CampsDevSet.weightsGrid());
        CampsDevSet.Score lean = CampsDevSet.leaveOneThreadOut(set.predicted(), CampsDevSet.minLeanGrid());
        System.out.println("Camps dev set, predicted upstream input with each thread's stances held out, default "
                + "weights:\n" + s.report() + "Camp weights also chosen leave-one-thread-out:\n" + loto.report()
                + "The smallest lean that counts also chosen leave-one-thread-out:\n" + lean.report());
    }

    /** The stance model source of a camps post id: s003q and s003c are both seed thread 003. */
    static String threadOf(String postId) {
        return "seed thread " + postId.substring(1, 4);
    }

    /** Reads the held-out models kept in {@code dir}, training and keeping them first when absent or asked. */
    static Map<String, StanceModel> models(Path data, Path dir, boolean retrain) throws IOException {
        Map<String, StanceModel> models = new TreeMap<>();
        if (!retrain && Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    try (InputStream in = Files.newInputStream(f)) {
                        models.put(f.getFileName().toString().replace(".bin.gz", ""), StanceModel.read(in));
                    }
                }
            }
            if (!models.isEmpty()) {
                System.out.println("Reusing the held-out stance models in " + dir + " " + models.keySet());
                return models;
            }
        }
        System.out.println("Training the four held-out stance models (minutes)");
        StanceTraining.Prepared prepared = StanceTraining.prepare(StanceTraining.load(data,
                Path.of("src/test/resources/devset/stance.json")), StanceTraining.DEFAULT_GROUPS);
        models.putAll(StanceTraining.leaveOneThreadOutModels(prepared, 1));
        Files.createDirectories(dir);
        for (Map.Entry<String, StanceModel> e : models.entrySet()) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(e.getKey() + ".bin.gz"))) {
                e.getValue().write(out);
            }
        }
        return models;
    }
}
