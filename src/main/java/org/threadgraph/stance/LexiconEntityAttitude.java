package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.threadgraph.model.Stance;

/**
 * A transparent entity-attitude reader built from the praise, blame and frame files under {@code stance/}.
 *
 * <p>Only the sentences that name the entity count, plus up to two following sentences that open with a
 * pronoun ("They did nothing."), weighed less. Frames that put the entity in a role decide first: a demand
 * on it ("London should get back to ..."), harm done by it ("attacks from Rogers"), support or sympathy for
 * it ("defend Napo", "attacks on Dino"). Praise and blame words count only in the clause that names the
 * entity, never across "but" or a semicolon, and flip when negated. Words in quotation marks never count.
 * Scoring and confidence are as for {@link LexiconStanceClassifier}, with the entity families' precision.
 */
public final class LexiconEntityAttitude implements EntityAttitude {

    private static final CuePattern MENTION = CuePattern.parse("{E}", "entity mention");

    private final EntityRules rules;
    private final PatternIndex praise;
    private final PatternIndex blame;
    private final PatternIndex defendFrames;
    private final PatternIndex attackFrames;

    /** Creates a reader from the rules bundled under {@code stance/}. */
    public LexiconEntityAttitude() {
        this(EntityRules.load("stance/"));
    }

    LexiconEntityAttitude(EntityRules rules) {
        this.rules = rules;
        this.praise = new PatternIndex(rules.praise);
        this.blame = new PatternIndex(rules.blame);
        this.defendFrames = new PatternIndex(rules.defendFrames);
        this.attackFrames = new PatternIndex(rules.attackFrames);
    }

    /** {@inheritDoc} */
    @Override
    public Stance attitude(String text, String entityEvidence) {
        return decide(text, entityEvidence).stance();
    }

    /** Returns the attitude with the family that decided it and the cues considered. */
    Decision decide(String text, String entityEvidence) {
        List<String> entity = entityWords(entityEvidence == null ? "" : entityEvidence);
        Passage passage = Passage.of(text == null ? "" : text, List.of());
        CuePattern.Context named = new CuePattern.Context(-1, -1, entity, Set.of());
        CuePattern.Context continued = new CuePattern.Context(-1, -1, entity, rules.pronouns);
        List<Cue> cues = new ArrayList<>();
        boolean mentioned = false;
        int continuation = 0;
        for (Sentence s : passage.sentences()) {
            List<CuePattern.Match> mentions = entity.isEmpty() ? List.of() : MENTION.find(s, named);
            if (!mentions.isEmpty()) {
                mentioned = true;
                continuation = rules.continuationSentences;
                cues.addAll(cues(passage, s, named, mentions.stream().map(CuePattern.Match::start).toList(), 1.0));
            } else if (continuation > 0 && rules.pronouns.contains(s.tokens().get(s.contentStart()).norm())) {
                continuation--;
                cues.addAll(cues(passage, s, continued, List.of(s.contentStart()), rules.continuationWeight));
            } else {
                continuation = 0;
            }
        }
        if (!mentioned) {
            return neutral(EntityRules.Families.NO_MENTION);
        }
        if (cues.isEmpty()) {
            return neutral(EntityRules.Families.NONE);
        }
        return Tally.decide(cues, rules.confidence::of, EntityRules.Families.CONFLICT);
    }

    private Decision neutral(String family) {
        return new Decision(new Stance(Stance.Label.NEUTRAL, rules.confidence.of(family),
                "no defending or attacking cue (" + family + ")"), family, List.of());
    }

    /** Returns the words of an entity as the rules match them: normalised, without a possessive "'s". */
    static List<String> entityWords(String evidence) {
        List<String> words = new ArrayList<>();
        for (Sentence s : Passage.of(evidence, List.of()).sentences()) {
            s.tokens().stream().filter(Token::isWord).forEach(t -> words.add(SharedAttitude.withoutPossessive(t.norm())));
        }
        return words;
    }

