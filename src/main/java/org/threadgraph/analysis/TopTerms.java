package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * tf-idf top terms of groups of comments against all the comments of a post (Salton and Buckley
 * 1988): {@code score(t, g) = count(t, g) / words(g) * (ln((1 + N) / (1 + df(t))) + 1)} with N the
 * post's comments with text and df(t) those containing t. Words are letters only, lower-cased,
 * apostrophes dropped ("don't" -&gt; "dont"), at least 3 letters, links removed, and English stop-words
 * left out. O(total words) to index the post, O(words(g) + distinct terms log) per group.
 */
final class TopTerms {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019\u2018`]");
    private static final Pattern NON_LETTER = Pattern.compile("[^\\p{L}]+");

    /** English function words and blog boilerplate, apostrophes dropped. */
    static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also although am an and any are "
            + "arent around as at be because been before being below between both but by can cant cannot could couldnt "
            + "did didnt do does doesnt doing dont down during each either else even ever every few for from further get "
            + "gets getting got had hadnt has hasnt have havent having he hed hell hes her here heres hers herself him "
            + "himself his how hows however i id ill im ive if in into is isnt it its itself just lets like made make "
            + "many may me might more most much must mustnt my myself neither no nor not now of off on once one only or "
            + "other others ought our ours ourselves out over own per perhaps quite rather really same say said says "
            + "shall shant she shed shell shes should shouldnt since so some still such than that thats the their "
            + "theirs them themselves then there theres therefore these they theyd theyll theyre theyve thing things "
            + "this those though through thus to too under until up upon us very via was wasnt way we wed well were "
            + "weve werent what whats when whens where wheres whether which while who whos whom whose why whys will "
            + "with within without wont would wouldnt yes yet you youd youll youre youve your yours yourself "
            + "yourselves anonymous anon reply replydelete delete comment comments blog post posted amp quot http https "
            + "www com org html").split(" ")));

    /** Minimum letters in a term. */
    static final int MIN_LENGTH = 3;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;

    /** Indexes the texts of all the post's comments (nulls skipped). */
    TopTerms(Collection<String> postTexts) {
        for (String text : postTexts) {
            if (text == null) {
                continue;
            }
            documents++;
            for (String t : new HashSet<>(tokens(text))) {
                documentFrequency.merge(t, 1, Integer::sum);
            }
        }
    }

    /** Returns a text's terms in order. */
    static List<String> tokens(String text) {
        String s = LINK.matcher(text).replaceAll(" ");
        s = APOSTROPHE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : NON_LETTER.split(s)) {
            if (t.length() >= MIN_LENGTH && !STOP_WORDS.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Returns the group's best terms, highest score first, ties by term. */
    List<TermScore> top(Collection<String> groupTexts, int limit) {
        Map<String, Integer> count = new HashMap<>();
        int words = 0;
        for (String text : groupTexts) {
            if (text == null) {
                continue;
            }
            for (String t : tokens(text)) {
                count.merge(t, 1, Integer::sum);
                words++;
            }
        }
        if (words == 0) {
            return List.of();
        }
        List<TermScore> scores = new ArrayList<>();
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            int df = documentFrequency.getOrDefault(e.getKey(), 0);
            double idf = Math.log((1.0 + documents) / (1.0 + df)) + 1;
            scores.add(new TermScore(e.getKey(), e.getValue(), (double) e.getValue() / words * idf));
        }
        scores.sort(Comparator.comparingDouble(TermScore::score).reversed().thenComparing(TermScore::term));
        return List.copyOf(scores.subList(0, Math.min(limit, scores.size())));
    }
}
