package org.threadgraph.pipeline;

/** Hears what the pipeline does while it runs; every method does nothing unless overridden. */
public interface PipelineListener {

    /** A listener that ignores everything. */
    PipelineListener NONE = new PipelineListener() {
    };

    /** One input was read, recognised as unchanged, or skipped as unreadable. */
    default void document(DocumentOutcome outcome) {
    }

    /** A stage ({@code ingest}, {@code link}, {@code analyse}) has done {@code done} of {@code total} items. */
    default void progress(String stage, long done, long total) {
    }

    /** Something worth telling the user, e.g. a fetcher's retry. */
    default void note(String message) {
    }
}
