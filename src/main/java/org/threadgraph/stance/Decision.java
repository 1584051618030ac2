package org.threadgraph.stance;

import java.util.List;
import org.threadgraph.model.Stance;

/**
 * A stance with the rule family that decided it and every cue considered, for measurement and audit.
 *
 * @param stance the answer
 * @param family the deciding rule family
 * @param cues   the cues found, counted or not
 */
record Decision(Stance stance, String family, List<Cue> cues) {

    Decision {
        cues = List.copyOf(cues);
    }
}
