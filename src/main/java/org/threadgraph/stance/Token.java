package org.threadgraph.stance;

/**
 * A word, clock time or punctuation mark of a text.
 *
 * @param text   as written
 * @param norm   lower-cased, with curly apostrophes made straight
 * @param start  offset of the first character in the text
 * @param end    offset after the last character
 * @param kind   word, clock or punctuation
 * @param quoted true inside quotation marks: someone else's words
 */
record Token(String text, String norm, int start, int end, Kind kind, boolean quoted) {

    /** What a token is. */
    enum Kind { WORD, CLOCK, PUNCT }

    /** Returns true for words and clock times, false for punctuation. */
    boolean isWord() {
        return kind != Kind.PUNCT;
    }
}
