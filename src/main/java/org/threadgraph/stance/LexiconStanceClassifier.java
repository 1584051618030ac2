package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threadgraph.model.Stance;

/**
 * A transparent stance classifier built from the cue files and rules under {@code stance/} on the class
 * path (see {@code stance/README.txt}).
 *
 * <p>In order: a bare link or a marked repost ("From Twitter:-") is neutral; otherwise the cues of every
 * family are found in the response outside quotation marks, negated cues flip, cues in questions, cues
 * aimed at a third party and mockery of people a reported target quotes are set aside, and an opening
 * "Agreed, but" becomes a concession; a same or opposite attitude toward an entity both texts name adds a
 * weaker cue. Each counted cue scores its family's measured precision times the weight of its sentence's
 * position; the larger side wins. Confidence is the deciding family's precision, times the deciding cue's
 * position weight, times the winning side's share of the margin. With no cue the answer is neutral, with
 * the (low) measured precision of that outcome as its confidence.
 */
public final class LexiconStanceClassifier implements StanceClassifier {

    private final StanceRules rules;
    private final Reposts reposts;
    private final CueFinder finder;
    private final Concessions concessions;
    private final SharedAttitude shared;

    /** Creates a classifier from the rules bundled under {@code stance/}. */
    public LexiconStanceClassifier() {
        this(StanceRules.load("stance/"), EntityRules.load("stance/"));
    }

    LexiconStanceClassifier(StanceRules rules, EntityRules entityRules) {
        this.rules = rules;
        this.reposts = new Reposts(rules);
        this.finder = new CueFinder(rules);
        this.concessions = new Concessions(rules);
        this.shared = new SharedAttitude(new LexiconEntityAttitude(entityRules), rules.sharedIgnore,
                rules.sharedWeight, rules.sharedTargetMaxWords);
    }

    /** {@inheritDoc} */
    @Override
    public Stance classify(String responseText, String targetText) {
        return decide(responseText, targetText).stance();
    }

    /** Returns the stance with the family that decided it and the cues considered. */
    Decision decide(String responseText, String targetText) {
        return decide(new PairText(responseText, rules.address), new PairText(targetText, rules.address));
    }

    /** Returns the patterns of an opening address, with which the passages of {@link PairText}s must be cut. */
    List<CuePattern> address() {
        return rules.address;
    }

    /** Returns the decision on a pair whose texts' passages are cut with {@link #address()}. */
    Decision decide(PairText responseText, PairText targetText) {
        String responseWords = responseText.raw();
        String targetWords = targetText.raw();
        Passage response = responseText.passage();
        Optional<String> link = reposts.bareLink(response);
        if (link.isPresent()) {
            return neutral(StanceRules.Families.INFORMATIONAL, link.get(), List.of());
        }
        Optional<String> marker = reposts.marker(response);
        if (marker.isPresent()) {
            return neutral(StanceRules.Families.INFORMATIONAL, marker.get(), List.of());
        }
        Passage target = targetText.passage();
        List<Cue> cues = new ArrayList<>(concessions.apply(response, finder.find(response, targetText.report(reposts))));
        shared.cue(responseWords, response, targetWords, target).ifPresent(cues::add);
        if (cues.stream().noneMatch(Cue::live)) {
            return noLiveCue(response, cues);
        }
        return Tally.decide(cues, rules.confidence::of, StanceRules.Families.CONFLICT);
    }

    private Decision noLiveCue(Passage response, List<Cue> cues) {
        if (!cues.isEmpty()) {
            Cue first = cues.get(0);
            return neutral(first.suppressedBy(), first.words(), cues);
        }
        if (reposts.mostlyQuoted(response)) {
            return neutral(StanceRules.Families.INFORMATIONAL, "no stance cue: mostly quoted or reposted text", cues);
        }
        return neutral(StanceRules.Families.NONE, "no agreement or disagreement cue", cues);
    }

    private Decision neutral(String family, String evidence, List<Cue> cues) {
        return new Decision(new Stance(Stance.Label.NEUTRAL, rules.confidence.of(family), evidence), family, cues);
    }
}
