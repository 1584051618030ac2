package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatternIndexTest {

    private static final List<CuePattern> PATTERNS = List.of(
            CuePattern.parse("i agree", "1"), CuePattern.parse("{NAME} is right", "2"),
            CuePattern.parse("spot on", "3"), CuePattern.parse("^ agreed|exactly", "4"),
            CuePattern.parse("? really", "5"));

    private static List<String> candidates(String text) {
        Sentence s = Passage.of(text, List.of()).sentences().get(0);
        return new PatternIndex(PATTERNS).candidates(s).stream().map(CuePattern::source).toList();
    }

    @Test
    void keepsInFileOrderThePatternsThatCanOpenAtATokenAndThoseThatOpenWithNoLiteral() {
        assertEquals(List.of("i agree", "{NAME} is right", "spot on"), candidates("Spot on, I agree."));
        assertEquals(List.of("{NAME} is right", "^ agreed|exactly", "? really"), candidates("Exactly? Really"));
        assertEquals(List.of("{NAME} is right"), candidates("Nothing here"));
    }

    @Test
    void everyPatternThatMatchesIsACandidate() {
        StanceRules rules = StanceRules.load("stance/");
        for (DevSet.Pair p : DevSet.pairs()) {
            for (Sentence s : Passage.of(p.response(), rules.address).sentences()) {
                for (CueFamily f : rules.families) {
                    List<CuePattern> candidates = new PatternIndex(f.patterns()).candidates(s);
                    for (CuePattern pattern : f.patterns()) {
                        if (!pattern.find(s, CuePattern.Context.NONE).isEmpty()) {
                            assertEquals(true, candidates.contains(pattern), pattern.source() + " in " + p.id());
                        }
                    }
                }
            }
        }
    }
}
