package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of a cue file, compiled: a sequence of word, punctuation and wildcard elements matched
 * against the tokens of a sentence. The syntax is described in {@code stance/README.txt}.
 */
final class CuePattern {

    private static final int MAX_GAP = 3;
    private static final String PUNCTUATION = ",;:!?.-–—…@\"";

    private final String source;
    private final List<Element> elements;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;
    /** The words one of which a match must open with, or null when it may open with any token. */
    private final Set<String> openers;

    private CuePattern(String source, List<Element> elements, boolean anchoredStart, boolean anchoredEnd) {
        this.source = source;
        this.elements = List.copyOf(elements);
        this.anchoredStart = anchoredStart;
        this.anchoredEnd = anchoredEnd;
        Element first = this.elements.get(0);
        this.openers = first.kind() == Kind.WORDS || first.kind() == Kind.PUNCT ? first.words() : null;
    }

    /** What a pattern may refer to besides words: the cue being judged, the entity and its pronouns. */
    record Context(int cueStart, int cueEnd, List<String> entity, Set<String> pronouns) {

        static final Context NONE = new Context(-1, -1, List.of(), Set.of());

        Context {
            entity = List.copyOf(entity);
            pronouns = Set.copyOf(pronouns);
        }
    }

    /**
     * Where a pattern matched.
     *
     * @param start     first token
     * @param end       after the last token
     * @param wildcards tokens taken by {@code *} or {@code ...}
     * @param literals  how many elements matched exactly (more is more specific)
     */
    record Match(int start, int end, Set<Integer> wildcards, int literals) {

        Match {
            wildcards = Set.copyOf(wildcards);
        }
    }

    private enum Kind { WORDS, PUNCT, ANY, GAP, CLOCK, CUE, NAME, ENTITY }

    private record Element(Kind kind, Set<String> words, boolean optional) {
    }

    /** Compiles one line; {@code where} names the file and line for error messages. */
    static CuePattern parse(String line, String where) {
        List<String> parts = new ArrayList<>(List.of(line.trim().split("\\s+")));
        boolean start = !parts.isEmpty() && "^".equals(parts.get(0));
        if (start) {
            parts.remove(0);
        } else if (!parts.isEmpty() && parts.get(0).startsWith("^") && parts.get(0).length() > 1) {
            start = true;
            parts.set(0, parts.get(0).substring(1));
        }
        boolean end = !parts.isEmpty() && "$".equals(parts.get(parts.size() - 1));
        if (end) {
            parts.remove(parts.size() - 1);
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(where + ": empty pattern");
        }
        List<Element> elements = new ArrayList<>();
        for (String part : parts) {
            elements.add(element(part, where));
        }
        if (elements.get(0).optional() || elements.get(0).kind() == Kind.GAP) {
            throw new IllegalArgumentException(where + ": a pattern must not open with an optional element");
        }
        return new CuePattern(line.trim(), elements, start, end);
    }

    private static Element element(String part, String where) {
        if ("?".equals(part) || (part.length() == 1 && PUNCTUATION.contains(part))) {
            return new Element(Kind.PUNCT, Set.of(part), false);
        }
        boolean optional = part.endsWith("?");
        String body = optional ? part.substring(0, part.length() - 1) : part;
        switch (body) {
            case "*":
                return new Element(Kind.ANY, Set.of(), optional);
            case "...":
                return new Element(Kind.GAP, Set.of(), false);
            case "{CLOCK}":
                return new Element(Kind.CLOCK, Set.of(), optional);
            case "{CUE}":
                return new Element(Kind.CUE, Set.of(), false);
            case "{NAME}":
                return new Element(Kind.NAME, Set.of(), optional);
            case "{E}":
                return new Element(Kind.ENTITY, Set.of(), false);
            default:
                break;
        }
        Set<String> words = new HashSet<>();
        boolean punct = true;
        for (String alt : body.split("\\|", -1)) {
            if (alt.isEmpty() || alt.startsWith("{")) {
                throw new IllegalArgumentException(where + ": bad element '" + part + "'");
            }
            words.add(alt.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            punct &= alt.length() == 1 && PUNCTUATION.contains(alt);
        }
        return new Element(punct ? Kind.PUNCT : Kind.WORDS, words, optional);
    }

    /** Returns the line this pattern was compiled from. */
    String source() {
        return source;
    }

    /**
     * Returns the normalised words one of which every match opens with (the first element is never optional),
     * or null when the first element is not a literal; lets {@link PatternIndex} skip patterns that cannot match.
     */
    Set<String> openers() {
        return openers;
    }

    /** Returns every match in the sentence; a pattern opening with ^ is tried at the content start only. */
    List<Match> find(Sentence sentence, Context context) {
        List<Match> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (anchoredStart && i != sentence.contentStart()) {
                continue;
            }
            if (!tokens.get(i).isWord() && elements.get(0).kind() != Kind.PUNCT) {
                continue;
            }
            Match m = matchFrom(sentence, i, context);
            if (m != null) {
                found.add(m);
                i = m.end() - 1;
            }
        }
        return found;
    }

