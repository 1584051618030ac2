package org.threadgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.threadgraph.render.Counts;
import java.util.Map;
import org.threadgraph.analysis.Camp;
import org.threadgraph.analysis.DepthStats;
import org.threadgraph.analysis.EntityCount;
import org.threadgraph.analysis.ParticipantRank;
import org.threadgraph.pipeline.AnalysisResult;
import org.threadgraph.pipeline.PostAnalysis;
import org.threadgraph.pipeline.PostHighlights;

/** Prints what an analysis found in a form a reader can act on: deepest threads, central participants, camps. */
final class AnalysisSummary {

    private static final int TOP = 5;

    private AnalysisSummary() {
    }

    /** Prints the threads with the longest chains of comments answering each other. */
    private static void printDeepest(List<PostHighlights.DeepThread> deepest, PrintWriter out) {
        out.println();
        out.println("Deepest threads (real depth: the longest chain of comments answering each other)");
        for (PostHighlights.DeepThread t : deepest) {
            DepthStats b = t.block();
            out.printf("  real depth %d (structural %d), %d comments, %d participants%s  in \"%s\"%n"
                            + "      chain: %s%n", b.realDepth(), b.structuralDepth(), b.size(), b.participants(),
                    duration(b.duration()), t.title(), String.join(" → ", t.chain()));
        }
    }

    static void print(AnalysisResult result, PrintWriter out) {
        PostHighlights posts = result.posts();
        List<ParticipantRank> ranking = result.ranking();
        List<EntityCount> entities = result.entities();
        if (posts.posts() > 0) {
            printDeepest(posts.deepest(), out);
        }
        List<String> topKeys = ranking.stream().sorted(Comparator.comparingInt(ParticipantRank::pageRankRank)
                .thenComparing(ParticipantRank::participant)).limit(TOP).map(ParticipantRank::participant).toList();
        Map<String, String> labels = result.participantLabels();
        Map<String, ParticipantRank> byKey = new HashMap<>();
        ranking.forEach(r -> byKey.put(r.participant(), r));
        out.println();
        out.printf("Central participants (blog-wide, %d who answer or are answered; PageRank on who answers whom)%n",
                ranking.size());
        for (String key : topKeys) {
            ParticipantRank r = byKey.get(key);
            out.printf(Locale.ROOT, "  #%d %s  [%s]%n      PageRank %.3f, betweenness %.3f (rank %d), answered %s, "
                            + "answers %s%n", r.pageRankRank(), labels.getOrDefault(key, key), key, r.pageRank(),
                    r.betweenness(), r.betweennessRank(), Counts.times(Math.round(r.inDegree())),
                    Counts.times(Math.round(r.outDegree())));
        }
        out.println();
        out.println("Most discussed people and organisations (defended / attacked by the comments naming them)");
        entities.stream().limit(TOP).forEach(e -> out.printf("  %-32s %3d mentions, defended %d, attacked %d%n",
                e.name(), e.mentions(), e.defended(), e.attacked()));
        if (posts.posts() > 0) {
            printDivided(posts, out);
        }
    }

    /** Prints the posts with two sides or more, most polarised first. */
    private static void printDivided(PostHighlights posts, PrintWriter out) {
        out.println();
        out.println("Divided posts (camps from who agrees or disagrees with whom, and who defends or attacks whom)");
        if (posts.dividedPosts() == 0) {
            out.println("  none: no post has two sides of two or more comments each");
        }
        for (PostAnalysis p : posts.mostDivided()) {
            out.printf(Locale.ROOT, "  \"%s\": polarisation %.2f, %d camps%n", p.title(),
                    p.report().camps().polarisation(), p.report().camps().camps().size());
            for (Camp camp : p.report().camps().camps()) {
                out.printf("    camp %d (%s, %s): %s%n", camp.id(), Counts.of(camp.comments().size(), "comment"),
                        Counts.of(camp.participants().size(), "participant"), PostAnalysis.describe(camp));
            }
        }
        int more = posts.dividedPosts() - posts.mostDivided().size();
        if (more > 0) {
            out.println("  (" + Counts.of(more, "more divided post") + ", less polarised; every post's camps are "
                    + "stored: query --name camps-of-post)");
        }
        if (posts.exchangeOnlyPosts() > 0) {
            out.println("  (" + posts.exchangeOnlyPosts() + " more post(s) hold only one-to-one disagreements; their "
                    + "camps are stored too: query --name camps-of-post)");
        }
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        return hours >= 48 ? ", over " + d.toDays() + " days" : ", over " + hours + " h " + d.toMinutesPart() + " min";
    }
}
