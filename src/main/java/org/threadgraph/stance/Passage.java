package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut into sentences and tokens, with links left out and quotations marked. Offsets refer to the
 * text as given, so evidence can be quoted exactly.
 */
final class Passage {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern TOKEN = Pattern.compile(
            "\\+1(?!\\d)|\\d{1,2}[:.]\\d{2}(?!\\d)|[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*|[,;:!?.\\-–—…@\"]");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}");
    private static final int MAX_SINGLE_QUOTE = 200;

    private final String text;
    private final List<Sentence> sentences;
    private final List<String> links;
    private final int wordCount;
    private final int quotedWordCount;

    private Passage(String text, List<Sentence> sentences, List<String> links) {
        this.text = text;
        this.sentences = List.copyOf(sentences);
        this.links = List.copyOf(links);
        int words = 0;
        int quotedWords = 0;
        for (Sentence s : this.sentences) {
            for (Token t : s.tokens()) {
                if (t.isWord()) {
                    words++;
                    quotedWords += t.quoted() ? 1 : 0;
                }
            }
        }
        this.wordCount = words;
        this.quotedWordCount = quotedWords;
    }

    /** Returns the passage of a text; {@code address} recognises an opening address of the first sentence. */
    static Passage of(String raw, List<CuePattern> address) {
        String text = raw.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        List<int[]> urls = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Matcher u = URL.matcher(text);
        while (u.find()) {
            urls.add(new int[] {u.start(), u.end()});
            links.add(u.group());
        }
        boolean[] quoted = quotedChars(text);
        List<int[]> bounds = sentenceBounds(text, urls);
        List<List<Token>> perSentence = new ArrayList<>();
        bounds.forEach(b -> perSentence.add(new ArrayList<>()));
        Matcher m = TOKEN.matcher(text);
        int b = 0;
        while (m.find()) {
            if (inside(urls, m.start())) {
                continue;
            }
            while (b < bounds.size() - 1 && m.start() >= bounds.get(b)[1]) {
                b++;
            }
            perSentence.get(b).add(token(m.group(), m.start(), m.end(), quoted[m.start()]));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (List<Token> tokens : perSentence) {
            if (tokens.stream().anyMatch(Token::isWord)) {
                sentences.add(sentence(sentences.size(), tokens, address));
            }
        }
        return new Passage(text, sentences, links);
    }

    /** Returns the sentences that have words. */
    List<Sentence> sentences() {
        return sentences;
    }

    /** Returns the links, in order. */
    List<String> links() {
        return links;
    }

    /** Returns the text from the start of token {@code first} to the end of token {@code last}. */
    String words(Sentence sentence, int first, int last) {
        return text.substring(sentence.tokens().get(first).start(), sentence.tokens().get(last).end());
    }

    /** Returns true when the characters either side of this token are blank, as around a dash between clauses. */
    boolean spaced(Token token) {
        return token.start() > 0 && Character.isWhitespace(text.charAt(token.start() - 1))
                && token.end() < text.length() && Character.isWhitespace(text.charAt(token.end()));
    }

    /** Returns how many word tokens the passage has. */
    int wordCount() {
        return wordCount;
    }

    /** Returns how many of its word tokens are inside quotation marks. */
    int quotedWordCount() {
        return quotedWordCount;
    }

    private static Token token(String text, int start, int end, boolean quoted) {
        Token.Kind kind;
        if (clockShaped(text) && CLOCK.matcher(text).matches()) {
            kind = Token.Kind.CLOCK;
        } else if (text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)) && !"+".equals(text)) {
            kind = Token.Kind.PUNCT;
        } else {
            kind = Token.Kind.WORD;
        }
        return new Token(text, text.toLowerCase(Locale.ROOT), start, end, kind, quoted);
    }

    /** A cheap test that rules out most tokens before the clock pattern is tried: "9:30" and "21.54" only. */
    private static boolean clockShaped(String text) {
        return (text.length() == 4 || text.length() == 5) && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }

    private static Sentence sentence(int index, List<Token> tokens, List<CuePattern> address) {
        Sentence plain = new Sentence(index, tokens, firstWord(tokens), false, endsWithQuestion(tokens));
        if (index > 0) {
            return plain;
        }
        for (CuePattern pattern : address) {
            CuePattern.Match match = pattern.matchAt(plain, plain.contentStart(), CuePattern.Context.NONE);
            if (match != null) {
                boolean clock = tokens.subList(match.start(), match.end()).stream()
                        .anyMatch(t -> t.kind() == Token.Kind.CLOCK);
                int content = plain.nextWord(match.end());
                if (content < tokens.size()) {
                    return new Sentence(index, tokens, content, clock, plain.question());
                }
            }
        }
        return plain;
    }

    private static int firstWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord() && !tokens.get(i).quoted()) {
                return i;
            }
        }
        return 0;
    }

    private static boolean endsWithQuestion(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                return false;
            }
            if ("?".equals(t.norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** Sentences end at a line break, or after . ! ? or … followed by a blank; never inside a link. */
    private static List<int[]> sentenceBounds(String text, List<int[]> urls) {
        List<int[]> bounds = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n';
            if (!end && ".!?\u2026".indexOf(c) >= 0 && !inside(urls, i)) {
                int j = i + 1;
                while (j < text.length() && ".!?\u2026\"')]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j >= text.length() || Character.isWhitespace(text.charAt(j))) {
                    i = j - 1;
                    end = true;
                }
            }
            if (end) {
                bounds.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        bounds.add(new int[] {start, text.length()});
        return bounds;
    }

    /** Marks the characters inside quotation marks, line by line: double quotes pair in order, single
     * quotes only when one opens after a blank and another closes before a blank or punctuation. */
    private static boolean[] quotedChars(String text) {
        boolean[] quoted = new boolean[text.length() + 1];
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                markDouble(text, lineStart, i, quoted);
                markSingle(text, lineStart, i, quoted);
                lineStart = i + 1;
            }
        }
        return quoted;
    }

    private static void markDouble(String text, int from, int to, boolean[] quoted) {
        int open = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    fill(quoted, open, i);
                    open = -1;
                }
            }
        }
    }

    private static void markSingle(String text, int from, int to, boolean[] quoted) {
        int i = from;
        while (i < to) {
            if (text.charAt(i) == '\'' && opensQuote(text, i, from)) {
                int close = closingQuote(text, i + 1, Math.min(to, i + MAX_SINGLE_QUOTE));
                if (close > 0) {
                    fill(quoted, i, close);
                    i = close;
                }
            }
            i++;
        }
    }

    private static boolean opensQuote(String text, int i, int lineStart) {
        boolean before = i == lineStart || Character.isWhitespace(text.charAt(i - 1)) || "([".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int closingQuote(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\'' && i > from && !Character.isWhitespace(text.charAt(i - 1))
                    && (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static void fill(boolean[] quoted, int open, int close) {
        for (int k = open; k <= close; k++) {
            quoted[k] = true;
        }
    }
}
