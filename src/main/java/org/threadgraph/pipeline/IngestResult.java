package org.threadgraph.pipeline;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an ingest did.
 *
 * @param outcomes     one per input, in input order
 * @param changedPosts ids (as stored, after merging copies) of the posts written because they are new or changed
 * @param unchangedThreads threads read that were stored exactly so already, and not written again
 * @param links        the link run over the changed posts, or null when linking was not asked for or nothing changed
 * @param refreshed    posts whose earlier analysis was refreshed because they changed, empty when none
 * @param blogFiguresBehind changed posts that the stored blog-wide figures do not count yet (they are
 *                     recomputed lazily, see {@link Pipeline#refreshBlogFigures}); 0 when none were refreshed
 * @param writePath    how what was read was stored: Neo4j's bulk importer or Cypher transactions
 */
public record IngestResult(List<DocumentOutcome> outcomes, Set<String> changedPosts, int unchangedThreads,
                           LinkTotals links, Set<String> refreshed, int blogFiguresBehind, WritePath writePath) {
    public IngestResult {
        outcomes = List.copyOf(outcomes);
        changedPosts = Collections.unmodifiableSet(new LinkedHashSet<>(changedPosts));
        refreshed = Collections.unmodifiableSet(new LinkedHashSet<>(refreshed));
    }

    /** Returns the inputs that could not be read or stored. */
    public List<DocumentOutcome.Failed> failures() {
        return outcomes.stream().filter(o -> o instanceof DocumentOutcome.Failed)
                .map(o -> (DocumentOutcome.Failed) o).toList();
    }
}
