package org.threadgraph.analysis;

import java.util.Objects;

/**
 * How much one person or organisation is discussed, and how.
 *
 * @param key       entity key
 * @param name      display name (the lexicographically first name seen, so input order does not matter)
 * @param mentions  attitude rows naming it (one per mention)
 * @param comments  distinct comments (or posts) naming it
 * @param defended  comments whose net attitude defends it
 * @param attacked  comments whose net attitude attacks it
 * @param neutral   comments that name it with no net attitude
 * @param rank      competition rank by mentions (1 = most discussed)
 */
public record EntityCount(String key, String name, long mentions, long comments, long defended, long attacked,
                          long neutral, int rank) {

    public EntityCount {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /**
     * Returns how contested the entity is: {@code min(defended, attacked) / max(defended, attacked)},
     * 1 when evenly defended and attacked, 0 when only one or neither.
     */
    public double contestedness() {
        long max = Math.max(defended, attacked);
        return max == 0 ? 0 : (double) Math.min(defended, attacked) / max;
    }
}
