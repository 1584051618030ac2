package org.threadgraph.analysis;

import java.util.Objects;

/**
 * How a group of comments treats one entity.
 *
 * @param key      entity key
 * @param name     display name
 * @param defended comments of the group defending it
 * @param attacked comments of the group attacking it
 */
public record EntityStance(String key, String name, int defended, int attacked) {

    public EntityStance {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
