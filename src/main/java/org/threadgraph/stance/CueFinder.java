package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threadgraph.model.Stance;

/**
 * Finds the stance cues of a response: matches every cue family, keeps the most specific of overlapping
 * matches, flips negated cues and marks those that do not count (in a question, aimed at a third party,
 * or mocking the people a reported target quotes).
 */
final class CueFinder {

    private final StanceRules rules;
    /** The patterns of each family of {@link StanceRules#families}, indexed. */
    private final List<PatternIndex> familyPatterns;
    private final PatternIndex thirdParty;

    CueFinder(StanceRules rules) {
        this.rules = rules;
        this.familyPatterns = rules.families.stream().map(f -> new PatternIndex(f.patterns())).toList();
        this.thirdParty = new PatternIndex(rules.thirdParty);
    }

    /** Returns the cues of {@code response}, in text order; {@code targetIsReport} as decided by {@link Reposts}. */
    List<Cue> find(Passage response, boolean targetIsReport) {
        List<Cue> cues = new ArrayList<>();
        List<Sentence> sentences = response.sentences();
        for (Sentence s : sentences) {
            boolean afterQuestion = s.index() > 0 && sentences.get(s.index() - 1).question();
            List<Candidate> candidates = new ArrayList<>();
            for (int f = 0; f < rules.families.size(); f++) {
                CueFamily family = rules.families.get(f);
                if (applies(family, s, afterQuestion)) {
                    for (CuePattern p : familyPatterns.get(f).candidates(s)) {
                        for (CuePattern.Match m : p.find(s, CuePattern.Context.NONE)) {
                            candidates.add(new Candidate(family, f, m));
                        }
                    }
                }
            }
            for (Candidate c : mostSpecific(candidates)) {
                cues.add(cue(response, s, c, targetIsReport));
            }
        }
        return cues;
    }

    private boolean applies(CueFamily family, Sentence s, boolean afterQuestion) {
        if (family.openingOnly() && s.index() >= rules.openingSentences && !addresses(s)) {
            return false;
        }
        return switch (family.condition()) {
            case NONE -> true;
            case CLOCK -> s.index() == 0 && s.clockAddress();
            case AFTER_QUESTION -> afterQuestion;
        };
    }

    /** True when the sentence speaks to the target: a second-person word outside quotations. */
    private boolean addresses(Sentence s) {
        return s.tokens().stream().anyMatch(t -> !t.quoted() && rules.secondPerson.contains(t.norm()));
    }

    private Cue cue(Passage response, Sentence s, Candidate c, boolean targetIsReport) {
        CuePattern.Match m = c.match();
        Stance.Label polarity = c.family().polarity();
        String family = c.family().name();
        int negator = Negation.negator(s, m, rules.negators, rules.contrast);
        int from = m.start();
        if (negator >= 0) {
            polarity = polarity == Stance.Label.AGREE ? Stance.Label.DISAGREE : Stance.Label.AGREE;
            family = StanceRules.Families.NEGATED;
            from = Math.min(from, negator);
        }
        String suppressed = null;
        if (s.question() && !c.family().keepInQuestion()) {
            suppressed = StanceRules.Families.QUESTION;
        } else if (thirdParty(s, m)) {
            suppressed = StanceRules.Families.THIRD_PARTY;
        } else if (targetIsReport && !c.family().keepOnReport()) {
            suppressed = StanceRules.Families.REPORT_TARGET;
        }
        return new Cue(family, polarity, s.index(), m.start(), m.end(), response.words(s, from, m.end() - 1),
                rules.positionWeight(s.index()), suppressed);
    }

    private boolean thirdParty(Sentence s, CuePattern.Match m) {
        CuePattern.Context context = new CuePattern.Context(m.start(), m.end(), List.of(), Set.of());
        for (CuePattern p : thirdParty.candidates(s)) {
            if (!p.find(s, context).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of overlapping candidates keeps the one with most exact words, then the longest, then the earliest
     * family; overlapping candidates of the same polarity widen its evidence and bring their wildcards, so a negator
     * in either counts ("I don't agree with you").
     */
    private static List<Candidate> mostSpecific(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.match().literals())
                .thenComparingInt(c -> -(c.match().end() - c.match().start()))
                .thenComparingInt(Candidate::order));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> overlaps(k.match(), c.match()))) {
                kept.add(c);
            }
        }
        List<Candidate> widened = new ArrayList<>();
        for (Candidate k : kept) {
            CuePattern.Match m = k.match();
            for (Candidate c : candidates) {
                if (c.family().polarity() == k.family().polarity() && overlaps(c.match(), m)) {
                    Set<Integer> wildcards = new HashSet<>(m.wildcards());
                    wildcards.addAll(c.match().wildcards());
                    m = new CuePattern.Match(Math.min(m.start(), c.match().start()), Math.max(m.end(), c.match().end()),
                            wildcards, m.literals());
                }
            }
            widened.add(new Candidate(k.family(), k.order(), m));
        }
        widened.sort(Comparator.comparingInt(c -> c.match().start()));
        return widened;
    }

    private static boolean overlaps(CuePattern.Match a, CuePattern.Match b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private record Candidate(CueFamily family, int order, CuePattern.Match match) {
    }
}
