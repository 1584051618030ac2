package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures how well {@link ThreadCamps} recovers hand-labelled sides on the seed threads
 * ({@link CampsDevSet}), with predicted upstream input (what threadgraph's linker and classifiers
 * give) and with perfect upstream input, and guards both figures.
 */
class CampsDevSetTest {

    /** What the default configuration reaches; the tests fail if a change makes it worse. */
    private static final double MIN_PREDICTED_ARI = 0.0;
    private static final double MIN_GOLD_ARI = 0.75;

    private static CampsDevSet set;

    @BeforeAll
    static void load() throws IOException {
        set = CampsDevSet.load();
    }

    private static CampsDevSet.Score score(List<CampsDevSet.Labelled> threads, boolean verbose) {
        return CampsDevSet.evaluate(threads, input -> new ThreadCamps(input).getCamps(), verbose);
    }

    @Test
    void recoversTheSidesFromPredictedInput() {
        CampsDevSet.Score s = score(set.predicted(), true);
        System.out.println("Camps dev set, predicted upstream input:\n" + s.report());
        assertTrue(s.pooledAri() >= MIN_PREDICTED_ARI, "pooled ARI " + s.pooledAri());
    }

    @Test
    void recoversTheSidesFromPerfectInput() {
        CampsDevSet.Score s = score(set.gold(), true);
        System.out.println("Camps dev set, perfect upstream input:\n" + s.report());
        assertTrue(s.pooledAri() >= MIN_GOLD_ARI, "pooled ARI " + s.pooledAri());
    }

    @Test
    void isDeterministic() {
        assertEquals(score(set.predicted(), true).report(), score(set.predicted(), true).report());
    }

    @Test
    void adjustedRandOnKnownCases() {
        assertEquals(1.0, CampsDevSet.adjustedRand(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y")), 1e-12);
        assertEquals(1.0, CampsDevSet.adjustedRand(List.of("a", "a", "b", "b"), List.of("y", "y", "x", "x")), 1e-12);
        // {a,a,b,b} vs {x,x,y,z}: index 1, row pairs 2, column pairs 1, 6 pairs in all.
        assertEquals((1 - 2.0 * 1 / 6) / (1.5 - 2.0 / 6),
                CampsDevSet.adjustedRand(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "z")), 1e-12);
        assertEquals(6L, CampsDevSet.randPairs(List.of("a", "a", "b", "b"), List.of("x", "y", "x", "y"))[1]);
    }
}
