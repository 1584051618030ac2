package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures whether sentence-embedding features pay for themselves: the model card's protocols
 * ({@link StanceTraining#measure}) for the shipped feature groups alone and with each design of
 * {@link EmbeddingFeatures} added, every setting chosen inside each training split as for the shipped model.
 */
public final class EmbeddingComparison {

    /**
     * The designs compared, each beside the model without embeddings: the two similarities and anchor
     * similarities alone (a dozen features), then every block (the reply's embedding, the product and the
     * difference of the two embeddings: 1,152 dense features more).
     */
    public static final List<Set<EmbeddingBlock>> DESIGNS = List.of(EnumSet.of(EmbeddingBlock.SIMILARITY),
            EnumSet.allOf(EmbeddingBlock.class));

    /**
     * The figures of one design.
     *
     * @param design       its embedding blocks ("none" for the model without embeddings)
     * @param measurements the card's protocols, in {@link StanceTraining#measure} order
     * @param seconds      how long its features and measurements took
     */
    public record Row(String design, List<StanceTraining.Measurement> measurements, double seconds) {
        public Row {
            measurements = List.copyOf(measurements);
        }
    }

    private EmbeddingComparison() {
    }

    /** Returns every text whose embedding the comparison reads: both texts of each pair, and the anchors. */
    public static List<String> texts(StanceTraining.Corpus corpus) {
        return Stream.concat(EmbeddingFeatures.ANCHORS.stream(),
                Stream.of(corpus.seeds(), corpus.debagreement(), corpus.maskmandate()).flatMap(List::stream)
                        .flatMap(p -> Stream.of(p.reply(), p.target()))).distinct().toList();
    }

    /**
     * Measures the model without embeddings, then with each of {@link #DESIGNS}.
     *
     * @param vectors the embeddings of {@link #texts}
     * @param done    told each row as it is measured (a run takes many minutes)
     */
    public static List<Row> measure(StanceTraining.Corpus corpus, TextVectors vectors, long seed,
                                    java.util.function.Consumer<Row> done) {
        List<Row> out = new ArrayList<>();
        long t0 = System.nanoTime();
        out.add(row("none", StanceTraining.prepare(corpus, StanceTraining.DEFAULT_GROUPS), seed, t0));
        done.accept(out.get(0));
        for (Set<EmbeddingBlock> design : DESIGNS) {
            long t = System.nanoTime();
            String name = design.stream().map(Enum::name).collect(Collectors.joining("+"));
            out.add(row(name, StanceTraining.prepare(corpus, StanceTraining.DEFAULT_GROUPS, vectors, design), seed, t));
            done.accept(out.get(out.size() - 1));
        }
        return out;
    }

    private static Row row(String design, StanceTraining.Prepared data, long seed, long started) {
        List<StanceTraining.Measurement> m = StanceTraining.measure(data, seed);
        return new Row(design, m, (System.nanoTime() - started) / 1e9);
    }
}
