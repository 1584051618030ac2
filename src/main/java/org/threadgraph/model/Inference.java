package org.threadgraph.model;

import java.util.Objects;

/**
 * Why an inferred edge exists, so a user can audit it.
 *
 * @param method     the rule that made it, e.g. {@code clock}, {@code quotation}, {@code adjacency}
 * @param confidence 0..1, the measured or estimated chance that the edge is right
 * @param evidence   the words or facts that decided it, quoted from the comments
 */
public record Inference(String method, double confidence, String evidence) {

    public Inference {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(evidence, "evidence");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
    }
}
