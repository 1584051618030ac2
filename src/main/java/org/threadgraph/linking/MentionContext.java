package org.threadgraph.linking;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threadgraph.model.Entity;

/**
 * Holds what the texts of one post (its body and all its comments) have already named: the people named in
 * full, whose surname or given name alone then refers to them ("Raho" after "David Raho"), the
 * handles commenters sign with, and the words the thread writes in lower case (so that a capitalised
 * "Will" opening a sentence is not taken for a name). Build one per post with
 * {@link MentionFinder#contextOf}; memory is proportional to the distinct words of the post.
 */
public final class MentionContext {

    private static final MentionContext EMPTY = new MentionContext();

    private final Map<String, Set<Entity>> surnames = new HashMap<>();
    private final Map<String, Set<Entity>> givenNames = new HashMap<>();
    private final Map<String, Entity> handles = new HashMap<>();
    private final Set<String> lowerCaseWords = new HashSet<>();
    private final Set<Entity> named = new LinkedHashSet<>();

    MentionContext() {
    }

    /** Returns a context that knows no names, for a text read on its own. */
    public static MentionContext empty() {
        return EMPTY;
    }

    /** Returns the people and organisations the post's texts name, in the order first named. */
    public Set<Entity> named() {
        return Collections.unmodifiableSet(named);
    }

    /** Returns the handles commenters of the post sign with, normalised as {@link Handles} does. */
    public Set<String> handles() {
        return Collections.unmodifiableSet(handles.keySet());
    }

    void addNamed(Entity entity) {
        named.add(entity);
    }

    void addPerson(Entity person, String givenName, String surname) {
        named.add(person);
        if (givenName != null) {
            givenNames.computeIfAbsent(givenName.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(person);
        }
        if (surname != null) {
            surnames.computeIfAbsent(surname.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(person);
        }
    }

    void addHandle(String handle, Entity person) {
        handles.putIfAbsent(handle, person);
    }

    void addLowerCaseWord(String word) {
        lowerCaseWords.add(word);
    }

    /** Returns true when the thread writes this word in lower case somewhere: it is an ordinary word. */
    boolean ordinaryWord(String lower) {
        return lowerCaseWords.contains(lower);
    }

    /** Returns the only person named in full whose surname this is. */
    Optional<Entity> bySurname(String word) {
        return only(surnames.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of()));
    }

    /** Returns the only person named in full whose surname or given name this is, else the handle. */
    Optional<Entity> byShortName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<Entity> people = new LinkedHashSet<>();
        people.addAll(surnames.getOrDefault(lower, Set.of()));
        people.addAll(givenNames.getOrDefault(lower, Set.of()));
        if (people.isEmpty()) {
            return Optional.ofNullable(handles.get(lower));
        }
        return only(people);
    }

    private static Optional<Entity> only(Set<Entity> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }
}
