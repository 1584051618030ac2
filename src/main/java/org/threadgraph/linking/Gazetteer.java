package org.threadgraph.linking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threadgraph.model.Entity;

/**
 * Lists known people and organisations with the ways comments write their names, editably. The
 * bundled list ({@code gazetteer.tsv} on the class path) covers the probation domain; a user file of
 * the same format adds entries or replaces entries with the same key. Each line holds, separated by
 * tabs: key, canonical name, type ({@code person} or {@code organisation}) and aliases separated by
 * {@code |}; {@code #} starts a comment line. How an alias matches is documented in the bundled file.
 */
public final class Gazetteer {

    /** Names the class-path location of the bundled gazetteer. */
    public static final String BUNDLED_RESOURCE = "/gazetteer.tsv";

    private final Map<String, Entry> entries;
    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entity>> personsBySurname = new HashMap<>();

    private Gazetteer(Map<String, Entry> entries) {
        this.entries = entries;
        for (Entry e : entries.values()) {
            for (Alias a : e.aliases) {
                byFirstWord.computeIfAbsent(a.words.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
            String[] parts = e.entity.name().split("\\s+");
            if (e.entity.type() == Entity.Type.PERSON && parts.length >= 2) {
                personsBySurname.computeIfAbsent(parts[parts.length - 1].toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(e.entity);
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> -a.words.size())));
    }

    /** Returns the gazetteer bundled with threadgraph. */
    public static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled gazetteer " + BUNDLED_RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(BUNDLED_RESOURCE, reader.lines().collect(Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
    }

    /** Reads a gazetteer file (UTF-8, the bundled file's format). */
    public static Gazetteer load(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses gazetteer lines.
     *
     * @param origin where the lines come from, named in error messages
     * @param lines  the lines
     * @throws IllegalArgumentException naming the line when a line is malformed or repeats a key
     */
    public static Gazetteer parse(String origin, List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (n + 1);
            String[] cols = line.split("\t");
            if (cols.length < 3 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalArgumentException(where + ": expected key, name, type and aliases separated by tabs");
            }
            Entity entity = new Entity(cols[0].strip(), cols[1].strip(), type(cols[2].strip(), where));
            if (entries.containsKey(entity.key())) {
                throw new IllegalArgumentException(where + ": key " + entity.key() + " appears twice");
            }
            List<Alias> aliases = new ArrayList<>();
            aliases.add(Alias.of(entity, entity.name()));
            if (cols.length > 3) {
                for (String alias : cols[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        aliases.add(Alias.of(entity, alias.strip()));
                    }
                }
            }
            entries.put(entity.key(), new Entry(entity, aliases));
        }
        return new Gazetteer(entries);
    }

    /** Returns this gazetteer with the entries of {@code other} added, replacing entries with the same key. */
    public Gazetteer with(Gazetteer other) {
        Map<String, Entry> merged = new LinkedHashMap<>(entries);
        merged.putAll(other.entries);
        return new Gazetteer(merged);
    }

    /** Returns the entities in file order. */
    public List<Entity> entities() {
        return entries.values().stream().map(e -> e.entity).toList();
    }

    /** Returns the entity with the given key, if listed. */
    public Optional<Entity> entity(String key) {
        return Optional.ofNullable(entries.get(key)).map(e -> e.entity);
    }

    /** Returns the longest alias match starting at token {@code i}, or null. */
    Match longestMatch(String text, List<Tokens.Token> tokens, int i) {
        List<Alias> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Alias a : candidates) {
            if (a.matches(text, tokens, i)) {
                return new Match(a.entity, i, i + a.words.size());
            }
        }
        return null;
    }

    /** Returns the only listed person with this surname, if exactly one. */
    Optional<Entity> onlyPersonWithSurname(String surname) {
        List<Entity> persons = personsBySurname.get(surname.toLowerCase(Locale.ROOT));
        return persons != null && persons.size() == 1 ? Optional.of(persons.get(0)) : Optional.empty();
    }

    private static Entity.Type type(String type, String where) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "person" -> Entity.Type.PERSON;
            case "organisation", "organization", "org" -> Entity.Type.ORGANISATION;
            default -> throw new IllegalArgumentException(where + ": type must be person or organisation: " + type);
        };
    }

    /**
     * A gazetteer match over tokens.
     *
     * @param entity the entity matched
     * @param from   index of the first token
     * @param to     index after the last token
     */
    record Match(Entity entity, int from, int to) {
    }

    private record Entry(Entity entity, List<Alias> aliases) {
    }

    /** How the words of an alias compare with the words of a text. */
    private enum CaseRule {
        /** Written in lower case in the gazetteer: any case matches. */
        ANY,
        /** One word with two or more capitals: as written or in capitals ("MoJ", "MOJ"). */
        ACRONYM,
        /** Otherwise: case-insensitive, but a capital in the alias needs a capital in the text. */
        CAPITALS
    }

    private record Alias(Entity entity, List<String> words, CaseRule rule, boolean notSentenceStart) {

        static Alias of(Entity entity, String written) {
            boolean notSentenceStart = written.startsWith("~");
            String alias = notSentenceStart ? written.substring(1) : written;
            List<String> words = Tokens.of(alias).stream().map(Tokens.Token::text).toList();
            if (words.isEmpty()) {
                throw new IllegalArgumentException("alias without words for " + entity.key() + ": " + written);
            }
            CaseRule rule;
            if (alias.equals(alias.toLowerCase(Locale.ROOT))) {
                rule = CaseRule.ANY;
            } else if (words.size() == 1 && alias.chars().filter(Character::isUpperCase).count() >= 2) {
                rule = CaseRule.ACRONYM;
            } else {
                rule = CaseRule.CAPITALS;
            }
            return new Alias(entity, words, rule, notSentenceStart);
        }

        boolean matches(String text, List<Tokens.Token> tokens, int i) {
            if (i + words.size() > tokens.size() || notSentenceStart && tokens.get(i).sentenceStart()) {
                return false;
            }
            for (int j = 0; j < words.size(); j++) {
                Tokens.Token t = tokens.get(i + j);
                if (!wordMatches(words.get(j), t.text())) {
                    return false;
                }
                if (j > 0 && !Tokens.nameGap(text, tokens.get(i + j - 1), t)) {
                    return false;
                }
            }
            return true;
        }

        private boolean wordMatches(String word, String written) {
            return switch (rule) {
                case ANY -> word.equalsIgnoreCase(written);
                case ACRONYM -> word.equals(written) || word.toUpperCase(Locale.ROOT).equals(written);
                case CAPITALS -> word.equalsIgnoreCase(written)
                        && (!Character.isUpperCase(word.codePointAt(0))
                            || Character.isUpperCase(written.codePointAt(0)));
            };
        }
    }
}
