package org.threadgraph.model;

import java.util.Objects;

/**
 * A person or organisation that comments talk about.
 *
 * @param key  stable key, e.g. {@code org:napo-london-branch}, {@code person:david-raho}
 * @param name canonical name
 * @param type person or organisation
 */
public record Entity(String key, String name, Type type) {

    /** What kind of entity. */
    public enum Type { PERSON, ORGANISATION }

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
