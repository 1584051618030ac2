package org.threadgraph.cli;

import java.io.PrintWriter;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.pipeline.Pipeline;
import org.threadgraph.pipeline.PipelineListener;
import org.threadgraph.store.Database;

/**
 * Brings the blog-wide figures up to date before a command shows them: ingest and crawl refresh a
 * changed post's own analysis but leave the blog-wide figures lagging (see
 * {@link Pipeline#refreshBlogFigures}).
 */
final class FreshBlogFigures {

    private FreshBlogFigures() {
    }

    /** Recomputes the blog-wide figures if they lag, saying so on {@code err}. */
    static void ensure(Database db, PrintWriter err) {
        int behind = new Pipeline(db, Gazetteer.bundled(), PipelineListener.NONE).refreshBlogFigures();
        if (behind > 0) {
            err.println("recomputed the blog-wide figures first: they did not count " + behind + " changed post"
                    + (behind == 1 ? "" : "s") + " yet");
        }
    }
}
