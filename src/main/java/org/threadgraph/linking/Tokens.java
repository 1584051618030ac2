package org.threadgraph.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits comment text into words with their offsets, for name matching. */
final class Tokens {

    /** A word: letters and digits, with inner apostrophes and hyphens ("O'Brien", "Smith-Jones"), or "&". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|&");

    /** A capital, then lower case, allowing "O'Brien", "McNeill", "Smith-Jones". */
    private static final Pattern NAME_SHAPED = Pattern.compile(
            "\\p{Lu}(?:\\p{Ll}+|['’]\\p{Lu}\\p{Ll}+)(?:(?:-\\p{Lu}?|\\p{Lu})\\p{Ll}+)*");

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Set<String> ABBREVIATED_TITLES = Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Rev", "Cllr");

    private Tokens() {
    }

    /**
     * A word of a text.
     *
     * @param text          the word without a possessive "'s"
     * @param start         offset of its first character
     * @param end           offset after its last character, possessive excluded
     * @param sentenceStart whether it opens a sentence or a line
     */
    record Token(String text, int start, int end, boolean sentenceStart) {

        /** Returns the word in lower case. */
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        /** Returns true when the word starts with a capital letter. */
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        /** Returns true when the word has letters and all of them are capitals ("NPS"). */
        boolean allCaps() {
            return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
        }

        /** Returns true when the word has letters and none of them is a capital. */
        boolean allLower() {
            return text.equals(text.toLowerCase(Locale.ROOT));
        }

        /** Returns true when the word is a name-shaped word: a capital, then lower case ("McNeill" too). */
        boolean nameShaped() {
            return NAME_SHAPED.matcher(text).matches();
        }
    }

    /** Returns the words of a text in order. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            if (possessive(word)) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
            }
            tokens.add(new Token(word, m.start(), end, opensSentence(text, m.start())));
        }
        return tokens;
    }

    /**
     * Returns true when two words can be adjacent words of one name: only spaces lie between them, or
     * a full stop and spaces after an initial or an abbreviated title ("David A. Raho", "Mr. Stewart").
     */
    static boolean nameGap(String text, Token previous, Token next) {
        if (next.start() <= previous.end()) {
            return false;
        }
        String gap = text.substring(previous.end(), next.start());
        if (SPACES.matcher(gap).matches()) {
            return true;
        }
        boolean abbreviation = previous.text().length() == 1 && previous.capitalised()
                || ABBREVIATED_TITLES.contains(previous.text());
        return abbreviation && gap.length() > 1 && gap.charAt(0) == '.' && SPACES.matcher(gap.substring(1)).matches();
    }

    /** True for a word of three or more characters ending in 's or ’s (either case of s). */
    private static boolean possessive(String word) {
        int n = word.length();
        if (n <= 2) {
            return false;
        }
        char mark = word.charAt(n - 2);
        char s = word.charAt(n - 1);
        return (mark == '\'' || mark == '’') && (s == 's' || s == 'S');
    }

    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '…') {
                return true;
            }
            if (!(Character.isWhitespace(c) || "\"'‘’“”([{*-–—•".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
