package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a (reply, target) pair into named features for the learned stance model, by {@link FeatureGroup}.
 * Each group's text n-grams are binary and scaled to unit length, so a long comment does not outweigh a
 * short one and no group drowns the others.
 */
final class PairFeatures {

    /** Words of the reply that count as its opening: stance toward the target usually sits there. */
    static final int OPENING_WORDS = 12;
    /** Characters of the reply's opening cut into character n-grams. */
    static final int OPENING_CHARACTERS = 120;

    /** Characters of the reply cut into character n-grams by {@link FeatureGroup#REPLY_CHARS}. */
    static final int REPLY_CHARACTERS = 400;
    /** Shortest character n-gram of {@link FeatureGroup#REPLY_CHARS}. */
    static final int CHAR_GRAM_MIN = 3;
    /** Longest character n-gram of {@link FeatureGroup#REPLY_CHARS}. */
    static final int CHAR_GRAM_MAX = 5;
    /** Openers (first word or first two) that set a reply against or beside its target; the model weighs each. */
    private static final Set<String> CONTRASTIVE = Set.of("but", "so", "so you", "well", "actually", "yet", "however",
            "except", "and yet", "no", "nope", "nah", "wrong", "what", "why", "how", "really", "sure", "yes", "yeah",
            "yep", "exactly", "agreed", "true", "indeed", "this", "lol", "um", "uh", "source", "citation", "i agree",
            "i disagree", "not", "then", "because", "you", "if", "thanks", "thank you");
    /** Words that deny: after a quotation of the target they usually contest it. */
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "nobody", "none", "don't",
            "doesn't", "isn't", "aren't", "wasn't", "weren't", "can't", "cannot", "won't", "wouldn't", "didn't",
            "shouldn't", "wrong", "nonsense", "false");
    /** Key prefix of the blog copies ({@link FeatureGroup#BLOG_CUES}). */
    static final String BLOG_PREFIX = "blog:";
    /** Key prefix of the cue rules' decision, {@code lex:LABEL:FAMILY}. */
    static final String RULES_PREFIX = "lex:";
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@\\w");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "yours", "yourself", "u");

    private final Set<FeatureGroup> groups;
    private final LexiconStanceClassifier lexicon;

    /** Creates an extractor of the given groups, with the bundled cue lexicon. */
    PairFeatures(Set<FeatureGroup> groups) {
        this.groups = Set.copyOf(groups);
        this.lexicon = groups.contains(FeatureGroup.CUES) ? new LexiconStanceClassifier() : null;
    }

    /** Returns the features of a pair, from a blog when {@code blog}; null texts count as empty. */
    List<Feature> of(String reply, String target, boolean blog) {
        return of(text(reply), text(target), blog);
    }

    /** Returns a text of a pair as this extractor reads it, to be passed to {@link #of(PairText, PairText, boolean)}. */
    PairText text(String raw) {
        return new PairText(raw, lexicon == null ? List.of() : lexicon.address());
    }

    /** Returns the features of a pair of texts made by {@link #text}, from a blog when {@code blog}. */
    List<Feature> of(PairText reply, PairText target, boolean blog) {
        return of(reply, target, lexicon == null ? null : lexicon.decide(reply, target), blog);
    }

    /**
     * Returns the features of a pair given the lexicon's decision on it (null without {@link FeatureGroup#CUES}),
     * with the blog copies of {@link FeatureGroup#BLOG_CUES} when {@code blog}.
     */
    List<Feature> of(String reply, String target, Decision cues, boolean blog) {
        return of(text(reply), text(target), cues, blog);
    }

    private List<Feature> of(PairText reply, PairText target, Decision cues, boolean blog) {
        List<Feature> out = of(reply, target, cues);
        if (blog && groups.contains(FeatureGroup.BLOG_CUES)) {
            List<Feature> copies = new ArrayList<>();
            for (Feature f : out) {
                if (f.key().startsWith("cue:") || f.key().startsWith("lex:") || f.key().startsWith("first:")) {
                    copies.add(new Feature(BLOG_PREFIX + f.key(), f.template(), f.text(), f.value()));
                }
            }
            out.addAll(copies);
        }
        return out;
    }

    private List<Feature> of(PairText reply, PairText target, Decision cues) {
        String r = reply.normalised();
        String t = target.normalised();
        List<String> replyWords = reply.words();
        List<String> targetWords = target.words();
        List<Feature> out = new ArrayList<>();
        if (groups.contains(FeatureGroup.REPLY_WORDS)) {
            addNgrams(out, "w:", "says '%s'", replyWords);
        }
        if (groups.contains(FeatureGroup.OPENING)) {
            List<String> opening = replyWords.subList(0, Math.min(OPENING_WORDS, replyWords.size()));
            addNgrams(out, "o:", "opens with '%s'", opening);
            if (!opening.isEmpty()) {
                out.add(new Feature("first:" + opening.get(0), "first word '" + opening.get(0) + "'", 1));
            }
        }
        if (groups.contains(FeatureGroup.OPENING_CHARS)) {
            addCharNgrams(out, String.join(" ", replyWords));
        }
        if (groups.contains(FeatureGroup.REPLY_CHARS)) {
            addReplyChars(out, replyWords);
        }
        if (groups.contains(FeatureGroup.CONTRAST)) {
            addContrast(out, r, t, replyWords, targetWords, quotedShare(replyWords, target));
        }
        if (groups.contains(FeatureGroup.TARGET_WORDS)) {
            addScaled(out, "t:", "target says '%s'", target.distinctWords());
        }
        if (cues != null) {
            addCues(out, cues);
        }
        if (groups.contains(FeatureGroup.PAIR)) {
            addPair(out, r, reply, target);
        }
        return out;
    }

    private static void addNgrams(List<Feature> out, String prefix, String display, List<String> words) {
        Set<String> grams = new LinkedHashSet<>(words);
        for (int i = 0; i + 1 < words.size(); i++) {
            grams.add(words.get(i) + " " + words.get(i + 1));
        }
        addScaled(out, prefix, display, grams);
    }

    private static void addCharNgrams(List<Feature> out, String text) {
        String opening = " " + text.substring(0, Math.min(OPENING_CHARACTERS, text.length())) + " ";
        Set<String> grams = new LinkedHashSet<>();
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= opening.length(); i++) {
                grams.add(opening.substring(i, i + n));
            }
        }
        addScaled(out, "c:", "opening spells '%s'", grams);
    }

    private static void addReplyChars(List<Feature> out, List<String> words) {
        StringBuilder text = new StringBuilder(" ");
        for (String w : words) {
            if (text.length() >= REPLY_CHARACTERS) {
                break;
            }
            text.append(w).append(' ');
        }
        // Sized for every gram distinct, so the set never rehashes (its order is insertion order regardless).
        int most = (CHAR_GRAM_MAX - CHAR_GRAM_MIN + 1) * text.length();
        Set<String> grams = new LinkedHashSet<>(most * 4 / 3 + 1);
        for (int n = CHAR_GRAM_MIN; n <= CHAR_GRAM_MAX; n++) {
            for (int i = 0; i + n <= text.length(); i++) {
                grams.add(text.substring(i, i + n));
            }
        }
        addScaled(out, "rc:", "spells '%s'", grams);
    }

    private static void addContrast(List<Feature> out, String reply, String target, List<String> replyWords,
                                    List<String> targetWords, double quotedShare) {
        if (!replyWords.isEmpty()) {
            String first = replyWords.get(0);
            String two = replyWords.size() > 1 ? first + " " + replyWords.get(1) : first;
            if (CONTRASTIVE.contains(first) || CONTRASTIVE.contains(two)) {
                out.add(new Feature("x:contrast:" + two, "opens with '%s'", two, 1));
                out.add(new Feature("x:contrast", "opens with a contrast", 1));
            }
        }
        boolean negated = replyWords.stream().anyMatch(NEGATORS::contains);
        boolean quoted = quotedShare > 0 || reply.startsWith(">") || reply.contains("\n>");
        if (quoted) {
            out.add(new Feature(negated ? "x:quote+neg" : "x:quote", negated ? "quotes its target and negates"
                    : "quotes its target", 1));
        }
        int firstStop = firstSentenceEnd(reply);
        boolean openingQuestion = firstStop >= 0 && reply.charAt(firstStop) == '?';
        boolean you = replyWords.stream().limit(OPENING_WORDS).anyMatch(SECOND_PERSON::contains);
        if (openingQuestion) {
            out.add(new Feature(you ? "x:q-you" : "x:q", you ? "puts a question to the writer" : "opens with a question", 1));
        }
        boolean targetAsks = target.indexOf('?') >= 0;
        if (targetAsks) {
            out.add(new Feature("x:target-asks", "answers a question", 1));
            if (!replyWords.isEmpty()) {
                out.add(new Feature("x:target-asks:" + replyWords.get(0), "answers a question with '%s'",
                        replyWords.get(0), 1));
            }
        }
        if (negated) {
            out.add(new Feature("x:neg", "negates", 1));
        }
        double ratio = (replyWords.size() + 1.0) / (targetWords.size() + 1.0);
        out.add(new Feature("x:ratio:" + (ratio < 0.25 ? "short" : ratio < 1 ? "shorter" : ratio < 4 ? "longer" : "long"),
                "its length beside its target's", 1));
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!' || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Adds binary features scaled to unit length. */
    private static void addScaled(List<Feature> out, String prefix, String display, Collection<String> grams) {
        double v = grams.isEmpty() ? 0 : 1 / Math.sqrt(grams.size());
        for (String g : grams) {
            out.add(new Feature(prefix + g, display, g, v));
        }
    }

    private static void addCues(List<Feature> out, Decision d) {
        for (Cue c : d.cues()) {
            String polarity = c.polarity().graphName();
            String key = "cue:" + c.family() + ":" + polarity + (c.live() ? "" : ":set-aside");
            String how = c.live() ? "" : " (set aside: " + c.suppressedBy() + ")";
            out.add(new Feature(key, c.family() + " cue '%s'" + how, c.words(), c.weight()));
        }
        String label = d.stance().label().graphName();
        out.add(new Feature(RULES_PREFIX + label + ":" + d.family(), "the cue rules say " + label + " (" + d.family() + ")",
                1));
    }

    private static void addPair(List<Feature> out, String reply, PairText replyText, PairText target) {
        List<String> replyWords = replyText.words();
        double similarity = jaccard(replyText.contentWords(), target.contentWords());
        out.add(new Feature("sim", "shares words with its target", similarity));
        out.add(new Feature("sim:" + band(similarity), "shares words with its target", 1));
        double quoted = quotedShare(replyWords, target);
        if (quoted > 0) {
            out.add(new Feature("quoted", "repeats words of its target", quoted));
        }
        if (replyWords.stream().anyMatch(SECOND_PERSON::contains)) {
            out.add(new Feature("you", "speaks to 'you'", 1));
        }
        int question = reply.indexOf('?');
        if (question >= 0) {
            out.add(new Feature("question", "asks a question", 1));
            if (question < OPENING_CHARACTERS) {
                out.add(new Feature("question:opening", "opens with a question", 1));
            }
        }
        if (reply.indexOf('!') >= 0) {
            out.add(new Feature("exclaims", "exclaims", 1));
        }
        if (CLOCK.matcher(reply).find()) {
            out.add(new Feature("clock", "names a clock time", 1));
        }
        if (HANDLE.matcher(reply).find()) {
            out.add(new Feature("handle", "names an @handle", 1));
        }
        if (URL.matcher(reply).find()) {
            out.add(new Feature("link", "gives a link", 1));
        }
        out.add(new Feature("len:" + log2Band(replyWords.size()), "its length", 1));
        out.add(new Feature("tlen:" + log2Band(target.words().size()), "its target's length", 1));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** Returns the share of the reply's word trigrams found in the target: quotation or close paraphrase. */
    private static double quotedShare(List<String> reply, PairText target) {
        if (reply.size() < 3 || target.words().size() < 3) {
            return 0;
        }
        Set<String> targetTrigrams = target.trigrams();
        int found = 0;
        for (int i = 0; i + 2 < reply.size(); i++) {
            if (targetTrigrams.contains(reply.get(i) + " " + reply.get(i + 1) + " " + reply.get(i + 2))) {
                found++;
            }
        }
        return (double) found / (reply.size() - 2);
    }

    private static String band(double similarity) {
        if (similarity == 0) {
            return "none";
        }
        return similarity < 0.05 ? "low" : similarity < 0.15 ? "some" : "high";
    }

    private static int log2Band(int n) {
        return 32 - Integer.numberOfLeadingZeros(n);
    }
}
