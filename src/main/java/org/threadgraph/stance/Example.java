package org.threadgraph.stance;

import org.threadgraph.model.Stance;

/**
 * A hashed training pair.
 *
 * @param x      its features
 * @param label  the gold label's ordinal
 * @param weight how much it counts in training
 * @param lexicon the cue lexicon's stance on the pair, kept to score the lexicon on the same pairs
 */
record Example(HashedPair x, int label, double weight, Stance lexicon) {
}
