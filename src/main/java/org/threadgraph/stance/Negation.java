package org.threadgraph.stance;

import java.util.Set;

/** Finds the negator of a cue: inside one of its wildcards, or just before it in the same clause. */
final class Negation {

    private static final int WINDOW = 3;

    private Negation() {
    }

    /**
     * Returns the token of a negator inside a wildcard of the match, or among the three words before it
     * with no comma, colon, dash or {@code breaks} word between; -1 when the cue is not negated.
     */
    static int negator(Sentence s, CuePattern.Match m, Set<String> negators, Set<String> breaks) {
        for (int i : m.wildcards()) {
            if (negators.contains(s.tokens().get(i).norm())) {
                return i;
            }
        }
        int words = 0;
        for (int i = m.start() - 1; i >= 0 && words < WINDOW; i--) {
            Token t = s.tokens().get(i);
            if (!t.isWord()) {
                if (",;:-".contains(t.norm())) {
                    return -1;
                }
                continue;
            }
            if (breaks.contains(t.norm())) {
                return -1;
            }
            if (negators.contains(t.norm()) && !t.quoted()) {
                return i;
            }
            words++;
        }
        return -1;
    }
}
