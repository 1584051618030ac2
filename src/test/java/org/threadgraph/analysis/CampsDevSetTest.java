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
 * give) and with perfect upstream input, and guards the figures. The weights are chosen on a small
 * grid; the leave-one-thread-out figure (weights chosen on the other four threads) is the one to quote.
 */
class CampsDevSetTest {

    /**
     * What the default weights reach with the shipped stance model (0.449; 0.424 when a response's evidence was
     * its label and that label's confidence; 0.187 with the old lexicon); the tests fail if a change makes it
     * worse. The shipped model was trained on these threads' stance pairs among others, so this figure is
     * optimistic: a guard, not a held-out result. With each thread's stances from a model trained without that
     * seed thread ({@link CampsHeldOut}, which trains them: the test suite trains no model) the default weights
     * reach 0.481 and 0.468 with the smallest lean that counts chosen leave-one-thread-out (0.357 and 0.352
     * before the blog offsets were searched from -2 to 2; 0.240 before that).
     */
    private static final double MIN_PREDICTED_ARI = 0.44;
    /**
     * Share of the comments without a labelled side that predicted input leaves out of every camp (36 of 78):
     * a reply the model cannot place on a side is no evidence, so link-only and neutral comments stay out
     * (with every lean counted, {@code minLean} 0, only 4 of 78 did).
     */
    private static final double MIN_UNLABELLED_LEFT_OUT = 0.40;
    private static final double MIN_GOLD_ARI = 0.82;
    /** What the weights chosen leave-one-thread-out reach on the held-out threads. */
    private static final double MIN_GOLD_LOTO_ARI = 0.75;

    private static CampsDevSet set;

    @BeforeAll
    static void load() throws IOException {
        set = CampsDevSet.load();
    }

    private static CampsDevSet.Score score(List<CampsDevSet.Labelled> threads, ThreadCamps.Weights w, boolean verbose) {
        return CampsDevSet.evaluate(threads, input -> CampsDevSet.camps(input, w), verbose);
    }

    @Test
    void recoversTheSidesFromPredictedInput() {
        CampsDevSet.Score s = score(set.predicted(), ThreadCamps.WEIGHTS_DEFAULT, true);
        CampsDevSet.Score loto = CampsDevSet.leaveOneThreadOut(set.predicted(), CampsDevSet.weightsGrid());
        CampsDevSet.Score lean = CampsDevSet.leaveOneThreadOut(set.predicted(), CampsDevSet.minLeanGrid());
        System.out.println("Camps dev set, predicted upstream input, default weights:\n" + s.report()
                + "Leave-one-thread-out:\n" + loto.report() + "Smallest lean that counts chosen leave-one-thread-out:\n"
                + lean.report());
        assertTrue(s.pooledAri() >= MIN_PREDICTED_ARI, "pooled ARI " + s.pooledAri());
        assertTrue(s.leftOut() >= MIN_UNLABELLED_LEFT_OUT * s.unlabelled(), "unlabelled comments left out "
                + s.leftOut() + "/" + s.unlabelled());
    }

    @Test
    void recoversTheSidesFromPerfectInput() {
        CampsDevSet.Score s = score(set.gold(), ThreadCamps.WEIGHTS_DEFAULT, true);
        CampsDevSet.Score loto = CampsDevSet.leaveOneThreadOut(set.gold(), CampsDevSet.weightsGrid());
        System.out.println("Camps dev set, perfect upstream input, default weights:\n" + s.report()
                + "Leave-one-thread-out:\n" + loto.report());
        assertTrue(s.pooledAri() >= MIN_GOLD_ARI, "pooled ARI " + s.pooledAri());
        assertTrue(loto.pooledAri() >= MIN_GOLD_LOTO_ARI, "leave-one-thread-out ARI " + loto.pooledAri());
    }

    @Test
    void everyKindOfEvidenceHelps() {
        ThreadCamps.Weights d = ThreadCamps.WEIGHTS_DEFAULT;
        double gold = score(set.gold(), d, false).pooledAri();
        double predicted = score(set.predicted(), d, false).pooledAri();
        double noEntity = score(set.gold(), new ThreadCamps.Weights(d.response(), 0, d.post(), d.rebuttal(),
                d.sameWriter(), d.minLean()), false).pooledAri();
        double noRebuttal = score(set.gold(), new ThreadCamps.Weights(d.response(), d.entity(), d.post(), 0,
                d.sameWriter(), d.minLean()), false).pooledAri();
        double noSameWriter = score(set.gold(), new ThreadCamps.Weights(d.response(), d.entity(), d.post(),
                d.rebuttal(), 0, d.minLean()), false).pooledAri();
        // Perfect input links the quotes of s003q to each other; predicted input only to the post.
        double noPost = score(set.predicted(), new ThreadCamps.Weights(d.response(), d.entity(), 0, d.rebuttal(),
                d.sameWriter(), d.minLean()), false).pooledAri();
        System.out.printf("Camps dev set ablations, pooled ARI: perfect input %.3f, without entities %.3f, without "
                        + "rebuttal chains %.3f, without same writer %.3f; predicted input %.3f, without stance to the "
                        + "post %.3f%n", gold, noEntity, noRebuttal, noSameWriter, predicted, noPost);
        assertTrue(noEntity < gold && noRebuttal < gold && noSameWriter < gold, "each kind must help on perfect input");
        assertTrue(noPost < predicted, "stance to the post must help on predicted input");
    }

    @Test
    void isDeterministic() {
        ThreadCamps.Weights d = ThreadCamps.WEIGHTS_DEFAULT;
        assertEquals(score(set.predicted(), d, true).report(), score(set.predicted(), d, true).report());
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