    /** Returns the match starting exactly at token {@code at}, or null. */
    Match matchAt(Sentence sentence, int at, Context context) {
        return at < sentence.tokens().size() ? matchFrom(sentence, at, context) : null;
    }

    private Match matchFrom(Sentence sentence, int at, Context context) {
        if (openers != null && !openers.contains(sentence.tokens().get(at).norm())) {
            return null; // the first element takes exactly this token or nothing
        }
        Set<Integer> wildcards = new HashSet<>();
        int[] literals = {0};
        int end = match(sentence, context, 0, at, wildcards, literals, true);
        return end < 0 ? null : new Match(at, end, wildcards, literals[0]);
    }

    /** Matches elements from {@code el} on at token {@code pos}; returns the end token or -1. */
    private int match(Sentence s, Context cx, int el, int pos, Set<Integer> wild, int[] lit, boolean first) {
        List<Token> tokens = s.tokens();
        if (el == elements.size()) {
            return !anchoredEnd || s.nextWord(pos) == tokens.size() ? pos : -1;
        }
        Element e = elements.get(el);
        if (e.optional()) {
            int skipped = match(s, cx, el + 1, pos, wild, lit, first);
            if (skipped >= 0) {
                return skipped;
            }
        }
        if (e.kind() == Kind.PUNCT) {
            if (pos < tokens.size() && e.words().contains(tokens.get(pos).norm())) {
                lit[0]++;
                int r = match(s, cx, el + 1, pos + 1, wild, lit, false);
                if (r >= 0) {
                    return r;
                }
                lit[0]--;
            }
            return -1;
        }
        if (e.kind() == Kind.GAP) {
            return gap(s, cx, el, pos, wild, lit);
        }
        int p = first ? pos : s.nextWord(pos);
        if (p >= tokens.size() || tokens.get(p).quoted() || !tokens.get(p).isWord()) {
            return -1;
        }
        int next = consume(s, cx, e, p);
        if (next < 0) {
            return -1;
        }
        boolean wildcard = e.kind() == Kind.ANY;
        if (wildcard) {
            wild.add(p);
        } else {
            lit[0]++;
        }
        int r = match(s, cx, el + 1, next, wild, lit, false);
        if (r < 0) {
            if (wildcard) {
                wild.remove(p);
            } else {
                lit[0]--;
            }
        }
        return r;
    }

    private int gap(Sentence s, Context cx, int el, int pos, Set<Integer> wild, int[] lit) {
        List<Integer> taken = new ArrayList<>();
        int p = pos;
        for (int k = 0; k <= MAX_GAP; k++) {
            int r = match(s, cx, el + 1, p, wild, lit, false);
            if (r >= 0) {
                return r;
            }
            int w = s.nextWord(p);
            if (w >= s.tokens().size() || s.tokens().get(w).quoted()) {
                break;
            }
            wild.add(w);
            taken.add(w);
            p = w + 1;
        }
        wild.removeAll(taken);
        return -1;
    }

    /** Returns the token after what element {@code e} takes at word token {@code p}, or -1. */
    private int consume(Sentence s, Context cx, Element e, int p) {
        Token t = s.tokens().get(p);
        switch (e.kind()) {
            case WORDS:
                return e.words().contains(t.norm()) ? p + 1 : -1;
            case ANY:
                return t.kind() == Token.Kind.WORD ? p + 1 : -1;
            case CLOCK:
                return t.kind() == Token.Kind.CLOCK ? p + 1 : -1;
            case NAME:
                return isName(s, t, p) ? p + 1 : -1;
            case CUE:
                return p == cx.cueStart() ? cx.cueEnd() : -1;
            case ENTITY:
                return entity(s, cx, p);
            default:
                return -1;
        }
    }

    private static boolean isName(Sentence s, Token t, int p) {
        return p != s.contentStart() && t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().charAt(0))
                && !t.norm().equals("i") && !t.norm().startsWith("i'");
    }

    private static int entity(Sentence s, Context cx, int p) {
        List<Token> tokens = s.tokens();
        if (cx.pronouns().contains(tokens.get(p).norm())) {
            return p + 1;
        }
        List<String> words = cx.entity();
        if (words.isEmpty()) {
            return -1;
        }
        int q = p;
        for (int k = 0; k < words.size(); k++) {
            q = k == 0 ? q : s.nextWord(q);
            if (q >= tokens.size() || tokens.get(q).quoted()) {
                return -1;
            }
            String norm = tokens.get(q).norm();
            String want = words.get(k);
            boolean last = k == words.size() - 1;
            if (!norm.equals(want) && !(last && (norm.equals(want + "'s") || norm.equals(want + "s")))) {
                return -1;
            }
            q++;
        }
        return q;
    }
}
