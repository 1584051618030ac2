package org.threadgraph.stance;

import java.util.Objects;
import org.threadgraph.model.Stance;

/**
 * A reply and the text it answers, with a person's stance label.
 *
 * @param reply  the answering text
 * @param target the text it answers
 * @param label  the gold stance
 * @param source where it comes from, e.g. {@code "debagreement-part-a.csv"} or {@code "seed thread 002"}
 */
public record LabelledPair(String reply, String target, Stance.Label label, String source) {

    public LabelledPair {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }
}
