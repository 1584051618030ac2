package org.threadgraph.model;

import java.util.Objects;

/**
 * A comment (or post) naming an entity.
 *
 * @param fromId   the comment or post id
 * @param entity   who or what is named
 * @param evidence the words as written, e.g. "Raho"
 */
public record Mention(String fromId, Entity entity, String evidence) {

    public Mention {
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(evidence, "evidence");
    }
}
