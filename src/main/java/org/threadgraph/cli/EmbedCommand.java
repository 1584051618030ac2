package org.threadgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadgraph.embed.EmbeddingRun;
import org.threadgraph.embed.MiniLmEmbedder;
import org.threadgraph.store.Database;
import org.threadgraph.store.EmbeddingStore;
import org.threadgraph.store.ThreadReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph embed}: sentence embeddings of comments, stored once, for {@code similar}. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Compute a sentence embedding (all-MiniLM-L6-v2, 384 dimensions, in-process) of every "
                + "comment and store it on the comment with the digest of its text, indexed for `similar`.",
                "Opt-in and resumable: a comment whose text is unchanged since its embedding is skipped, and a "
                        + "stopped run keeps every batch it stored. Prints what it did and what it cost."})
final class EmbedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--post", paramLabel = "URL|ID", description = "Embed one post's comments (default: all).")
    String post;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + EmbeddingRun.BATCH_DEFAULT,
            description = "Comments per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new UserException("--batch must be at least 1: " + batch);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = dbOptions.open()) {
            String postId = post == null ? null : onePost(db, post);
            EmbeddingStore store = new EmbeddingStore(db);
            List<String> pending = new ArrayList<>();
            int[] unchanged = {0};
            store.texts(postId, c -> {
                if (EmbeddingRun.needsEmbedding(c)) {
                    pending.add(c.commentId());
                } else if (!c.text().isBlank()) {
                    unchanged[0]++;
                }
            });
            if (pending.isEmpty()) {
                out.printf("Nothing to embed: all %d comments with text have an embedding of their current text%n",
                        unchanged[0]);
                return 0;
            }
            long t0 = System.nanoTime();
            MiniLmEmbedder model = new MiniLmEmbedder();
            model.embed(List.of("warm-up"));
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            Progress progress = Progress.of(spec);
            EmbeddingRun.Cost cost = new EmbeddingRun(model, batch).run(pending, unchanged[0], store::texts,
                    store::write, done -> progress.progress("embed", done, pending.size()));
            progress.clear();
            out.println(summary(cost, loadSeconds));
        }
        return 0;
    }

    private static String onePost(Database db, String post) {
        List<String> ids = new ThreadReader(db).postIds(post);
        if (ids.isEmpty()) {
            throw new UserException("no post with id or URL " + post);
        }
        return ids.get(0);
    }

    static String summary(EmbeddingRun.Cost cost, double loadSeconds) {
        double embed = cost.embedNanos() / 1e9;
        double store = cost.storeNanos() / 1e9;
        double per1000 = cost.embedded() == 0 ? 0 : 1000.0 / cost.embedded();
        return String.format(Locale.ROOT, "Embedded %d comments (%d unchanged, skipped): model load %.1f s, "
                        + "embedding %.1f s, store %.1f s; per 1,000 comments %.1f s embedding and %.1f s store",
                cost.embedded(), cost.unchanged(), loadSeconds, embed, store, embed * per1000, store * per1000);
    }
}
