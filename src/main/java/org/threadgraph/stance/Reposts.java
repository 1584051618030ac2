package org.threadgraph.stance;

import java.util.Optional;

/**
 * Recognises texts that carry someone else's words rather than a stance of their own: a bare link, a
 * repost opened by a marker such as "From Twitter:-", a text mostly in quotation marks, or (as a target)
 * a report with no first- or second-person word at all.
 */
final class Reposts {

    private final StanceRules rules;

    Reposts(StanceRules rules) {
        this.rules = rules;
    }

    /** Returns the link when the text is a link with at most a signature besides. */
    Optional<String> bareLink(Passage p) {
        if (!p.links().isEmpty() && p.wordCount() <= rules.bareLinkMaxWords) {
            return Optional.of(p.links().get(0));
        }
        return Optional.empty();
    }

    /** Returns the marker words when the first sentence opens a repost. */
    Optional<String> marker(Passage p) {
        if (p.sentences().isEmpty()) {
            return Optional.empty();
        }
        Sentence first = p.sentences().get(0);
        for (CuePattern pattern : rules.informational) {
            CuePattern.Match m = pattern.matchAt(first, first.contentStart(), CuePattern.Context.NONE);
            if (m != null) {
                return Optional.of(p.words(first, m.start(), m.end() - 1));
            }
        }
        return Optional.empty();
    }

    /** Returns true when most of the words are inside quotation marks. */
    boolean mostlyQuoted(Passage p) {
        int words = p.wordCount();
        return words > 0 && p.quotedWordCount() >= rules.repostQuotedShare * words;
    }

    /** Returns true when a target only passes on others' words, so mockery in a reply is aimed at them. */
    boolean report(Passage target) {
        if (bareLink(target).isPresent() || marker(target).isPresent() || mostlyQuoted(target)) {
            return true;
        }
        boolean personal = target.sentences().stream().flatMap(s -> s.tokens().stream())
                .anyMatch(t -> !t.quoted() && (rules.firstPerson.contains(t.norm())
                        || rules.secondPerson.contains(t.norm())));
        return !personal && target.wordCount() >= rules.reportMinWords;
    }
}
