package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/** The dense embedding features of a pair, and that pairs without both vectors keep only the hashed features. */
class EmbeddingFeaturesTest {

    private static final float[] REPLY = {0.6f, 0.8f, 0, 0};
    private static final float[] TARGET = {0.6f, 0, 0.8f, 0};

    private static List<float[]> anchors() {
        return Collections.nCopies(EmbeddingFeatures.ANCHORS.size(), new float[] {1, 0, 0, 0});
    }

    @Test
    void eachBlockGivesOneFeaturePerDimensionOrItsSimilarities() {
        EmbeddingFeatures all = new EmbeddingFeatures(EnumSet.allOf(EmbeddingBlock.class), anchors());
        List<Feature> f = all.of(REPLY, TARGET);
        assertEquals(3 * REPLY.length + 2 + EmbeddingFeatures.ANCHORS.size(), f.size());
        Feature product = f.stream().filter(x -> x.key().equals("e:p:0")).findFirst().orElseThrow();
        assertEquals(0.6 * 0.6 * Math.sqrt(REPLY.length), product.value(), 1e-6);
        Feature difference = f.stream().filter(x -> x.key().equals("e:d:1")).findFirst().orElseThrow();
        assertEquals(0.8, difference.value(), 1e-6);
        Feature cosine = f.stream().filter(x -> x.key().equals("e:cos")).findFirst().orElseThrow();
        assertEquals(0.36, cosine.value(), 1e-6);
        assertTrue(f.stream().anyMatch(x -> x.key().equals("e:cos:0.2")), "its band");
        Feature anchor = f.stream().filter(x -> x.key().equals("e:anchor:0")).findFirst().orElseThrow();
        assertEquals(0.6, anchor.value(), 1e-6);
        assertEquals("means 'I agree with you.'", anchor.display());
    }

    @Test
    void aPairWithoutBothVectorsKeepsOnlyItsHashedFeatures() {
        Set<FeatureGroup> groups = StanceTraining.DEFAULT_GROUPS;
        List<LabelledPair> pairs = List.of(new LabelledPair("Spot on.", "Pay is the problem.", Stance.Label.AGREE, "t"));
        EmbeddingFeatures similarity = new EmbeddingFeatures(EnumSet.of(EmbeddingBlock.SIMILARITY), anchors());
        int plain = StanceTrainer.examples(pairs, groups, 1, false).get(0).x().index().length;
        int withBoth = StanceTrainer.examples(pairs, groups, 1, false, t -> REPLY, similarity).get(0).x().index().length;
        int withOne = StanceTrainer.examples(pairs, groups, 1, false,
                t -> t.startsWith("Spot") ? REPLY : null, similarity).get(0).x().index().length;
        assertEquals(plain + 2 + EmbeddingFeatures.ANCHORS.size(), withBoth);
        assertEquals(plain, withOne);
    }
}
