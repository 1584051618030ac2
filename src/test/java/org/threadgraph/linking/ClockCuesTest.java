package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockCuesTest {

    private static ClockCues.Cue only(String text) {
        List<ClockCues.Cue> cues = ClockCues.find(text);
        assertEquals(1, cues.size(), () -> text + " -> " + cues);
        return cues.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "14:03 Your comment is a complete fabrication|14:03",
        "Anon 21:54 I absolutely agree with your points.|21:54",
        "Excellent points 21:54.\\nWhy are POs not allowed to do their job?|21:54",
        "So true annon@ 13:15|13:15",
        "anon @ 13:15 you are right|13:15",
        "Hear, hear, 20. 59|20:59",
        "11.32 spot on, and the rest is spin.|11:32",
        "@21:54 nonsense, we were never told.|21:54",
        "At 9:05 you said the opposite.|09:05",
        "14:55 - if this is true, why hasn't Napo highlighted it?|14:55",
        "A very clear and concise analysis of reality in probation, past and present by 21:54. Several years ago|21:54",
    })
    void openingForms(String text, String clock) {
        ClockCues.Cue cue = only(text.replace("\\n", "\n"));
        assertEquals(clock, cue.clock());
        assertEquals(ClockCues.Kind.OPENING, cue.kind());
    }

    @Test
    void markedMentionsLaterInTheText() {
        ClockCues.Cue cue = only("He is the assistant General secretary. I understand the comment above at 17:41. I recall…");
        assertEquals(ClockCues.Kind.MARKED, cue.kind());
        assertEquals("17:41", cue.clock());
        assertTrue(cue.words().contains("comment above at 17:41"), cue.words());
        assertEquals(ClockCues.Kind.MARKED, only("It is evident. The labels are a smokescreen, as shown by Anon 21:54, "
                + "and therein lies the concern.").kind());
        assertEquals(ClockCues.Kind.MARKED, only("I agree with much of this.\n22:10 - you are wrong about courts.").kind());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "21:54 here\nActually on reflection CRC has to be BETTER than NPS.",
        "Anon 21:54 here again. I should add that…",
        "Identity !! we no longer have one, which was my point at 18:42",
        "It was my earlier comment @ 18:42 that said so.",
    })
    void selfIdentification(String text) {
        assertEquals(ClockCues.Kind.SELF, only(text).kind());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "TR\" - Total contract value excluding VAT £1,263 million over 8 years. Closing date 16th Dec 2019 12:00 noon.",
        "The notice said \"doors open at 12:00 and the meeting ends at 14:30\" which is typical.",
        "12:00 noon is the deadline for bids.",
        "Meeting on Monday 10:00 at head office.",
        "The session runs 10:00-12:00 at the Guildhall.",
        "Training 10.30 to 11.30 is all we get.",
        "It costs £11.32 per session and 3.50 per hour.",
        "Growth of 11.32% is claimed.",
        "Starts at 9.30am sharp.",
        "See https://example.org/report?id=2022-01-24.110528.h for details.",
        "The reports went up by 12.50 million last year.",
        "Version 2.10.3 of nDelius crashed.",
        "We have 1:1 supervision and 2:30 hours of admin.",
        "I worked there from 1998 and the caseload was 21.54 per officer on average in the later years of the trust.",
    })
    void notReferences(String text) {
        assertEquals(List.of(), ClockCues.find(text), text);
    }

    @Test
    void normalisesClocks() {
        assertEquals("09:05", ClockCues.normalise("9.05"));
        assertEquals("20:59", ClockCues.normalise("20. 59"));
        assertEquals("21:54", ClockCues.normalise("21:54"));
    }
}
