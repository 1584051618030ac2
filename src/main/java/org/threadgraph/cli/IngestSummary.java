package org.threadgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.threadgraph.pipeline.DocumentOutcome;
import org.threadgraph.pipeline.IngestResult;
import org.threadgraph.pipeline.LinkTotals;
import org.threadgraph.pipeline.WritePath;
import org.threadgraph.sources.fetch.FeedUrls;

/** Prints what ingest, crawl and link did: a line per input, and the link totals. */
final class IngestSummary {

    private IngestSummary() {
    }

    static void print(DocumentOutcome outcome, PrintWriter out) {
        if (outcome instanceof DocumentOutcome.Failed f) {
            out.println("  skipped  " + f.message());
        } else if (outcome instanceof DocumentOutcome.Unchanged u) {
            out.printf("  %-32s unchanged, skipped%n", shorten(u.origin()));
        } else if (outcome instanceof DocumentOutcome.Stored s) {
            out.printf("  %-32s %-18s %d post%s, %d comments (%d top-level, %d replies), %d quotes%s%n",
                    shorten(s.origin()), s.format(), s.posts(), s.posts() == 1 ? "" : "s", s.comments(),
                    s.comments() - s.replies(), s.replies(), s.quotes(),
                    s.warnings().isEmpty() ? "" : ", " + s.warnings().size() + " warning"
                            + (s.warnings().size() == 1 ? "" : "s"));
            for (String w : s.warnings()) {
                out.println("      warning: " + w);
            }
        }
    }

    /** Prints how the ingest wrote, how linking went, and which analyses were refreshed. */
    static void print(IngestResult result, PrintWriter out) {
        print(result.writePath(), out);
        if (result.unchangedThreads() > 0) {
            out.println(result.unchangedThreads() + " post thread(s) read were stored exactly so already: not "
                    + "written again");
        }
        if (result.links() != null) {
            print(result.links(), out);
        } else if (result.changedPosts().isEmpty() && !result.outcomes().isEmpty()) {
            out.println("Nothing new or changed: links and analysis left as they were");
        }
        printRefreshed(result.refreshed().size(), result.blogFiguresBehind(), out);
    }

    /** Prints which analyses an ingest or crawl refreshed, and how far the blog-wide figures lag. */
    static void printRefreshed(int refreshed, int blogFiguresBehind, PrintWriter out) {
        if (refreshed > 0) {
            out.println("Analysis refreshed for " + posts(refreshed) + "; the blog-wide centrality, participant camps "
                    + "and entity counts do not count " + posts(blogFiguresBehind) + " yet: `analyse --blog` "
                    + "recomputes them, and report, export and view do so first");
        }
    }

    private static String posts(int n) {
        return n + " changed post" + (n == 1 ? "" : "s");
    }

    /** Prints which path stored what was read, and why. */
    static void print(WritePath path, PrintWriter out) {
        if (path.bulk()) {
            out.printf(Locale.ROOT, "Written by bulk import (neo4j-admin database import; %s): %,d nodes and %,d "
                            + "relationships in %.1f s, %,.0f/s%n", path.why(), path.nodes(), path.relationships(),
                    path.seconds(), (path.nodes() + path.relationships()) / Math.max(path.seconds(), 1e-3));
        } else {
            out.println("Written by Cypher transactions (not bulk import: " + path.why() + ")");
        }
    }

    static void print(LinkTotals t, PrintWriter out) {
        out.printf("Linked %d post%s: %d responses, %d mentions, %d links to posts; %d comments joined to a "
                        + "participant by evidence; %d quotes matched to their comments%n", t.posts(),
                t.posts() == 1 ? "" : "s", t.responses(), t.mentions(), t.references(), t.linkedComments(), t.quotes());
        for (String failure : t.failures()) {
            out.println("  not linked: " + failure);
        }
    }

    /**
     * Returns the last path segment of a file, or a URL's path and page count: the full path is in
     * the command line and in error messages.
     */
    private static String shorten(String origin) {
        if (FeedUrls.isHttpUrl(origin)) {
            String path = origin.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("\\?[^ ]*", "");
            return path.isEmpty() ? origin : path;
        }
        String name = origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? origin : name;
    }
}