    /** Frames anywhere in the sentence, most specific first, then praise and blame in the clauses of the mentions. */
    private List<Cue> cues(Passage p, Sentence s, CuePattern.Context context, List<Integer> mentions, double weight) {
        List<Framed> framed = new ArrayList<>();
        frames(framed, s, context, defendFrames, Stance.Label.AGREE, EntityRules.Families.FRAME_DEFEND);
        frames(framed, s, context, attackFrames, Stance.Label.DISAGREE, EntityRules.Families.FRAME_ATTACK);
        framed.sort(Comparator.comparingInt((Framed f) -> -f.match().literals())
                .thenComparingInt(f -> f.match().start() - f.match().end()));
        List<Cue> out = new ArrayList<>();
        for (Framed f : framed) {
            add(out, cue(p, s, f.match(), f.polarity(), f.family(), weight));
        }
        for (int mention : mentions) {
            int[] clause = clause(p, s, mention);
            addWords(out, p, s, clause, praise, Stance.Label.AGREE, EntityRules.Families.PRAISE, weight);
            addWords(out, p, s, clause, blame, Stance.Label.DISAGREE, EntityRules.Families.BLAME, weight);
        }
        return out;
    }

    /** Returns the cue of a match, flipped to the negated family when a negator governs it. */
    private Cue cue(Passage p, Sentence s, CuePattern.Match m, Stance.Label polarity, String family, double weight) {
        int negator = Negation.negator(s, m, rules.negators, rules.clauseBreaks);
        if (negator < 0) {
            return new Cue(family, polarity, s.index(), m.start(), m.end(), p.words(s, m.start(), m.end() - 1), weight,
                    null);
        }
        Stance.Label flipped = polarity == Stance.Label.AGREE ? Stance.Label.DISAGREE : Stance.Label.AGREE;
        return new Cue(EntityRules.Families.NEGATED, flipped, s.index(), m.start(), m.end(),
                p.words(s, Math.min(negator, m.start()), m.end() - 1), weight, null);
    }

    private static void frames(List<Framed> out, Sentence s, CuePattern.Context context, PatternIndex frames,
                               Stance.Label polarity, String family) {
        for (CuePattern frame : frames.candidates(s)) {
            for (CuePattern.Match m : frame.find(s, context)) {
                out.add(new Framed(family, polarity, m));
            }
        }
    }

    private record Framed(String family, Stance.Label polarity, CuePattern.Match match) {
    }

    private void addWords(List<Cue> out, Passage p, Sentence s, int[] clause, PatternIndex words,
                          Stance.Label polarity, String family, double weight) {
        for (CuePattern word : words.candidates(s)) {
            for (CuePattern.Match m : word.find(s, CuePattern.Context.NONE)) {
                if (m.start() < clause[0] || m.end() > clause[1]) {
                    continue;
                }
                add(out, cue(p, s, m, polarity, family, weight));
            }
        }
    }

    /**
     * Adds a cue unless one already found in the same sentence overlaps it or it directly precedes one: frames
     * come first, and a word just before a frame describes the frame ("despicable attacks on Dino"), not the
     * entity.
     */
    private static void add(List<Cue> out, Cue cue) {
        boolean taken = out.stream().anyMatch(c -> c.sentence() == cue.sentence()
                && c.start() <= cue.end() && cue.start() < c.end());
        if (!taken) {
            out.add(cue);
        }
    }

    /** Returns [first, end) of the clause holding token {@code at}: bounded by clause words, ; : and spaced dashes. */
    private int[] clause(Passage p, Sentence s, int at) {
        List<Token> tokens = s.tokens();
        int first = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (breaks(p, tokens.get(i))) {
                first = i + 1;
                break;
            }
        }
        int end = tokens.size();
        for (int i = at + 1; i < tokens.size(); i++) {
            if (breaks(p, tokens.get(i))) {
                end = i;
                break;
            }
        }
        return new int[] {first, end};
    }

    private boolean breaks(Passage p, Token t) {
        if (t.isWord()) {
            return !t.quoted() && rules.clauseBreaks.contains(t.norm());
        }
        return ";:".contains(t.norm()) || ("-–—".contains(t.norm()) && p.spaced(t));
    }
}
