package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import org.threadgraph.model.Stance;

/**
 * Turns an opening agreement followed by a contrast ("Agreed, but ...", "True. But ...") into a
 * disagreement: it agrees in form and disagrees in substance. It stays an agreement when what follows the
 * contrast goes further the same way or only qualifies the degree ("True, but even worse ...",
 * "I agree, not completely, but very largely").
 */
final class Concessions {

    private final StanceRules rules;

    Concessions(StanceRules rules) {
        this.rules = rules;
    }

    /** Returns the cues with an opening concession, if any, re-attributed to the concession family. */
    List<Cue> apply(Passage response, List<Cue> cues) {
        if (response.sentences().isEmpty()) {
            return cues;
        }
        Sentence first = response.sentences().get(0);
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.live() && c.sentence() == 0 && c.start() == first.contentStart()
                    && c.polarity() == Stance.Label.AGREE && !StanceRules.Families.NEGATED.equals(c.family())) {
                Cue rewritten = concede(response, c);
                if (rewritten != c) {
                    List<Cue> out = new ArrayList<>(cues);
                    out.set(i, rewritten);
                    return out;
                }
                return cues;
            }
        }
        return cues;
    }

    private Cue concede(Passage response, Cue agreement) {
        Sentence first = response.sentences().get(0);
        int contrast = contrastAfter(first, agreement.end());
        Sentence where = first;
        if (contrast < 0 && response.sentences().size() > 1) {
            Sentence second = response.sentences().get(1);
            if (rules.contrast.contains(second.tokens().get(second.contentStart()).norm())) {
                where = second;
                contrast = second.contentStart();
            }
        }
        if (contrast < 0 || keepsAgreement(where, where.nextWord(contrast + 1))) {
            return agreement;
        }
        String words = where == first ? response.words(first, agreement.start(), contrast)
                : agreement.words() + " ... " + where.tokens().get(contrast).text();
        return agreement.as(StanceRules.Families.CONCESSION, Stance.Label.DISAGREE, words);
    }

    private int contrastAfter(Sentence s, int from) {
        for (int i = from; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (t.isWord() && !t.quoted() && rules.contrast.contains(t.norm())) {
                return i;
            }
        }
        return -1;
    }

    private boolean keepsAgreement(Sentence s, int at) {
        return rules.butAgree.stream().anyMatch(p -> p.matchAt(s, at, CuePattern.Context.NONE) != null);
    }
}
