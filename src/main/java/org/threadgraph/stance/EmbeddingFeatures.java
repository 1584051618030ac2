package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Dense features of a pair from the unit-length sentence embeddings of its reply and target, by
 * {@link EmbeddingBlock}. Each vector block has about unit length, like each hashed n-gram group of
 * {@link PairFeatures}, so AdaGrad and the L2 penalty treat them alike.
 */
final class EmbeddingFeatures {

    /**
     * Sentences whose similarity to the reply is a feature of {@link EmbeddingBlock#SIMILARITY}: plain ways of
     * agreeing, disagreeing and answering without taking a side.
     */
    static final List<String> ANCHORS = List.of("I agree with you.", "You are right, well said.",
            "Exactly, that is true.", "I disagree with you.", "You are wrong.", "That is not true at all.",
            "Thank you for the information.", "What do you mean?");

    private final Set<EmbeddingBlock> blocks;
    private final List<float[]> anchors;

    /**
     * Creates an extractor.
     *
     * @param blocks  the blocks to produce
     * @param anchors the embeddings of {@link #ANCHORS}, in order
     */
    EmbeddingFeatures(Set<EmbeddingBlock> blocks, List<float[]> anchors) {
        this.blocks = Set.copyOf(blocks);
        this.anchors = List.copyOf(anchors);
    }

    /** Returns the features of a pair whose texts both have embeddings. */
    List<Feature> of(float[] reply, float[] target) {
        List<Feature> out = new ArrayList<>();
        double scale = Math.sqrt(reply.length);
        for (int i = 0; i < reply.length; i++) {
            if (blocks.contains(EmbeddingBlock.REPLY)) {
                out.add(new Feature("e:r:" + i, "what the reply says (embedding)", reply[i]));
            }
            if (blocks.contains(EmbeddingBlock.PRODUCT)) {
                out.add(new Feature("e:p:" + i, "what reply and target share (embedding)", reply[i] * target[i] * scale));
            }
            if (blocks.contains(EmbeddingBlock.DIFFERENCE)) {
                out.add(new Feature("e:d:" + i, "where reply and target part (embedding)",
                        Math.abs(reply[i] - target[i])));
            }
        }
        if (blocks.contains(EmbeddingBlock.SIMILARITY)) {
            double cosine = dot(reply, target);
            out.add(new Feature("e:cos", "close in meaning to its target", cosine));
            out.add(new Feature("e:cos:" + band(cosine), "close in meaning to its target", 1));
            for (int a = 0; a < anchors.size(); a++) {
                out.add(new Feature("e:anchor:" + a, "means '%s'", ANCHORS.get(a), dot(reply, anchors.get(a))));
            }
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static String band(double cosine) {
        return String.format(Locale.ROOT, "%.1f", Math.floor(Math.max(-0.1, Math.min(0.9, cosine)) * 5) / 5);
    }
}
