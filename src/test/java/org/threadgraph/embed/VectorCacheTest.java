package org.threadgraph.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vector cache embeds each text once ever, skips blank texts and survives a run stopped mid-write. */
class VectorCacheTest {

    /** A stand-in model: two dimensions from the text's length, counting what it is asked to embed. */
    private static final class CountingEmbedder implements TextEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
        }
    }

    @TempDir
    Path dir;

    @Test
    void eachTextIsEmbeddedOnceAcrossRuns() {
        Path file = dir.resolve("sub/vectors.bin");
        CountingEmbedder first = new CountingEmbedder();
        Map<String, float[]> v = new VectorCache(file, first).vectors(List.of("abc", "de", "abc", " "), 1, n -> { });
        assertEquals(List.of("abc", "de"), first.asked);
        assertFalse(v.containsKey(" "), "blank texts get no vector");
        CountingEmbedder second = new CountingEmbedder();
        VectorCache again = new VectorCache(file, second);
        assertEquals(2, again.size());
        Map<String, float[]> w = again.vectors(List.of("de", "fghi"), 8, n -> { });
        assertEquals(List.of("fghi"), second.asked);
        assertArrayEquals(new float[] {2, 1}, w.get("de"));
        assertArrayEquals(new float[] {4, 1}, w.get("fghi"));
    }

    @Test
    void aRecordCutShortIsDroppedAndLaterOnesStillRead() throws IOException {
        Path file = dir.resolve("vectors.bin");
        new VectorCache(file, new CountingEmbedder()).vectors(List.of("one", "three"), 1, n -> { });
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) - 3);
        }
        CountingEmbedder resumed = new CountingEmbedder();
        VectorCache cache = new VectorCache(file, resumed);
        assertEquals(1, cache.size());
        cache.vectors(List.of("three", "seven"), 1, n -> { });
        assertEquals(List.of("three", "seven"), resumed.asked);
        assertEquals(3, new VectorCache(file, new CountingEmbedder()).size());
    }
}
