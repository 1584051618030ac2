package org.threadgraph.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a comment as the reply rules compare them: tokens, content words and quoted spans. */
final class Wording {

    /** English function words and a few fillers; they carry no topic. */
    static final Set<String> STOPWORDS = Set.copyOf(Arrays.asList((
            "a about above after again against all am an and any are as at be because been before being below "
            + "between both but by can cannot could did do does doing down during each few for from further had "
            + "has have having he her here hers herself him himself his how i if in into is it its itself me more "
            + "most my myself no nor not of off on once only or other ought our ours ourselves out over own same "
            + "she should so some such than that the their theirs them themselves then there these they this those "
            + "through to too under until up very was we were what when where which while who whom why with would "
            + "you your yours yourself yourselves just also will one get got like even much many well now still yet "
            + "dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt hadnt wouldnt couldnt shouldnt im "
            + "ive id ill youre youve youd theyre theyve weve were lets thats whats theres heres its may might must "
            + "shall us").split(" ")));

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    /** A word: letters and digits, with inner apostrophes ("don't", "Rory's"). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’‘`][\\p{L}\\p{N}]+)*");

    /** A quoted span: offsets of the text between the marks, and that text. */
    record Span(int start, int end, String text) {
    }

    private Wording() {
    }

    /** Returns the text with URLs blanked out (same length, so offsets keep), NBSP as space. */
    static String plain(String text) {
        String s = text.replace('\u00A0', ' ');
        Matcher m = URL.matcher(s);
        StringBuilder b = new StringBuilder(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /** Returns the lower-case stemmed tokens of a text, URLs dropped, apostrophes joined ("don't" → "dont"). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain(text));
        while (m.find()) {
            out.add(token(m.group()));
        }
        return out;
    }

    /** Returns the [start, end) offsets in {@code text} of each of {@link #tokens(String) its tokens}. */
    static List<int[]> tokenOffsets(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain(text));
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String token(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.indexOf('\'') >= 0 || w.indexOf('’') >= 0 || w.indexOf('‘') >= 0 || w.indexOf('`') >= 0) {
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char ch = w.charAt(i);
                if (ch != '\'' && ch != '’' && ch != '‘' && ch != '`') {
                    b.append(ch);
                }
            }
            w = b.toString();
        }
        return stem(w);
    }

    /** Returns true for a token that carries topic: not a stopword, at least 3 characters. */
    static boolean isContent(String token) {
        if (token.length() < 3 || STOPWORDS.contains(token)) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the distinct content tokens of a text. */
    static Set<String> contentWords(String text) {
        return contentWords(tokens(text));
    }

    /** Returns the distinct content tokens among {@link #tokens(String) a text's tokens}. */
    static Set<String> contentWords(List<String> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens) {
            if (isContent(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Returns the share of {@code words} that also occur in {@code other}, 0 when {@code words} is empty. */
    static double share(Set<String> words, Set<String> other) {
        if (words.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : words) {
            if (other.contains(w)) {
                n++;
            }
        }
        return (double) n / words.size();
    }

    /** A crude English stem: plural and -ing/-ed endings off, so "grads" meets "grad" and "cases" meets "case". */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() >= 7 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() >= 6 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * Returns the quoted spans of a text: between double quotes (straight ones paired in order,
     * curly ones open and close), or single quotes that open after a space and close before one
     * ('bleating about high risk cases'). Unpaired marks quote nothing.
     */
    static List<Span> quotedSpans(String text) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        char closeWith = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (open < 0) {
                if (ch == '"' || ch == '“' || ch == '„') {
                    open = i;
                    closeWith = ch == '"' ? '"' : '”';
                } else if ((ch == '\'' || ch == '‘') && opensSingle(text, i)) {
                    open = i;
                    closeWith = '\'';
                }
            } else {
                boolean closes = closeWith == '\''
                        ? (ch == '\'' || ch == '’') && closesSingle(text, i)
                        : ch == closeWith || (closeWith == '”' && ch == '"') || (closeWith == '"' && ch == '”');
                if (closes) {
                    if (i - open > 1) {
                        out.add(new Span(open + 1, i, text.substring(open + 1, i)));
                    }
                    open = -1;
                } else if (closeWith == '\'' && ch == '\n') {
                    open = -1; // single quotes do not run across lines
                }
            }
        }
        return out;
    }

    private static boolean opensSingle(String s, int i) {
        boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{-".indexOf(s.charAt(i - 1)) >= 0;
        boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return before && after;
    }

    private static boolean closesSingle(String s, int i) {
        boolean before = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
        boolean after = i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
        return before && after;
    }

    /** Returns true when offset {@code at} lies inside one of the spans. */
    static boolean inside(List<Span> spans, int at) {
        for (Span sp : spans) {
            if (at >= sp.start() && at < sp.end()) {
                return true;
            }
        }
        return false;
    }

    /** Returns the tokens joined with single spaces and padded, for whole-word containment tests. */
    static String joined(List<String> tokens) {
        return " " + String.join(" ", tokens) + " ";
    }

    /** Returns how many of the tokens are content tokens. */
    static int contentCount(List<String> tokens) {
        int n = 0;
        for (String t : tokens) {
            if (isContent(t)) {
                n++;
            }
        }
        return n;
    }

    /** Returns a text cut to at most {@code max} characters on one line, for evidence. */
    static String snippet(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }
}
