package org.threadgraph.stance;

import java.util.List;
import java.util.Properties;
import java.util.Set;

/** Everything the entity-attitude reader takes from {@code stance/}: praise, blame, frames and numbers. */
final class EntityRules {

    final List<CuePattern> praise;
    final List<CuePattern> blame;
    final List<CuePattern> defendFrames;
    final List<CuePattern> attackFrames;
    final Set<String> negators;
    final Set<String> pronouns;
    final Set<String> clauseBreaks;
    final int continuationSentences;
    final double continuationWeight;
    final Confidence confidence;

    private EntityRules(Resources r) {
        praise = r.patterns("entity-praise.txt");
        blame = r.patterns("entity-blame.txt");
        defendFrames = r.patterns("entity-defend.txt");
        attackFrames = r.patterns("entity-attack.txt");
        negators = r.words("negators.txt");
        pronouns = r.words("entity-pronouns.txt");
        clauseBreaks = r.words("entity-clause.txt");
        Properties p = r.properties("rules.properties");
        continuationSentences = (int) Resources.number(p, "entity.continuation.sentences");
        continuationWeight = Resources.number(p, "entity.continuation.weight");
        confidence = new Confidence(r, "entity.", Families.ALL);
    }

    /** Reads the rules from {@code folder} on the class path. */
    static EntityRules load(String folder) {
        return new EntityRules(new Resources(folder));
    }

    /** Names of the entity rule families. */
    static final class Families {
        static final String FRAME_DEFEND = "frame-defend";
        static final String FRAME_ATTACK = "frame-attack";
        static final String PRAISE = "praise";
        static final String BLAME = "blame";
        static final String NEGATED = "negated";
        static final String CONFLICT = "conflict";
        static final String NONE = "none";
        static final String NO_MENTION = "no-mention";
        static final List<String> ALL = List.of(FRAME_DEFEND, FRAME_ATTACK, PRAISE, BLAME, NEGATED, CONFLICT, NONE,
                NO_MENTION);

        private Families() {
        }
    }
}
