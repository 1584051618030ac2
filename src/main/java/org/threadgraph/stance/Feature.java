package org.threadgraph.stance;

/**
 * One named feature of a (reply, target) pair before hashing.
 *
 * @param key     the hashed name, e.g. {@code "o:excellent points"}
 * @param display what a reader is told when it decides a stance, e.g. {@code "opens with 'excellent points'"}
 * @param value   its value, already scaled
 */
record Feature(String key, String display, double value) {
}
