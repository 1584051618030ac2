package org.threadgraph.linking;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.threadgraph.model.Entity;
import org.threadgraph.model.Mention;

/**
 * Finds the people and organisations a comment or post names.
 *
 * <p>Sources, tried at each word, the longest match winning (ties in this order):
 * <ol>
 *   <li>the {@link Gazetteer}: known organisations and people with their aliases ("Napo London Branch"
 *       rather than "Napo");</li>
 *   <li>a title and a name: "Mr Lawrence", "Dame Glenys Stacey", "Professor Gill Kirton";</li>
 *   <li>a given name and a surname, with an optional middle initial: "Matt Douglas", "David A Raho".</li>
 * </ol>
 * Then a lone capitalised word refers to a person when the same text, or else the post's
 * {@link MentionContext}, named exactly one person with that surname or given name ("Raho", "Rory"),
 * or when a commenter of the post signs with it ("Getafix"). A title with a surname alone ("Mr
 * Lawrence") resolves the same way, then to the only gazetteer person with that surname, and otherwise
 * becomes a person known by surname ({@code person:lawrence}).
 *
 * <p>Filters against false names: a discovered name must start with a listed given name (so that
 * "Working Links", "Black Watch" or "Greater London" are not people); neither part may be a place, a
 * month or weekday, a role or institution word ("Chief", "Committee"), a document, product or media
 * word ("Review", "OASys", "Twitter") or an acronym (all capitals, or capitals inside: "PQiP"); a given
 * name that is also an ordinary word ("Will", "Mark", "Grace") counts only inside a sentence; a
 * surname that begins a gazetteer organisation ("Will Napo survive?") is not a surname; at the start
 * of a sentence or line, where capitals say little ("Glenys Told Off and Rory's Homework"), a second
 * word the post also writes in lower case is not a surname, nor is the word after a title ("Mr
 * Angry"); a lone word opening a sentence is not resolved when the post also writes it in lower case;
 * and a commenter's own signature line is not a mention. The word lists are resources next to this class.
 *
 * <p>Each entity is reported once per text, with the words as first written as evidence. Entity keys
 * are the gazetteer's, or {@code person:} and the name in lower case with hyphens.
 */
