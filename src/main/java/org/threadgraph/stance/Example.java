package org.threadgraph.stance;

/**
 * A hashed training pair.
 *
 * @param x      its features
 * @param label  the gold label's ordinal
 * @param weight how much it counts in training
 */
record Example(HashedPair x, int label, double weight) {
}
