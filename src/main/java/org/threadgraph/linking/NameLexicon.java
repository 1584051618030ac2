package org.threadgraph.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that decide whether capitalised words make a person's name: given names that open one,
 * and places and non-name words (roles, institutions, products, months) that never form part of one.
 * The lists are plain text resources next to this class so that they can be edited without code.
 */
final class NameLexicon {

    /** Given names that are also ordinary words: they open a name only inside a sentence. */
    private static final Set<String> WORDLIKE_GIVEN_NAMES = Set.of("will", "mark", "bill", "grace", "joy", "dawn",
            "rose", "amber", "jack", "ray", "pat", "frank", "rob", "sue", "don", "jean", "kit", "holly", "heather",
            "hazel", "ruby", "iris", "violet", "lily", "daisy", "max", "miles", "lance", "glen", "dale", "penny",
            "june", "april", "sandy", "chase", "guy", "eve", "grant", "faith", "hope", "rich", "art");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private static final Set<String> GIVEN_NAMES = load("given-names.txt");
    private static final Set<String> PLACES = load("places.txt");
    private static final Set<String> NON_NAME_WORDS = load("name-stopwords.txt");

    private NameLexicon() {
    }

    /** Returns true when the word can open a person's name at this place in a sentence. */
    static boolean givenName(Tokens.Token t) {
        String w = t.lower();
        return t.nameShaped() && GIVEN_NAMES.contains(w) && !excluded(w)
                && !(t.sentenceStart() && WORDLIKE_GIVEN_NAMES.contains(w));
    }

    /** Returns true when the word can be a surname or a lone name part: name-shaped and not excluded. */
    static boolean namePart(Tokens.Token t) {
        return t.nameShaped() && t.text().length() >= 2 && !excluded(t.lower());
    }

    /** Returns true when a lone given name at this place is an ordinary word rather than a name. */
    static boolean wordlike(Tokens.Token t) {
        return t.sentenceStart() && WORDLIKE_GIVEN_NAMES.contains(t.lower());
    }

    /**
     * Returns true when the word can be the surname after a title: as {@link #namePart}, but a month is
     * allowed, since "Mrs May" is a person whatever "May" alone would be.
     */
    static boolean titledSurname(Tokens.Token t) {
        return namePart(t) || t.nameShaped() && MONTHS.contains(t.lower());
    }

    /** Returns true when the lower-case word is a place or a non-name word. */
    static boolean excluded(String lower) {
        return PLACES.contains(lower) || NON_NAME_WORDS.contains(lower);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + NameLexicon.class);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = hash >= 0 ? line.substring(0, hash) : line;
                for (String word : content.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        words.add(word.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(words);
    }
}
