package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cue syntax of {@code stance/README.txt}. */
class CuePatternTest {

    private static Sentence sentence(String text) {
        return Passage.of(text, List.of()).sentences().get(0);
    }

    private static boolean matches(String pattern, String text) {
        return !CuePattern.parse(pattern, "test").find(sentence(text), CuePattern.Context.NONE).isEmpty();
    }

    @Test
    void wordsAlternativesAndOptionals() {
        assertTrue(matches("totally|fully agree", "I fully agree."));
        assertTrue(matches("you're|youre spot? right", "you're right"));
        assertTrue(matches("you're|youre spot? right", "Youre spot right"));
        assertTrue(matches("hear hear", "Hear, hear!"));
    }

    @Test
    void wildcardsRecordTheirWordsForNegation() {
        CuePattern.Match m = CuePattern.parse("i *? *? agree", "test").matchAt(sentence("I don't agree"), 0,
                CuePattern.Context.NONE);
        assertNotNull(m);
        assertEquals(Set.of(1), m.wildcards());
        assertTrue(matches("down to ... nps", "down to colleagues in NPS"));
        assertFalse(matches("down to ... nps", "down to one two three four NPS"));
    }

    @Test
    void anchorsAndPunctuation() {
        assertTrue(matches("^no ,|-", "No - all are quotes."));
        assertFalse(matches("^no ,|-", "There is no - way."));
        assertTrue(matches("^absolutely $", "Absolutely!"));
        assertFalse(matches("^absolutely $", "Absolutely not."));
        assertTrue(matches("^really ?", "Really?"));
    }

    @Test
    void quotedWordsNeverMatch() {
        assertFalse(matches("i agree", "He wrote \"I agree\" once."));
    }

    @Test
    void clockNameAndEntityElements() {
        assertTrue(matches("^{CLOCK}", "21.54 you again"));
        assertTrue(matches("agree with {NAME}", "I agree with Jim"));
        assertFalse(matches("agree with {NAME}", "I agree with him"));
        CuePattern frame = CuePattern.parse("{E} should", "test");
        CuePattern.Context napo = new CuePattern.Context(-1, -1, List.of("napo"), Set.of());
        assertEquals(0, frame.find(sentence("Napo's leaders should go"), napo).size());
        assertEquals(1, frame.find(sentence("Napo should go"), napo).size());
        CuePattern.Context pronoun = new CuePattern.Context(-1, -1, List.of("napo"), Set.of("they"));
        assertEquals(1, frame.find(sentence("They should go"), pronoun).size());
    }

    @Test
    void cueElementMatchesTheJudgedSpan() {
        Sentence s = sentence("Which in my view is rubbish.");
        CuePattern third = CuePattern.parse("^which ... {CUE}", "test");
        assertEquals(1, third.find(s, new CuePattern.Context(4, 6, List.of(), Set.of())).size());
        assertNull(third.matchAt(s, 0, new CuePattern.Context(5, 6, List.of(), Set.of())));
    }

    @Test
    void rejectsBadLines() {
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("^", "test"));
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("a||b", "test"));
        assertThrows(IllegalArgumentException.class, () -> CuePattern.parse("maybe? so", "test"));
    }
}