public final class MentionFinder {

    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Dame", "Sir", "Lord",
            "Lady", "Baroness", "Baron", "Professor", "Prof", "Rev", "Cllr");
    /** Titles that go with a given name as well as a surname ("Sir Keir", "Dame Glenys"). */
    private static final Set<String> GIVEN_NAME_TITLES = Set.of("Dame", "Sir", "Lord", "Lady");

    private final Gazetteer gazetteer;

    /** Creates a finder over the bundled gazetteer. */
    public MentionFinder() {
        this(Gazetteer.bundled());
    }

    /** Creates a finder over the given gazetteer. */
    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Builds the context of one post from everything written on it, so that a comment's "Raho" resolves
     * to the "David Raho" another comment or the post named.
     *
     * @param postBody     the post's text, or null
     * @param commentTexts the texts of all comments of the post
     */
    public MentionContext contextOf(String postBody, Collection<String> commentTexts) {
        MentionContext context = new MentionContext();
        List<String> texts = new ArrayList<>(commentTexts);
        if (postBody != null) {
            texts.add(postBody);
        }
        for (String text : texts) {
            learnWords(context, Tokens.of(text));
        }
        List<Span> titledSurnames = new ArrayList<>();
        for (String text : texts) {
            for (Span s : spans(text, Tokens.of(text), limit(text, Handles.find(text)), context::ordinaryWord)) {
                if (s.entity != null) {
                    learn(context, s, s.entity);
                } else {
                    titledSurnames.add(s); // resolved once every full name of the post is known
                }
            }
        }
        for (Span s : titledSurnames) {
            learn(context, s, resolveTitled(s, MentionContext.empty(), context));
        }
        for (String text : commentTexts) {
            Handles.find(text).ifPresent(so -> context.addHandle(so.handle(),
                    new Entity(personKey(so.handle()), so.asWritten(), Entity.Type.PERSON)));
        }
        return context;
    }

    /**
     * Returns the entities a text names, each once, with the words first written for it.
     *
     * @param fromId  the comment or post id the mentions come from
     * @param text    the text
     * @param context the post's context, or {@link MentionContext#empty()}
     */
    public List<Mention> find(String fromId, String text, MentionContext context) {
        List<Tokens.Token> tokens = Tokens.of(text);
        int limit = limit(text, Handles.find(text));
        MentionContext local = new MentionContext();
        learnWords(local, tokens);
        List<Span> spans = spans(text, tokens, limit, w -> local.ordinaryWord(w) || context.ordinaryWord(w));
        for (Span s : spans) {
            learn(local, s, s.entity);
        }
        Map<String, Mention> mentions = new LinkedHashMap<>();
        boolean[] covered = new boolean[tokens.size()];
        List<Hit> hits = new ArrayList<>();
        for (Span s : spans) {
            for (int k = s.from; k < s.to; k++) {
                covered[k] = true;
            }
            Entity e = s.entity != null ? s.entity : resolveTitled(s, local, context);
            hits.add(new Hit(tokens.get(s.from).start(), e, text.substring(tokens.get(s.from).start(),
                    tokens.get(s.to - 1).end())));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (covered[i] || t.start() >= limit) {
                continue;
            }
            loneName(t, local, context).ifPresent(e -> hits.add(new Hit(t.start(), e, t.text())));
        }
        hits.sort(Comparator.comparingInt(Hit::offset));
        for (Hit h : hits) {
            mentions.putIfAbsent(h.entity.key(), new Mention(fromId, h.entity, h.evidence));
        }
        return List.copyOf(mentions.values());
    }

    /** Returns the key of a person known by this name: {@code person:} and the name slugged. */
    static String personKey(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return "person:" + ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static int limit(String text, Optional<Handles.SignOff> signOff) {
        return signOff.map(Handles.SignOff::lineStart).orElse(text.length());
    }

    private static void learnWords(MentionContext context, List<Tokens.Token> tokens) {
        for (Tokens.Token t : tokens) {
            if (t.allLower() && t.text().chars().anyMatch(Character::isLetter)) {
                context.addLowerCaseWord(t.text());
            }
        }
    }

    /** Adds what a span teaches about names to a context. */
    private static void learn(MentionContext context, Span s, Entity resolved) {
        if (resolved == null) {
            return;
        }
        if (s.surname == null) {
            if (resolved.type() == Entity.Type.PERSON) {
                String[] parts = resolved.name().split("\\s+");
                if (parts.length >= 2) {
                    context.addPerson(resolved, parts[0], parts[parts.length - 1]);
                    return;
                }
            }
            context.addNamed(resolved);
        } else {
            context.addPerson(resolved, s.given, s.surname);
        }
    }

    /** Returns the matches of gazetteer aliases and name patterns, longest first at each word. */
    private List<Span> spans(String text, List<Tokens.Token> tokens, int limit, Predicate<String> ordinaryWord) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < limit) {
            Span best = null;
            Gazetteer.Match g = gazetteer.longestMatch(text, tokens, i);
            if (g != null) {
                best = new Span(g.from(), g.to(), g.entity(), null, null);
            }
            for (Span s : new Span[] {titled(text, tokens, i, ordinaryWord), fullName(text, tokens, i, ordinaryWord)}) {
                if (s != null && (best == null || s.to > best.to)) {
                    best = s;
                }
            }
            if (best != null && tokens.get(best.to - 1).start() < limit) {
                spans.add(best);
                i = best.to;
            } else {
                i++;
            }
        }
        return spans;
    }

    /** Returns "Title [Given] Surname" at token i, or null. */
    private Span titled(String text, List<Tokens.Token> tokens, int i, Predicate<String> ordinaryWord) {
        Tokens.Token title = tokens.get(i);
        if (!TITLES.contains(title.text()) || !follows(text, tokens, i, NameLexicon::titledSurname)) {
            return null;
        }
        if (follows(text, tokens, i + 1, NameLexicon::titledSurname)) {
            return discovered(i, i + 3, tokens.get(i + 1).text(), tokens.get(i + 2).text());
        }
        Tokens.Token name = tokens.get(i + 1);
        if (ordinaryWord.test(name.lower())) {
            return null; // "Mr Angry"
        }
        boolean givenToo = GIVEN_NAME_TITLES.contains(title.text());
        return new Span(i, i + 2, null, givenToo ? name.text() : null, name.text());
    }

    /** Returns "Given [Initial] Surname" at token i, or null. */
    private Span fullName(String text, List<Tokens.Token> tokens, int i, Predicate<String> ordinaryWord) {
        if (!NameLexicon.givenName(tokens.get(i)) || i + 1 >= tokens.size()) {
            return null;
        }
        int s = i + 1;
        Tokens.Token next = tokens.get(s);
        if (next.text().length() == 1 && next.capitalised() && s + 1 < tokens.size()
                && Tokens.nameGap(text, tokens.get(i), next)) {
            s++; // middle initial
        }
        if (!follows(text, tokens, s - 1, NameLexicon::namePart)
                || tokens.get(i).sentenceStart() && ordinaryWord.test(tokens.get(s).lower())) {
            return null; // "Glenys Told Off": a line in title case says nothing about the second word
        }
        Gazetteer.Match org = gazetteer.longestMatch(text, tokens, s);
        if (org != null && org.entity().type() == Entity.Type.ORGANISATION) {
            return null;
        }
        return discovered(i, s + 1, tokens.get(i).text(), tokens.get(s).text());
    }

    /** Returns true when token i+1 follows token i within a name and passes the test. */
    private static boolean follows(String text, List<Tokens.Token> tokens, int i, Predicate<Tokens.Token> part) {
        return i + 1 < tokens.size() && Tokens.nameGap(text, tokens.get(i), tokens.get(i + 1))
                && part.test(tokens.get(i + 1));
    }

    private Span discovered(int from, int to, String given, String surname) {
        String name = given + " " + surname;
        String key = personKey(name);
        Entity e = gazetteer.entity(key).orElseGet(() -> new Entity(key, name, Entity.Type.PERSON));
        return new Span(from, to, e, given, surname);
    }

    /** Resolves "Mr Lawrence": the text, the post, the only gazetteer person of that surname, or a new person. */
    private Entity resolveTitled(Span s, MentionContext local, MentionContext thread) {
        if (s.entity != null) {
            return s.entity;
        }
        for (MentionContext c : List.of(local, thread)) {
            Optional<Entity> e = s.given != null ? c.byShortName(s.surname) : c.bySurname(s.surname);
            if (e.isPresent()) {
                return e.get();
            }
        }
        return gazetteer.onlyPersonWithSurname(s.surname)
                .orElseGet(() -> new Entity(personKey(s.surname), s.surname, Entity.Type.PERSON));
    }

    /** Resolves a lone capitalised word against the text's own names, then the post's. */
    private static Optional<Entity> loneName(Tokens.Token t, MentionContext local, MentionContext thread) {
        boolean nameLike = NameLexicon.namePart(t) || t.allCaps() && t.text().length() >= 2;
        if (!nameLike || NameLexicon.wordlike(t)
                || t.sentenceStart() && (local.ordinaryWord(t.lower()) || thread.ordinaryWord(t.lower()))) {
            return Optional.empty();
        }
        Optional<Entity> e = local.byShortName(t.text());
        return e.isPresent() ? e : thread.byShortName(t.text());
    }

    /**
     * A run of words naming one entity.
     *
     * @param entity  the entity, or null for a title with a surname still to resolve
     * @param given   the given name when the words show one
     * @param surname the surname when the words show one
     */
    private record Span(int from, int to, Entity entity, String given, String surname) {
    }

    private record Hit(int offset, Entity entity, String evidence) {
    }
}
