package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The part of a comment that speaks of an entity, as {@link LexiconEntityAttitude} reads it: the sentences
 * that name it, each with up to {@code continuation} following sentences that open with a pronoun ("They did
 * nothing."). The stance model reads this window rather than the whole comment, whose other sentences are
 * often about someone else.
 */
final class MentionWindow {

    private static final CuePattern MENTION = CuePattern.parse("{E}", "entity mention");

    private final Set<String> pronouns;
    private final int continuation;

    /** Uses the pronouns and continuation length of the bundled entity rules. */
    MentionWindow() {
        EntityRules rules = EntityRules.load("stance/");
        this.pronouns = rules.pronouns;
        this.continuation = rules.continuationSentences;
    }

    /** Returns the window's sentences joined by a blank, or empty when the text never names the entity. */
    String of(String text, String entityEvidence) {
        List<String> entity = LexiconEntityAttitude.entityWords(entityEvidence == null ? "" : entityEvidence);
        Passage passage = Passage.of(text == null ? "" : text, List.of());
        CuePattern.Context named = new CuePattern.Context(-1, -1, entity, Set.of());
        List<String> out = new ArrayList<>();
        int left = 0;
        for (Sentence s : passage.sentences()) {
            boolean names = !entity.isEmpty() && !MENTION.find(s, named).isEmpty();
            if (names) {
                left = continuation;
                out.add(passage.words(s, 0, s.tokens().size() - 1));
            } else if (left > 0 && pronouns.contains(s.tokens().get(s.contentStart()).norm())) {
                left--;
                out.add(passage.words(s, 0, s.tokens().size() - 1));
            } else {
                left = 0;
            }
        }
        return String.join(" ", out);
    }
}
