package org.threadgraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one caption rule, and counts written as people write them. */
class CaptionsTest {

    @Test
    void anAnonymousWriterIsToldApartByTheirFirstComment() {
        assertEquals("Anonymous, 21:54 on \"TR Is Crap Says Research\"",
                Captions.writer("Anonymous", "21:54", "5", "TR Is Crap Says Research"));
        assertEquals("Unnamed writer, #1 on \"Napo Briefing Paper 1\"",
                Captions.writer(null, null, "1", "Napo Briefing Paper 1"));
        assertEquals("Unnamed writer, #1 on \"Napo Briefing Paper 1\"",
                Captions.writer("unknown", null, "1", "Napo Briefing Paper 1"), "one name, not unnamed and unknown");
    }

    @Test
    void aWriterWithANameOfTheirOwnIsThatName() {
        assertEquals("getafix", Captions.writer("getafix", "09:14", "3", "The Probation Treadmill"));
        assertEquals("Jim Brown, 18:20", Captions.comment("Jim Brown", "18:20", "4"));
        assertEquals("Anonymous, #5.1", Captions.comment("Anonymous", null, "5.1"));
    }

    @Test
    void aCampIsNamedByWhatItDefendsAndAttacks() {
        assertEquals("defends Napo; attacks Ministry of Justice, Chris Grayling", Captions.camp("participants camp 1",
                List.of("Napo"), List.of("Ministry of Justice", "Chris Grayling", "Sodexo"), List.of("pay")));
        assertEquals("words: pay, recruitment, moj, private", Captions.camp(null, List.of(), List.of(),
                List.of("pay", "recruitment", "moj", "private", "cuts")));
        assertEquals("Against the CRCs", Captions.camp("Against the CRCs", List.of(), List.of(), List.of()));
    }

    @Test
    void countsUseTheSingularAfterOneAndWholeNumbersHaveNoDecimals() {
        assertEquals("1 comment", Counts.of(1, "comment"));
        assertEquals("2 comments", Counts.of(2, "comment"));
        assertEquals("1 time", Counts.times(1));
        assertEquals("3 replies", Counts.of(3, "reply", "replies"));
        assertEquals("3", Counts.number(3.0), "a weighted degree of 3.0 is 3");
        assertEquals("0.125", Counts.number(0.125));
        assertEquals("7", Counts.number(7L));
    }
}
