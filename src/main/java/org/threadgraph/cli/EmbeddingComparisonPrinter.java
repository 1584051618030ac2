package org.threadgraph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadgraph.embed.MiniLmEmbedder;
import org.threadgraph.embed.VectorCache;
import org.threadgraph.stance.EmbeddingComparison;
import org.threadgraph.stance.StanceTraining;

/** Prints {@code train-stance --compare-embeddings}: what embedding the texts cost, then the figures per design. */
final class EmbeddingComparisonPrinter {

    private static final int BATCH = 64;

    private EmbeddingComparisonPrinter() {
    }

    static void run(PrintWriter o, StanceTraining.Corpus corpus, Path cacheFile, long seed) {
        List<String> texts = EmbeddingComparison.texts(corpus);
        long t0 = System.nanoTime();
        VectorCache cache = new VectorCache(cacheFile, new MiniLmEmbedder());
        int cached = cache.size();
        long t1 = System.nanoTime();
        int[] embedded = {0};
        Map<String, float[]> vectors = cache.vectors(texts, BATCH, n -> embedded[0] = n);
        double seconds = (System.nanoTime() - t1) / 1e9;
        o.printf(Locale.ROOT, "%,d distinct texts: %,d embeddings read from %s (%.1f s), %,d embedded now%s; "
                        + "%d processors, load average %.2f%n", texts.size(), cached, cacheFile, (t1 - t0) / 1e9,
                embedded[0], embedded[0] == 0 ? "" : String.format(Locale.ROOT, " in %.1f s (%.1f texts/s)", seconds,
                        embedded[0] / seconds),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        o.flush();
        EmbeddingComparison.measure(corpus, vectors::get, seed, row -> {
            for (StanceTraining.Measurement m : row.measurements()) {
                o.printf(Locale.ROOT, "%-36s %-26s macro-F1 %.3f  accuracy %.3f  ECE %.3f%n", row.design(), m.name(),
                        m.model().macroF1(), m.model().accuracy(), m.model().expectedCalibrationError());
            }
            o.printf(Locale.ROOT, "%-36s measured in %.0f s (load average %.2f)%n", row.design(), row.seconds(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            o.flush();
        });
    }
}
