package org.threadgraph.stance;

import java.util.List;

/**
 * A sentence of a passage.
 *
 * @param index         0 for the first sentence with words, then 1, 2, ...
 * @param tokens        its words and punctuation, in order
 * @param contentStart  index in {@code tokens} of the first word after any opening address
 * @param clockAddress  true when the sentence opens with an address holding a clock time ("14:55 -")
 * @param question      true when it ends with a question mark
 */
record Sentence(int index, List<Token> tokens, int contentStart, boolean clockAddress, boolean question) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Returns the index of the first word token at or after {@code from}, or the size when none. */
    int nextWord(int from) {
        int i = from;
        while (i < tokens.size() && !tokens.get(i).isWord()) {
            i++;
        }
        return i;
    }
}
