package org.threadgraph.analysis;

import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The blog-wide participant interactions, streamed as rows so that no comment needs to be in
 * memory: the store aggregates responses (with their stances) by writer pair and hands the rows
 * over one at a time. Rows for the same ordered pair may repeat (e.g. one per post): they are
 * summed. An input is consumed once.
 *
 * @param rows the rows, read once
 */
public record InteractionInput(Iterator<Row> rows) {

    public InteractionInput {
        Objects.requireNonNull(rows, "rows");
    }

    /** Returns an input over the given rows. */
    public static InteractionInput of(Iterable<Row> rows) {
        return new InteractionInput(rows.iterator());
    }

    /** Returns an input over a stream of rows (closed by the caller). */
    public static InteractionInput of(Stream<Row> rows) {
        return new InteractionInput(rows.iterator());
    }

    /**
     * How often one participant answered another, by stance.
     *
     * @param from     the answering participant
     * @param to       the participant answered
     * @param agree    responses labelled agree
     * @param disagree responses labelled disagree
     * @param neutral  responses labelled neutral
     */
    public record Row(String from, String to, long agree, long disagree, long neutral) {

        public Row {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (agree < 0 || disagree < 0 || neutral < 0) {
                throw new IllegalArgumentException("counts must be >= 0: " + agree + "/" + disagree + "/" + neutral);
            }
        }

        /** Returns the number of responses of any stance. */
        public long total() {
            return agree + disagree + neutral;
        }
    }
}
