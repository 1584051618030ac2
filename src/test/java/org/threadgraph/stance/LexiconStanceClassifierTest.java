package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threadgraph.model.Stance;

/** Each cue family and rule of the stance classifier, on inline replies. */
class LexiconStanceClassifierTest {

    private static final LexiconStanceClassifier CLASSIFIER = new LexiconStanceClassifier();
    private static final String TARGET = "I think the CRCs have made caseloads worse, and we all know it.";

    private static Decision decide(String response) {
        return CLASSIFIER.decide(response, TARGET);
    }

    private static void assertStance(String response, Stance.Label label, String family, String evidence) {
        Decision d = decide(response);
        assertEquals(label, d.stance().label(), () -> response + " -> " + d);
        assertEquals(family, d.family(), () -> response + " -> " + d);
        assertEquals(evidence, d.stance().evidence(), () -> response + " -> " + d);
        assertTrue(d.stance().confidence() > 0 && d.stance().confidence() <= 1, () -> response + " -> " + d);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I agree, the figures show it.              | agree  | I agree",
        "Totally agree. Nobody listens.            | agree  | Totally agree",
        "Well said.                                | agree  | Well said",
        "+1                                        | agree  | +1",
        "Anon 21:54 I absolutely agree with your points. | agree | I absolutely agree with your",
        "Exactly. And it gets worse every year.    | affirm | Exactly",
        "Spot on.                                  | affirm | Spot on",
        "Hear, hear!                               | affirm | Hear, hear",
        "So true annon@ 13:15                      | affirm | So true",
        "Excellent points 21:54.                   | praise | Excellent points",
        "TR is even worse than many of us imagined. | escalation | even worse than"})
    void agreementCues(String response, String family, String evidence) {
        assertStance(response.trim(), Stance.Label.AGREE, family, evidence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "You are wrong about the caseloads.          | disagree | You are wrong",
        "Complete fabrication.                       | disagree | Complete fabrication",
        "Nonsense. Caseloads went down.              | disagree | Nonsense",
        "Rubbish, the numbers say otherwise.         | disagree | Rubbish",
        "Sounds like false news to me.               | disagree | false news",
        "No way. That never happened.                | disagree | No way",
        "It's not accurate to say caseloads rose.    | disagree | not accurate",
        "All this bleating about caseloads.          | disagree | All this bleating",
        "Who is this man?                            | challenge | Who is this man",
        "Is that entirely fair ? They did try.       | challenge | Is that entirely fair",
        "I am disappointed with the quality of this report. | criticism | disappointed with the quality"})
    void disagreementCues(String response, String family, String evidence) {
        assertStance(response.trim(), Stance.Label.DISAGREE, family, evidence);
    }

    @Test
    void clockOpeningRebuttalDisagrees() {
        assertStance("14:55 - if this is true, why hasn't Napo highlighted dwindling recruitment?",
                Stance.Label.DISAGREE, "clock-rebuttal", "if this is true");
        assertStance("Anon 09:12 why would anyone believe that?", Stance.Label.DISAGREE, "clock-rebuttal", "why");
    }

    @Test
    void clockOpeningWithAgreementAgrees() {
        assertStance("21:54 - spot on, as ever.", Stance.Label.AGREE, "affirm", "spot on");
    }

    @Test
    void clockTimeAloneIsNoStance() {
        assertStance("21:54 here\nI moved to the NPS last year.", Stance.Label.NEUTRAL, "none", "no agreement or disagreement cue");
    }

    @Test
    void sarcasmDisagrees() {
        assertStance("Give the guy a break.", Stance.Label.DISAGREE, "sarcasm", "Give the guy a break");
        assertStance("Real confidence.", Stance.Label.DISAGREE, "sarcasm", "Real confidence");
        assertStance("Another cut and paste job from the secret Facebook group? Great", Stance.Label.DISAGREE,
                "sarcasm", "Great");
    }

    @Test
    void loneGreatWithoutAQuestionIsNotSarcasm() {
        assertStance("The pay offer came today. Great", Stance.Label.NEUTRAL, "none", "no agreement or disagreement cue");
    }

    @Test
    void negationFlipsACue() {
        assertStance("I don't agree at all.", Stance.Label.DISAGREE, "negated", "I don't agree");
        assertStance("I do not agree.", Stance.Label.DISAGREE, "negated", "I do not agree");
        assertStance("I don't agree with you.", Stance.Label.DISAGREE, "negated", "I don't agree with you");
        assertStance("Not rubbish at all, actually.", Stance.Label.AGREE, "negated", "Not rubbish");
        assertStance("I can't disagree with any of that.", Stance.Label.AGREE, "negated", "I can't disagree");
        assertStance("Can't disagree with that.", Stance.Label.AGREE, "agree", "Can't disagree");
    }

    @Test
    void negatorBeyondACommaDoesNotFlip() {
        assertStance("Never mind, I agree with you.", Stance.Label.AGREE, "agree", "I agree with you");
    }

    @Test
    void cuesInsideQuotationMarksAreTheOtherPersonsWords() {
        assertStance("He said \"I agree\" and then voted against it.", Stance.Label.NEUTRAL, "none", "no agreement or disagreement cue");
        assertStance("I was not 'spot on' as you put it.", Stance.Label.NEUTRAL, "none", "no agreement or disagreement cue");
        assertStance("Spot on re: \"restructure after restructure\"", Stance.Label.AGREE, "affirm", "Spot on");
    }

    @Test
    void agreedButIsAConcession() {
        assertStance("Agreed, but you miss the point about pay.", Stance.Label.DISAGREE, "concession", "Agreed, but");
        assertStance("True, but nobody asked the staff.", Stance.Label.DISAGREE, "concession", "True, but");
        assertStance("Agreed. But nobody asked the staff.", Stance.Label.DISAGREE, "concession", "Agreed ... But");
    }

    @Test
    void butThatGoesFurtherKeepsTheAgreement() {
        assertStance("True, but even more disgraceful was the severance.", Stance.Label.AGREE, "affirm", "True");
        assertStance("I agree, not completely, but very largely.", Stance.Label.AGREE, "agree", "I agree");
    }

    @Test
    void agreementWithoutContrastStays() {
        assertStance("I agree. Some divisions are different.", Stance.Label.AGREE, "agree", "I agree");
    }

    @Test
    void verdictAimedAtAThirdPartyDoesNotCount() {
        assertStance("Bleating not aimed at you, but it is a constant refrain here. Which in my view is rubbish.",
                Stance.Label.NEUTRAL, "third-party", "is rubbish");
        assertStance("I have just read the revisionist nonsense from Napo.", Stance.Label.NEUTRAL, "third-party",
                "nonsense");
    }

    @Test
    void cueInAQuestionIsNotAsserted() {
        assertStance("Why would I agree with that?", Stance.Label.NEUTRAL, "question", "I agree with that");
    }

    @Test
    void evaluativeCuesCountOnlyInTheOpening() {
        String late = "Caseloads rose. Sickness rose. Then the review came. Rubbish, all of it.";
        assertStance(late, Stance.Label.NEUTRAL, "none", "no agreement or disagreement cue");
        String addressed = "Caseloads rose. Sickness rose. Then the review came. You are wrong about it.";
        assertStance(addressed, Stance.Label.DISAGREE, "disagree", "You are wrong");
    }

    @Test
    void laterCuesWeighLess() {
        double first = decide("I agree. Caseloads rose.").stance().confidence();
        double third = decide("Caseloads rose. Sickness rose. I agree.").stance().confidence();
        assertTrue(third < first, first + " vs " + third);
    }

    @Test
    void opposingCuesLowerTheConfidence() {
        double plain = decide("Exactly.").stance().confidence();
        Decision mixed = decide("Exactly. You are wrong about the pay though.");
        assertEquals(Stance.Label.AGREE, mixed.stance().label());
        assertTrue(mixed.stance().confidence() < plain);
    }

    @Test
    void bareLinkIsInformational() {
        assertStance("https://www.theguardian.com/society/probation", Stance.Label.NEUTRAL, "informational",
                "https://www.theguardian.com/society/probation");
        assertStance("https://www.gov.uk/x\n'Getafix", Stance.Label.NEUTRAL, "informational", "https://www.gov.uk/x");
    }

    @Test
    void markedRepostIsInformationalWhateverItSays() {
        assertStance("From Twitter:-\nI agree, a great initiative.", Stance.Label.NEUTRAL, "informational",
                "From Twitter:");
        assertStance("From Nov 2019:\nNational Audit Office report says it was wrong.", Stance.Label.NEUTRAL,
                "informational", "From Nov 2019:");
    }

    @Test
    void mostlyQuotedReplyIsInformational() {
        assertStance("\"The contracts will end early, the minister said in a statement today.\" Interesting.",
                Stance.Label.NEUTRAL, "informational",
                "no stance cue: mostly quoted or reposted text");
    }

    @Test
    void mockingPeopleAReportedTargetQuotesIsNoStanceTowardThePoster() {
        String report = "The prisons minister is calling up the army to boost the leadership and management skills "
                + "of prison governors, The Times understands, and a staff college is planned for next year.";
        Decision d = CLASSIFIER.decide("Probation back to the army? Can't wait...", report);
        assertEquals(Stance.Label.NEUTRAL, d.stance().label());
        assertEquals("report-target", d.family());
        assertEquals(Stance.Label.DISAGREE, CLASSIFIER.decide("Can't wait...", TARGET).stance().label());
    }

    @Test
    void sameAttitudeToAnEntityBothNameIsAgreement() {
        Decision d = CLASSIFIER.decide("Napo is in intensive care, on a life support machine.",
                "Hundreds of staff were made to walk the plank while Napo did nothing.");
        assertEquals(Stance.Label.AGREE, d.stance().label());
        assertEquals("shared-attitude", d.family());
        Decision opposite = CLASSIFIER.decide("Dino is an amazing rep.", "Frankly Dino should resign.");
        assertEquals(Stance.Label.DISAGREE, opposite.stance().label());
    }

    @Test
    void plainInformationalReplyIsNeutral() {
        assertStance("The consultation closes on 16 December at noon.", Stance.Label.NEUTRAL, "none", "no agreement or disagreement cue");
        assertStance("", Stance.Label.NEUTRAL, "none", "no agreement or disagreement cue");
    }

    @Test
    void publicApiReturnsTheStance() {
        Stance s = new LexiconStanceClassifier().classify("Spot on.", null);
        assertEquals(new Stance(Stance.Label.AGREE, s.confidence(), "Spot on"), s);
    }
}
