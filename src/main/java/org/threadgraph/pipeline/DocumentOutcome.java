package org.threadgraph.pipeline;

import java.util.List;

/** What became of one input of an ingest. */
public sealed interface DocumentOutcome {

    /** Returns the file path or URL of the input. */
    String origin();

    /**
     * The input was read and what it holds is stored.
     *
     * @param posts distinct posts it held
     */
    record Stored(String origin, String format, int posts, int comments, int replies, int quotes,
                  List<String> warnings) implements DocumentOutcome {
        public Stored {
            warnings = List.copyOf(warnings);
        }
    }

    /** The input is the same as when it was last read; it was neither parsed nor written. */
    record Unchanged(String origin) implements DocumentOutcome {
    }

    /** The input could not be read or stored; the message names it and the place. */
    record Failed(String origin, String message) implements DocumentOutcome {
    }
}
