package org.threadgraph.stance;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.threadgraph.model.Stance;

/**
 * Infers stance from attitudes toward an entity that response and target both name: attacking or
 * defending it alike is agreement ("Napo is in intensive care" after "Napo doing nothing"), opposite
 * attitudes are disagreement. An entity is a capitalised word both texts use, capitalised mid-sentence or
 * written in capitals in at least one of them; {@code shared-ignore.txt} lists words never taken. Long
 * targets (posts) are not compared: they name an entity in many roles.
 */
final class SharedAttitude {

    private final LexiconEntityAttitude reader;
    private final Set<String> ignore;
    private final double weight;
    private final int targetMaxWords;

    SharedAttitude(LexiconEntityAttitude reader, Set<String> ignore, double weight, int targetMaxWords) {
        this.reader = reader;
        this.ignore = ignore;
        this.weight = weight;
        this.targetMaxWords = targetMaxWords;
    }

    /** Returns the strongest shared-attitude cue, or empty when no shared entity has an attitude in both. */
    Optional<Cue> cue(String responseText, Passage response, String targetText, Passage target) {
        if (target.wordCount() > targetMaxWords) {
            return Optional.empty();
        }
        Set<String> shared = names(response, false);
        shared.retainAll(names(target, false));
        Set<String> confirmed = names(response, true);
        confirmed.addAll(names(target, true));
        shared.retainAll(confirmed);
        Cue best = null;
        double bestScore = 0;
        for (String name : shared) {
            Stance mine = reader.attitude(responseText, name);
            Stance theirs = reader.attitude(targetText, name);
            if (mine.label() == Stance.Label.NEUTRAL || theirs.label() == Stance.Label.NEUTRAL) {
                continue;
            }
            double score = mine.confidence() * theirs.confidence();
            if (score > bestScore) {
                bestScore = score;
                Stance.Label polarity = mine.label() == theirs.label() ? Stance.Label.AGREE : Stance.Label.DISAGREE;
                String words = name + ": \"" + mine.evidence() + "\" / \"" + theirs.evidence() + "\"";
                best = new Cue(StanceRules.Families.SHARED_ATTITUDE, polarity, -1, -1, -1, words, weight, null);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns the capitalised words of the passage, lower-cased; when {@code confirmed}, only those that
     * cannot owe their capital to opening a sentence (written mid-sentence, or all in capitals).
     */
    private Set<String> names(Passage p, boolean confirmed) {
        Set<String> names = new LinkedHashSet<>();
        for (Sentence s : p.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                boolean capital = t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().charAt(0));
                boolean sure = i != s.contentStart() || capitals(t.text());
                if (capital && (sure || !confirmed) && !ignore.contains(t.norm())) {
                    names.add(withoutPossessive(t.norm()));
                }
            }
        }
        return names;
    }

    /** Drops a closing 's (tokens hold no line breaks, so this is what replaceAll("'s$", "") did, without a regex). */
    static String withoutPossessive(String norm) {
        return norm.endsWith("'s") ? norm.substring(0, norm.length() - 2) : norm;
    }

    private static boolean capitals(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }
}
