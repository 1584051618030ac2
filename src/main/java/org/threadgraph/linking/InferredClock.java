package org.threadgraph.linking;

import java.util.Objects;
import java.util.regex.Pattern;
import org.threadgraph.model.Inference;

/**
 * A clock time that a comment's source does not show but that the thread's own words establish,
 * e.g. in a text copy the first reply "Excellent points 21:54." filed under a comment tells that
 * comment was shown at 21:54.
 *
 * @param commentId the comment whose clock is inferred
 * @param clock     the inferred clock, "HH:mm"
 * @param inference method, confidence and the words that establish it
 */
public record InferredClock(String commentId, String clock, Inference inference) {

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    /**
     * Creates an inferred clock.
     *
     * @throws NullPointerException     if any argument is null
     * @throws IllegalArgumentException if {@code clock} is not a valid "HH:mm" time
     */
    public InferredClock {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(inference, "inference");
        if (!HH_MM.matcher(clock).matches()) {
            throw new IllegalArgumentException("clock must be HH:mm: " + clock);
        }
    }
}
