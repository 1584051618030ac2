package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/** Each rule of the entity-attitude reader, on inline comments. */
class LexiconEntityAttitudeTest {

    private static final LexiconEntityAttitude READER = new LexiconEntityAttitude();

    private static void assertAttitude(String text, String entity, Stance.Label label, String family, String evidence) {
        Decision d = READER.decide(text, entity);
        assertEquals(label, d.stance().label(), () -> entity + " in " + text + " -> " + d);
        assertEquals(family, d.family(), () -> entity + " in " + text + " -> " + d);
        assertEquals(evidence, d.stance().evidence(), () -> entity + " in " + text + " -> " + d);
        assertTrue(d.stance().confidence() > 0 && d.stance().confidence() <= 1);
    }

    @Test
    void praiseDefends() {
        assertAttitude("Dino is an amazing rep and been working hard for many.", "Dino", Stance.Label.AGREE, "praise",
                "amazing");
    }

    @Test
    void blameAttacks() {
        assertAttitude("Napo is in intensive care, on a life support machine. The disease is within and can only be "
                + "cut out by removing the current leadership.", "Napo", Stance.Label.DISAGREE, "blame", "intensive care");
        assertAttitude("It's absolute nonsense for NAPO to claim the credit for any of this.", "NAPO",
                Stance.Label.DISAGREE, "blame", "nonsense");
    }

    @Test
    void demandAddressedToTheEntityAttacks() {
        assertAttitude("London should get back to national collective bargaining.", "London", Stance.Label.DISAGREE,
                "frame-attack", "London should");
        assertAttitude("All the MoJ needs to do is supplement pay locally.", "MoJ", Stance.Label.NEUTRAL, "none", "no defending or attacking cue (none)");
    }

    @Test
    void supportFramesDefend() {
        assertAttitude("We should all defend Napo against this.", "Napo", Stance.Label.AGREE, "frame-defend",
                "defend Napo");
        assertAttitude("Despicable attacks on Dino by the hierarchy.", "Dino", Stance.Label.AGREE, "frame-defend",
                "attacks on Dino");
    }

    @Test
    void harmDoneByTheEntityAttacks() {
        assertAttitude("Staff were betrayed by Napo in 2014.", "Napo", Stance.Label.DISAGREE, "frame-attack",
                "betrayed by Napo");
    }

    @Test
    void reproachfulQuestionAttacks() {
        assertAttitude("Why hasn't Napo highlighted dwindling recruitment?", "Napo", Stance.Label.DISAGREE,
                "frame-attack", "Why hasn't Napo");
    }

    @Test
    void faultLaidAndClearedByNegation() {
        String text = "That is not down to colleagues in NPS its down to NOMS and MOJ.";
        assertAttitude(text, "NPS", Stance.Label.AGREE, "negated", "not down to colleagues in NPS");
        assertAttitude(text, "NOMS", Stance.Label.DISAGREE, "frame-attack", "down to NOMS");
    }

    @Test
    void negatedPraiseOrBlameFlips() {
        assertAttitude("Napo is not useless.", "Napo", Stance.Label.AGREE, "negated", "not useless");
        assertAttitude("Frankly Napo has never been effective.", "Napo", Stance.Label.DISAGREE, "negated",
                "never been effective");
    }

    @Test
    void onlyTheClauseNamingTheEntityCounts() {
        String text = "Dino is brilliant but the leadership is useless.";
        assertAttitude(text, "Dino", Stance.Label.AGREE, "praise", "brilliant");
        assertAttitude("I'm no fan of NPS senior management but even I think you're all being unreasonable.",
                "NPS senior management", Stance.Label.DISAGREE, "frame-attack", "no fan of NPS senior management");
    }

    @Test
    void pronounSentenceContinuesTheEntity() {
        assertAttitude("It's hard to credit NAPO with this. They did nothing.", "NAPO", Stance.Label.DISAGREE,
                "frame-attack", "They did nothing");
        assertAttitude("Napo met the minister. The union is useless.", "Napo", Stance.Label.NEUTRAL, "none", "no defending or attacking cue (none)");
    }

    @Test
    void quotedPraiseIsSomeoneElses() {
        assertAttitude("Their press release says \"Napo is brilliant\" - quite.", "Napo", Stance.Label.NEUTRAL,
                "no-mention",
                "no defending or attacking cue (no-mention)");
        assertAttitude("Napo wrote \"we are brilliant\" again.", "Napo", Stance.Label.NEUTRAL, "none", "no defending or attacking cue (none)");
    }

    @Test
    void possessiveNamesTheEntity() {
        assertAttitude("It was NOT put to members, to Napo's eternal shame.", "Napo", Stance.Label.DISAGREE,
                "frame-attack", "to Napo's eternal shame");
    }

    @Test
    void mentionWithoutCueOrNoMentionIsNeutral() {
        assertAttitude("Napo said this on 1 Nov '19.", "Napo", Stance.Label.NEUTRAL, "none", "no defending or attacking cue (none)");
        assertAttitude("The union said this.", "Napo", Stance.Label.NEUTRAL, "no-mention",
                "no defending or attacking cue (no-mention)");
        assertAttitude("Napo is useless.", "", Stance.Label.NEUTRAL, "no-mention",
                "no defending or attacking cue (no-mention)");
    }

    @Test
    void publicApiReturnsTheAttitude() {
        Stance s = new LexiconEntityAttitude().attitude("Dino is an amazing rep.", "Dino");
        assertEquals(Stance.Label.AGREE, s.label());
        assertEquals("amazing", s.evidence());
    }
}
