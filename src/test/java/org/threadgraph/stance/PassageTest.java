package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences, tokens, quotations, links and opening addresses. */
class PassageTest {

    private static final List<CuePattern> ADDRESS = new Resources("stance/").patterns("address.txt");

    private static List<String> words(Sentence s) {
        return s.tokens().stream().filter(Token::isWord).map(Token::norm).toList();
    }

    @Test
    void splitsSentencesAtStopsAndLineBreaksButNotInsideLinks() {
        Passage p = Passage.of("First one. Second? Third!\nFourth https://a.b/c?d=1.2 still fourth", ADDRESS);
        assertEquals(4, p.sentences().size());
        assertTrue(p.sentences().get(1).question());
        assertEquals(List.of("fourth", "still", "fourth"), words(p.sentences().get(3)));
        assertEquals(List.of("https://a.b/c?d=1.2"), p.links());
    }

    @Test
    void marksDoubleAndSingleQuotationsButNotApostrophes() {
        Passage p = Passage.of("He said \u201cI agree\u201d, I wasn't 'bleating about risk' at all.", ADDRESS);
        List<Token> tokens = p.sentences().get(0).tokens();
        assertTrue(tokens.stream().filter(t -> t.norm().equals("agree")).allMatch(Token::quoted));
        assertTrue(tokens.stream().filter(t -> t.norm().equals("bleating")).allMatch(Token::quoted));
        assertFalse(tokens.stream().filter(t -> t.norm().equals("wasn't")).anyMatch(Token::quoted));
        assertEquals(5, p.quotedWordCount());
    }

    @Test
    void unpairedQuoteMarksNothing() {
        Passage p = Passage.of("TR\" - Total contract value.", ADDRESS);
        assertEquals(0, p.quotedWordCount());
    }

    @Test
    void recognisesAnOpeningClockAddress() {
        Sentence s = Passage.of("Anon 21:54 I absolutely agree.", ADDRESS).sentences().get(0);
        assertTrue(s.clockAddress());
        assertEquals("i", s.tokens().get(s.contentStart()).norm());
        Sentence dash = Passage.of("14:55 - if this is true", ADDRESS).sentences().get(0);
        assertTrue(dash.clockAddress());
        assertEquals("if", dash.tokens().get(dash.contentStart()).norm());
        assertFalse(Passage.of("So true annon@ 13:15", ADDRESS).sentences().get(0).clockAddress());
    }

    @Test
    void quotesEvidenceAsWritten() {
        Passage p = Passage.of("It\u2019s not accurate.", ADDRESS);
        assertEquals("It\u2019s not", p.words(p.sentences().get(0), 0, 1).replace('\'', '\u2019'));
    }
}
