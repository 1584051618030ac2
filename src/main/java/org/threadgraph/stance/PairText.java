package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of a reply pair with what the stance features read from it, each worked out on first use. A post
 * or a popular comment is the target of many replies and a reply is often the target of the next, so a
 * classifier that keeps these ({@link StanceModel#remembering()}) reads each text once. Not thread-safe.
 */
final class PairText {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*");

    private final String raw;
    private final List<CuePattern> address;
    private Passage passage;
    private Boolean report;
    private String normalised;
    private List<String> words;
    private Set<String> distinctWords;
    private Set<String> contentWords;
    private Set<String> trigrams;

    /** A text (null counts as empty) whose passage is cut with the given opening-address patterns. */
    PairText(String raw, List<CuePattern> address) {
        this.raw = raw == null ? "" : raw;
        this.address = address;
    }

    /** Returns the text as given, empty for null. */
    String raw() {
        return raw;
    }

    /** Returns the text cut into sentences and tokens ({@link Passage}). */
    Passage passage() {
        if (passage == null) {
            passage = Passage.of(raw, address);
        }
        return passage;
    }

    /** Returns whether the text, as a target, only passes on others' words ({@link Reposts#report}). */
    boolean report(Reposts reposts) {
        if (report == null) {
            report = reposts.report(passage());
        }
        return report;
    }

    /** Returns the text in lower case with curly quotes made straight. */
    String normalised() {
        if (normalised == null) {
            normalised = raw.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                    .replace('\u201d', '"').toLowerCase(Locale.ROOT);
        }
        return normalised;
    }

    /** Returns the words of the normalised text, links left out. */
    List<String> words() {
        if (words == null) {
            List<String> out = new ArrayList<>();
            Matcher m = WORD.matcher(URL.matcher(normalised()).replaceAll(" "));
            while (m.find()) {
                out.add(m.group());
            }
            words = Collections.unmodifiableList(out);
        }
        return words;
    }

    /** Returns the distinct words, in order of first use. */
    Set<String> distinctWords() {
        if (distinctWords == null) {
            distinctWords = Collections.unmodifiableSet(new LinkedHashSet<>(words()));
        }
        return distinctWords;
    }

    /** Returns the distinct words of at least four letters: those that say what a text is about. */
    Set<String> contentWords() {
        if (contentWords == null) {
            Set<String> out = new HashSet<>();
            for (String w : words()) {
                if (w.length() >= 4) {
                    out.add(w);
                }
            }
            contentWords = Collections.unmodifiableSet(out);
        }
        return contentWords;
    }

    /** Returns the word trigrams, joined by single spaces. */
    Set<String> trigrams() {
        if (trigrams == null) {
            List<String> w = words();
            Set<String> out = new HashSet<>();
            for (int i = 0; i + 2 < w.size(); i++) {
                out.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
            }
            trigrams = Collections.unmodifiableSet(out);
        }
        return trigrams;
    }
}
