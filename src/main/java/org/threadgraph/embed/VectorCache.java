package org.threadgraph.embed;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Sentence embeddings of texts kept in a file outside the project, keyed by the SHA-256 of the text
 * ({@link EmbeddingRun#digest}), so training runs that read the same labelled pairs embed each text once
 * ever. The file is appended batch by batch: a stopped run keeps what it embedded. Blank texts get no vector.
 */
public final class VectorCache {

    private static final String MAGIC = "threadgraph-vector-cache-1";
    /** Hex characters of a SHA-256 digest. */
    private static final int DIGEST_CHARS = 64;

    private final Path file;
    private final TextEmbedder embedder;
    private final Map<String, float[]> vectors = new HashMap<>();

    /**
     * Opens the cache, reading what an earlier run stored.
     *
     * @param file     the cache file (created, with its folder, when first written)
     * @param embedder the model that fills it; its dimensions must match the file's
     */
    public VectorCache(Path file, TextEmbedder embedder) {
        this.file = file;
        this.embedder = embedder;
        if (Files.exists(file)) {
            read();
        }
    }

    /** Returns how many vectors the cache holds. */
    public int size() {
        return vectors.size();
    }

    /**
     * Returns the vector of every non-blank text of {@code texts}, keyed by text, embedding (and storing) those
     * not cached yet in batches of {@code batch}.
     *
     * @param progress told how many new texts are done after each batch
     */
    public Map<String, float[]> vectors(List<String> texts, int batch, IntConsumer progress) {
        Set<String> missing = new LinkedHashSet<>();
        for (String t : texts) {
            if (!t.isBlank() && !vectors.containsKey(EmbeddingRun.digest(t))) {
                missing.add(t);
            }
        }
        List<String> pending = new ArrayList<>(missing);
        for (int from = 0; from < pending.size(); from += batch) {
            List<String> chunk = pending.subList(from, Math.min(pending.size(), from + batch));
            List<float[]> embedded = embedder.embed(chunk);
            append(chunk, embedded);
            for (int i = 0; i < chunk.size(); i++) {
                vectors.put(EmbeddingRun.digest(chunk.get(i)), embedded.get(i));
            }
            progress.accept(Math.min(pending.size(), from + batch));
        }
        Map<String, float[]> out = new HashMap<>();
        for (String t : texts) {
            float[] v = t.isBlank() ? null : vectors.get(EmbeddingRun.digest(t));
            if (v != null) {
                out.put(t, v);
            }
        }
        return out;
    }

    private void read() {
        long header = 2 + MAGIC.length() + 4;
        long record = 2 + DIGEST_CHARS + 4L * embedder.dimensions();
        try {
            if (Files.size(file) == 0) {
                Files.delete(file); // empty: written afresh, header first
                return;
            }
            long records = (Files.size(file) - header) / record;
            try (InputStream in = Files.newInputStream(file)) {
                DataInputStream data = new DataInputStream(new BufferedInputStream(in));
                if (!MAGIC.equals(data.readUTF()) || data.readInt() != embedder.dimensions()) {
                    throw new IOException("not a vector cache of " + embedder.dimensions() + " dimensions");
                }
                for (long r = 0; r < records; r++) {
                    String digest = data.readUTF();
                    float[] v = new float[embedder.dimensions()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = data.readFloat();
                    }
                    vectors.put(digest, v);
                }
            }
            // a record left half-written by a stopped run is cut off, so later ones follow whole records
            if (Files.size(file) > header + records * record) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(header + records * record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector cache " + file + ": " + e.getMessage(), e);
        }
    }

    private void append(List<String> texts, List<float[]> embedded) {
        try {
            boolean fresh = !Files.exists(file);
            if (fresh && file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
                if (fresh) {
                    data.writeUTF(MAGIC);
                    data.writeInt(embedder.dimensions());
                }
                for (int i = 0; i < texts.size(); i++) {
                    data.writeUTF(EmbeddingRun.digest(texts.get(i)));
                    for (float f : embedded.get(i)) {
                        data.writeFloat(f);
                    }
                }
                data.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file + ": " + e.getMessage(), e);
        }
    }
}
