package org.threadgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadgraph.embed.MiniLmEmbedder;
import org.threadgraph.store.Database;
import org.threadgraph.store.EmbeddingStore;
import org.threadgraph.store.ThreadReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph similar "TEXT"}: the stored comments closest in meaning to a text. */
@Command(name = "similar", mixinStandardHelpOptions = true,
        description = {"Print the comments closest in meaning to TEXT, across the blog (through the vector index) "
                + "or in one post, by the cosine similarity of their embeddings. Needs `embed` first."})
final class SimilarCommand implements Callable<Integer> {

    private static final int SNIPPET = 160;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Parameters(index = "0", paramLabel = "TEXT", description = "What to look for, in words.")
    String text;

    @Option(names = "--post", paramLabel = "URL|ID", description = "Search one post only.")
    String post;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "How many comments (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (text.isBlank()) {
            throw new UserException("give a text to look for");
        }
        if (limit < 1) {
            throw new UserException("--limit must be at least 1: " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = dbOptions.open()) {
            String postId = null;
            if (post != null) {
                List<String> ids = new ThreadReader(db).postIds(post);
                if (ids.isEmpty()) {
                    throw new UserException("no post with id or URL " + post);
                }
                postId = ids.get(0);
            }
            EmbeddingStore store = new EmbeddingStore(db);
            if (store.embedded() == 0) {
                throw new UserException("no comment has an embedding yet: run `threadgraph embed` first");
            }
            float[] query = new MiniLmEmbedder().embed(List.of(text)).get(0);
            List<EmbeddingStore.SimilarComment> found = store.nearest(query, postId, limit);
            out.printf("%d comment%s closest in meaning to \"%s\"%s%n", found.size(), found.size() == 1 ? "" : "s",
                    text, postId == null ? "" : " in post " + postId);
            for (EmbeddingStore.SimilarComment c : found) {
                out.printf("  %.3f  %s  #%s on \"%s\"%n      %s%n", c.score(), c.commentId(),
                        c.label() == null ? "?" : c.label(), c.postTitle() == null ? c.postId() : c.postTitle(),
                        snippet(c.text()));
            }
        }
        return 0;
    }

    private static String snippet(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET - 1) + "…";
    }
}
