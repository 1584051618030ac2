package org.threadgraph.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.threadgraph.model.Ids;

/**
 * Embeds the comments whose text has no embedding yet, or changed since its embedding was computed,
 * batch by batch: each batch is written before the next is embedded, so a run that stops keeps what it
 * did and the next run goes on from there. An unchanged comment is never embedded again: its stored
 * digest (SHA-256 of the text) still matches. Blank texts are not embedded.
 */
public final class EmbeddingRun {

    /** Default comments per batch: large enough for the model's parallelism, small enough to resume. */
    public static final int BATCH_DEFAULT = 64;

    /**
     * What a run did and what it cost.
     *
     * @param embedded   comments embedded and stored
     * @param unchanged  comments skipped because their stored embedding matches their text
     * @param embedNanos time spent in the model
     * @param storeNanos time spent reading texts and writing embeddings
     */
    public record Cost(int embedded, int unchanged, long embedNanos, long storeNanos) {
    }

    private final TextEmbedder embedder;
    private final int batch;

    /** Creates a run with the default batch size. */
    public EmbeddingRun(TextEmbedder embedder) {
        this(embedder, BATCH_DEFAULT);
    }

    /**
     * Creates a run.
     *
     * @param embedder the model
     * @param batch    comments per batch, &gt;= 1
     */
    public EmbeddingRun(TextEmbedder embedder, int batch) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1: " + batch);
        }
        this.batch = batch;
    }

    /** Returns the digest an embedding of this text is stored with. */
    public static String digest(String text) {
        return Ids.digest(text);
    }

    /** Returns true when the comment needs an embedding: it has text and no embedding of that text. */
    public static boolean needsEmbedding(CommentText c) {
        return !c.text().isBlank() && !digest(c.text()).equals(c.embeddedDigest());
    }

    /**
     * Embeds the comments given by id.
     *
     * @param ids       the comments that need an embedding ({@link #needsEmbedding})
     * @param unchanged how many were skipped as unchanged, for the cost
     * @param read      reads the texts of a batch of ids
     * @param write     stores a batch of embeddings
     * @param progress  told the number of comments done after each batch
     * @return what was done and its cost
     */
    public Cost run(List<String> ids, int unchanged, Function<List<String>, List<CommentText>> read,
                    Consumer<List<CommentVector>> write, Consumer<Integer> progress) {
        int done = 0;
        long embedNanos = 0;
        long storeNanos = 0;
        for (int from = 0; from < ids.size(); from += batch) {
            long t0 = System.nanoTime();
            List<CommentText> texts = read.apply(ids.subList(from, Math.min(ids.size(), from + batch))).stream()
                    .filter(EmbeddingRun::needsEmbedding).toList();
            long t1 = System.nanoTime();
            List<float[]> vectors = texts.isEmpty() ? List.of()
                    : embedder.embed(texts.stream().map(CommentText::text).toList());
            long t2 = System.nanoTime();
            List<CommentVector> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                out.add(new CommentVector(texts.get(i).commentId(), digest(texts.get(i).text()), vectors.get(i)));
            }
            write.accept(out);
            long t3 = System.nanoTime();
            embedNanos += t2 - t1;
            storeNanos += (t1 - t0) + (t3 - t2);
            done += out.size();
            progress.accept(done);
        }
        return new Cost(done, unchanged, embedNanos, storeNanos);
    }
}
