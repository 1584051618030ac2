package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

class StanceModelTest {

    private static final StanceModel MODEL = StanceModel.shipped();

    @Test
    void confidenceIsTheProbabilityOfTheMostProbableLabel() {
        Stance s = MODEL.classify("Excellent points 21:54. I agree with every word.", "Probation was better before TR.");
        double sum = 0;
        for (Stance.Label l : Stance.Label.values()) {
            sum += s.probability(l);
            assertTrue(s.probability(l) <= s.confidence(), l.name());
        }
        assertEquals(1, sum, 1e-9);
        assertEquals(s.probability(s.label()), s.confidence(), 1e-12);
    }

    @Test
    void clearAgreementAndDisagreementComeOutSo() {
        assertEquals(Stance.Label.AGREE,
                MODEL.classify("Excellent points, I agree entirely.", "TR has been a disaster for probation.").label());
        assertEquals(Stance.Label.DISAGREE,
                MODEL.classify("Rubbish. You are completely wrong about that.", "TR has worked well.").label());
    }

    @Test
    void rememberingTextsChangesNoAnswer() {
        // One memo over every dev pair, both ways round and twice: texts come back as replies, targets and both.
        StanceClassifier remembering = MODEL.remembering();
        for (int round = 0; round < 2; round++) {
            for (DevSet.Pair p : DevSet.pairs()) {
                assertEquals(MODEL.classify(p.response(), p.target()), remembering.classify(p.response(), p.target()),
                        p.id());
                assertEquals(MODEL.classify(p.target(), p.response()), remembering.classify(p.target(), p.response()),
                        p.id() + " reversed");
            }
        }
        assertEquals(MODEL.classify(null, "x"), remembering.classify(null, "x"));
    }

    @Test
    void evidenceNamesTheFeaturesThatWeighedMost() {
        Stance s = MODEL.classify("Excellent points, I agree entirely.", "TR has been a disaster for probation.");
        assertFalse(s.evidence().isBlank());
        assertTrue(s.evidence().split("; ").length <= StanceModel.EVIDENCE_FEATURES, s.evidence());
        assertTrue(s.evidence().contains("agree") || s.evidence().contains("excellent"), s.evidence());
    }

    @Test
    void onlyBlogPairsGetTheBlogCopiesOfTheCueFeatures() {
        String reply = "Excellent points, I agree entirely.";
        String target = "TR has been a disaster for probation.";
        assertTrue(MODEL.scoresBlogs());
        assertTrue(MODEL.hash(reply, target).features().stream().anyMatch(f -> f.key().startsWith(PairFeatures.BLOG_PREFIX)));
        StanceModel elsewhere = MODEL.outsideBlogs();
        assertFalse(elsewhere.scoresBlogs());
        assertTrue(elsewhere.hash(reply, target).features().stream().noneMatch(f -> f.key().startsWith(PairFeatures.BLOG_PREFIX)));
        assertEquals(MODEL.hash(reply, target).features().size(),
                elsewhere.hash(reply, target).features().size()
                        + MODEL.hash(reply, target).features().stream().filter(f -> f.key().startsWith(PairFeatures.BLOG_PREFIX)).count());
    }

    @Test
    void theCueRulesDecisionIsReadFromTheFeatures() {
        assertEquals(Stance.Label.AGREE.ordinal(), StanceModel.rulesLabel(
                MODEL.hash("Excellent points, I agree entirely.", "TR has been a disaster for probation.")));
        assertEquals(Stance.Label.DISAGREE.ordinal(), StanceModel.rulesLabel(
                MODEL.hash("Rubbish. You are completely wrong about that.", "TR has worked well.")));
        assertEquals(-1, StanceModel.rulesLabel(HashedPair.of(java.util.List.of(), 8)));
    }

    @Test
    void aWrittenModelReadsBackToTheSameBytesAndProbabilities() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        MODEL.write(first);
        StanceModel copy = StanceModel.read(new ByteArrayInputStream(first.toByteArray()));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        copy.write(second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        HashedPair x = MODEL.hash("Nonsense, as usual.", "Napo got it right.");
        assertArrayEquals(MODEL.probabilities(x), copy.probabilities(copy.hash("Nonsense, as usual.", "Napo got it right.")));
    }
}
