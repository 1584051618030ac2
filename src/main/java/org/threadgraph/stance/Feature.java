package org.threadgraph.stance;

import java.util.Locale;

/**
 * One named feature of a (reply, target) pair before hashing.
 *
 * @param key      the hashed name, e.g. {@code "o:excellent points"}
 * @param template how a reader is told about it, {@code %s} standing for {@code text}, e.g. {@code "opens with '%s'"}
 * @param text     the words it stands for
 * @param value    its value, already scaled
 */
record Feature(String key, String template, String text, double value) {

    /** Creates a feature whose description is fixed. */
    Feature(String key, String display, double value) {
        this(key, display, "", value);
    }

    /** Returns what a reader is told when it decides a stance, e.g. {@code "opens with 'excellent points'"}. */
    String display() {
        return text.isEmpty() ? template : String.format(Locale.ROOT, template, text);
    }
}
