package org.threadgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.threadgraph.render.Counts;
import java.util.Map;
import java.util.stream.Collectors;
import org.threadgraph.analysis.Camp;
import org.threadgraph.analysis.DepthStats;
import org.threadgraph.analysis.EntityCount;
import org.threadgraph.analysis.ParticipantRank;
import org.threadgraph.pipeline.AnalysisResult;
import org.threadgraph.pipeline.PostAnalysis;

/** Prints what an analysis found in a form a reader can act on: deepest threads, central participants, camps. */
final class AnalysisSummary {

    private static final int TOP = 5;

    private AnalysisSummary() {
    }

    /** Prints the threads with the longest chains of comments answering each other. */
    private static void printDeepest(List<PostAnalysis> results, PrintWriter out) {
        out.println();
        out.println("Deepest threads (real depth: the longest chain of comments answering each other)");
        results.stream().flatMap(p -> p.report().blocks().stream().map(b -> Map.entry(p, b)))
                .sorted(Comparator.comparingInt((Map.Entry<PostAnalysis, DepthStats> e) -> -e.getValue().realDepth())
                        .thenComparing(e -> -e.getValue().size()).thenComparing(e -> e.getValue().scopeId()))
                .limit(TOP)
                .forEach(e -> out.printf("  real depth %d (structural %d), %d comments, %d participants%s  in \"%s\"%n"
                                + "      chain: %s%n", e.getValue().realDepth(), e.getValue().structuralDepth(),
                        e.getValue().size(), e.getValue().participants(), duration(e.getValue().duration()),
                        e.getKey().title(), e.getValue().deepestChain().stream()
                                .map(id -> e.getKey().commentNames().getOrDefault(id, id)).collect(Collectors.joining(" → "))));
    }

    static void print(AnalysisResult result, PrintWriter out) {
        List<PostAnalysis> results = result.posts();
        List<ParticipantRank> ranking = result.ranking();
        List<EntityCount> entities = result.entities();
        if (!results.isEmpty()) {
            printDeepest(results, out);
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
        if (!results.isEmpty()) {
            printDivided(results, out);
        }
    }

    /** Prints the posts with two sides or more, most polarised first. */
    private static void printDivided(List<PostAnalysis> results, PrintWriter out) {
        out.println();
        List<PostAnalysis> divided = results.stream().filter(AnalysisSummary::divided)
                .sorted(Comparator.comparingDouble((PostAnalysis p) -> -p.report().camps().polarisation())).toList();
        long exchanges = results.stream().filter(p -> !p.report().camps().camps().isEmpty() && !divided(p)).count();
        out.println("Divided posts (camps from who agrees or disagrees with whom, and who defends or attacks whom)");
        if (divided.isEmpty()) {
            out.println("  none: no post has two sides of two or more comments each");
        }
        for (PostAnalysis p : divided) {
            out.printf(Locale.ROOT, "  \"%s\": polarisation %.2f, %d camps%n", p.title(),
                    p.report().camps().polarisation(), p.report().camps().camps().size());
            for (Camp camp : p.report().camps().camps()) {
                out.printf("    camp %d (%s, %s): %s%n", camp.id(), Counts.of(camp.comments().size(), "comment"),
                        Counts.of(camp.participants().size(), "participant"), PostAnalysis.describe(camp));
            }
        }
        if (exchanges > 0) {
            out.println("  (" + exchanges + " more post(s) hold only one-to-one disagreements; their camps are stored "
                    + "too: query --name camps-of-post)");
        }
    }

    /** A post is divided when at least two camps hold two or more comments each. */
    private static boolean divided(PostAnalysis p) {
        return p.report().camps().camps().stream().filter(c -> c.comments().size() >= 2).count() >= 2;
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        return hours >= 48 ? ", over " + d.toDays() + " days" : ", over " + hours + " h " + d.toMinutesPart() + " min";
    }
}
