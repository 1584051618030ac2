package org.threadgraph.model;

import java.util.Objects;

/**
 * An inferred edge together with the stance judged on it: a response and how it relates to what it
 * answers, or a mention and whether the comment defends (agree) or attacks (disagree) the entity.
 *
 * @param edge   the response or mention
 * @param stance the judged stance
 * @param <T>    {@link Response} or {@link Mention}
 */
public record Judged<T>(T edge, Stance stance) {

    public Judged {
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(stance, "stance");
    }
}
