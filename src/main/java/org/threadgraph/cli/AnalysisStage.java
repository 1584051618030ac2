package org.threadgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.threadgraph.analysis.BlogAnalysis;
import org.threadgraph.analysis.Camp;
import org.threadgraph.analysis.DepthStats;
import org.threadgraph.analysis.EntityAttitude;
import org.threadgraph.analysis.EntityCount;
import org.threadgraph.analysis.EntityDiscussion;
import org.threadgraph.analysis.EntityStance;
import org.threadgraph.analysis.InteractionInput;
import org.threadgraph.analysis.ParticipantCamp;
import org.threadgraph.analysis.ParticipantRank;
import org.threadgraph.analysis.PostCamps;
import org.threadgraph.analysis.ResponseLink;
import org.threadgraph.analysis.TermScore;
import org.threadgraph.analysis.ThreadAnalysis;
import org.threadgraph.analysis.ThreadComment;
import org.threadgraph.analysis.ThreadInput;
import org.threadgraph.analysis.ThreadReport;
import org.threadgraph.model.Stance;
import org.threadgraph.store.AnalysisStore;
import org.threadgraph.store.Database;

/**
 * Runs the analysis over stored posts, one post at a time, then blog-wide from interactions the
 * database aggregates, writes every result back to the graph and prints a summary a reader can act on.
 */
final class AnalysisStage {

    private static final int TOP = 5;

    /** One analysed post, kept (without its comments) for the summary. */
    private record PostResult(String postId, String title, ThreadReport report, Map<String, String> names) {
    }

    private final AnalysisStore store;

    AnalysisStage(Database db) {
        this.store = new AnalysisStore(db);
    }

    /** Analyses the posts and the blog, writes the results and prints the summary. */
    void run(List<String> postIds, PrintWriter out) {
        Map<String, String> titles = store.titles(postIds);
        List<PostResult> results = new ArrayList<>();
        for (String postId : postIds) {
            AnalysisStore.ThreadRows rows = store.read(postId);
            ThreadReport report = new ThreadAnalysis(input(rows)).report();
            writePost(report);
            results.add(new PostResult(postId, titles.getOrDefault(postId, postId), summaryOnly(report),
                    commentNames(rows)));
        }
        BlogAnalysis blog = BlogAnalysis.of(InteractionInput.of(interactions()));
        List<ParticipantRank> ranking = blog.centrality().getRanking();
        List<ParticipantCamp> blogCamps = blog.camps().getCamps();
        EntityDiscussion entities = new EntityDiscussion();
        List<EntityAttitude> chunk = new ArrayList<>();
        store.attitudes(a -> {
            chunk.add(attitude(a));
            if (chunk.size() == 10_000) {
                entities.add(chunk);
                chunk.clear();
            }
        });
        entities.add(chunk);
        writeBlog(ranking, blogCamps, entities.getCounts());
        printSummary(results, ranking, entities.getCounts(), out);
    }

    private List<InteractionInput.Row> interactions() {
        List<InteractionInput.Row> rows = new ArrayList<>();
        store.interactions(r -> rows.add(new InteractionInput.Row(r.from(), r.to(), r.agree(), r.disagree(),
                r.neutral())));
        return rows;
    }

    /** Names comments as readers do: "#5.2 (21:54)". */
    private static Map<String, String> commentNames(AnalysisStore.ThreadRows rows) {
        Map<String, String> names = new HashMap<>();
        for (AnalysisStore.CommentRow c : rows.comments()) {
            names.put(c.id(), (c.label() == null ? c.id() : "#" + c.label()) + (c.clock() == null ? "" : " (" + c.clock() + ")"));
        }
        return names;
    }

    private static ThreadInput input(AnalysisStore.ThreadRows rows) {
        List<ThreadComment> comments = rows.comments().stream().map(c -> new ThreadComment(c.id(), c.parentId(),
                c.writer(), c.published(), c.position(), c.text())).toList();
        List<ResponseLink> responses = rows.responses().stream().map(r -> new ResponseLink(r.fromId(), r.toId(),
                r.toPost(), label(r.stance()), r.stanceConfidence(), r.confidence())).toList();
        List<EntityAttitude> attitudes = rows.attitudes().stream().map(AnalysisStage::attitude).toList();
        return new ThreadInput(rows.postId(), comments, responses, attitudes);
    }

    private static EntityAttitude attitude(AnalysisStore.AttitudeRow a) {
        return new EntityAttitude(a.commentId(), a.entityKey(), a.entityName(), attitudeLabel(a.attitude()),
                a.confidence());
    }

    private void writePost(ThreadReport report) {
        DepthStats d = report.depth();
        Map<String, Object> post = depthProperties(d, "");
        PostCamps camps = report.camps();
        post.put("polarisation", camps.polarisation());
        post.put("camps", camps.camps().size());
        Map<String, Map<String, Object>> comments = new LinkedHashMap<>();
        for (DepthStats block : report.blocks()) {
            comments.put(block.scopeId(), depthProperties(block, "thread"));
        }
        Map<String, Map<String, Object>> active = new LinkedHashMap<>();
        for (ParticipantRank r : report.participants()) {
            active.put(r.participant(), rankProperties(r));
        }
        List<AnalysisStore.CampRow> campRows = new ArrayList<>();
        for (Camp camp : camps.camps()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", describe(camp));
            props.put("size", camp.comments().size());
            props.put("dispute", camp.dispute());
            props.put("terms", camp.topTerms().stream().map(TermScore::term).toList());
            props.put("defends", camp.defends().stream().map(EntityStance::name).toList());
            props.put("attacks", camp.attacks().stream().map(EntityStance::name).toList());
            props.put("participants", camp.participants().size());
            props.put("polarisation", camps.polarisation());
            campRows.add(new AnalysisStore.CampRow(report.postId() + "/camp-" + camp.id(), report.postId(), props,
                    camp.comments()));
        }
        store.writePost(report.postId(), post, comments, active, campRows);
    }

    private void writeBlog(List<ParticipantRank> ranking, List<ParticipantCamp> camps, List<EntityCount> entities) {
        Map<String, Map<String, Object>> participants = new LinkedHashMap<>();
        ranking.forEach(r -> participants.put(r.participant(), rankProperties(r)));
        List<AnalysisStore.CampRow> campRows = new ArrayList<>();
        for (ParticipantCamp camp : camps) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", "participants camp " + camp.id() + " of dispute " + camp.dispute());
            props.put("size", camp.participants().size());
            props.put("dispute", camp.dispute());
            props.put("agreeWithin", camp.agreeWithin());
            props.put("disagreeWithin", camp.disagreeWithin());
            props.put("agreeAcross", camp.agreeAcross());
            props.put("disagreeAcross", camp.disagreeAcross());
            campRows.add(new AnalysisStore.CampRow("blog/camp-" + camp.id(), "blog", props, camp.participants()));
        }
        Map<String, Map<String, Object>> entityProps = new LinkedHashMap<>();
        for (EntityCount e : entities) {
            entityProps.put(e.key(), Map.of("mentions", e.mentions(), "defended", e.defended(), "attacked",
                    e.attacked(), "neutral", e.neutral(), "rank", e.rank()));
        }
        store.writeBlog(participants, campRows, entityProps);
    }

    private static Map<String, Object> depthProperties(DepthStats d, String prefix) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(name(prefix, "structuralDepth"), d.structuralDepth());
        props.put(name(prefix, "realDepth"), d.realDepth());
        props.put(name(prefix, "size"), d.size());
        props.put(name(prefix, "participants"), d.participants());
        if (d.duration() != null) {
            props.put(name(prefix, "durationMinutes"), d.duration().toMinutes());
        }
        props.put(name(prefix, "deepestChain"), d.deepestChain());
        return props;
    }

    private static String name(String prefix, String property) {
        return prefix.isEmpty() ? property
                : prefix + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private static Map<String, Object> rankProperties(ParticipantRank r) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("inDegree", r.inDegree());
        props.put("inDegreeRank", r.inDegreeRank());
        props.put("outDegree", r.outDegree());
        props.put("outDegreeRank", r.outDegreeRank());
        props.put("pagerank", r.pageRank());
        props.put("pagerankRank", r.pageRankRank());
        props.put("betweenness", r.betweenness());
        props.put("betweennessRank", r.betweennessRank());
        return props;
    }

    /** Says what a camp stands for in a few words: whom it defends and attacks, else its top terms. */
    static String describe(Camp camp) {
        List<String> parts = new ArrayList<>();
        if (!camp.defends().isEmpty()) {
            parts.add("defends " + camp.defends().stream().limit(3).map(EntityStance::name)
                    .collect(Collectors.joining(", ")));
        }
        if (!camp.attacks().isEmpty()) {
            parts.add("attacks " + camp.attacks().stream().limit(3).map(EntityStance::name)
                    .collect(Collectors.joining(", ")));
        }
        parts.add("words: " + camp.topTerms().stream().limit(4).map(TermScore::term).collect(Collectors.joining(", ")));
        return String.join("; ", parts);
    }

    private static ThreadReport summaryOnly(ThreadReport r) {
        return new ThreadReport(r.postId(), r.depth(), r.blocks(), r.participants().stream().limit(TOP).toList(),
                r.entities().stream().limit(TOP).toList(), r.camps(), r.warnings());
    }

    private void printSummary(List<PostResult> results, List<ParticipantRank> ranking, List<EntityCount> entities,
                              PrintWriter out) {
        out.println();
        out.println("Deepest threads (real depth: the longest chain of comments answering each other)");
        results.stream().flatMap(p -> p.report().blocks().stream().map(b -> Map.entry(p, b)))
                .sorted(Comparator.comparingInt((Map.Entry<PostResult, DepthStats> e) -> -e.getValue().realDepth())
                        .thenComparing(e -> -e.getValue().size()).thenComparing(e -> e.getValue().scopeId()))
                .limit(TOP)
                .forEach(e -> out.printf("  real depth %d (structural %d), %d comments, %d participants%s  in \"%s\"%n"
                                + "      chain: %s%n", e.getValue().realDepth(), e.getValue().structuralDepth(),
                        e.getValue().size(), e.getValue().participants(), duration(e.getValue().duration()),
                        e.getKey().title(), e.getValue().deepestChain().stream()
                                .map(id -> e.getKey().names().getOrDefault(id, id)).collect(Collectors.joining(" → "))));
        List<String> topKeys = ranking.stream().sorted(Comparator.comparingInt(ParticipantRank::pageRankRank)
                .thenComparing(ParticipantRank::participant)).limit(TOP).map(ParticipantRank::participant).toList();
        Map<String, String> labels = store.labels(topKeys);
        Map<String, ParticipantRank> byKey = new HashMap<>();
        ranking.forEach(r -> byKey.put(r.participant(), r));
        out.println();
        out.printf("Central participants (blog-wide, %d who answer or are answered; PageRank on who answers whom)%n",
                ranking.size());
        for (String key : topKeys) {
            ParticipantRank r = byKey.get(key);
            out.printf(Locale.ROOT, "  #%d %s  [%s]%n      PageRank %.3f, betweenness %.3f (rank %d), answered %.0f times, "
                            + "answers %.0f times%n", r.pageRankRank(), labels.getOrDefault(key, key), key, r.pageRank(),
                    r.betweenness(), r.betweennessRank(), r.inDegree(), r.outDegree());
        }
        out.println();
        out.println("Most discussed people and organisations (defended / attacked by the comments naming them)");
        entities.stream().limit(TOP).forEach(e -> out.printf("  %-32s %3d mentions, defended %d, attacked %d%n",
                e.name(), e.mentions(), e.defended(), e.attacked()));
        out.println();
        List<PostResult> divided = results.stream().filter(AnalysisStage::divided)
                .sorted(Comparator.comparingDouble((PostResult p) -> -p.report().camps().polarisation())).toList();
        long exchanges = results.stream().filter(p -> !p.report().camps().camps().isEmpty() && !divided(p)).count();
        out.println("Divided posts (camps from who agrees or disagrees with whom, and who defends or attacks whom)");
        if (divided.isEmpty()) {
            out.println("  none: no post has two sides of two or more comments each");
        }
        for (PostResult p : divided) {
            out.printf(Locale.ROOT, "  \"%s\": polarisation %.2f, %d camps%n", p.title(),
                    p.report().camps().polarisation(), p.report().camps().camps().size());
            for (Camp camp : p.report().camps().camps()) {
                out.printf("    camp %d (%d comments, %d participants): %s%n", camp.id(), camp.comments().size(),
                        camp.participants().size(), describe(camp));
            }
        }
        if (exchanges > 0) {
            out.println("  (" + exchanges + " more post(s) hold only one-to-one disagreements; their camps are stored "
                    + "too: query --name camps-of-post)");
        }
    }

    /** A post is divided when at least two camps hold two or more comments each. */
    private static boolean divided(PostResult p) {
        return p.report().camps().camps().stream().filter(c -> c.comments().size() >= 2).count() >= 2;
    }

    private static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long hours = d.toHours();
        return hours >= 48 ? ", over " + d.toDays() + " days" : ", over " + hours + " h " + d.toMinutesPart() + " min";
    }

    private static Stance.Label label(String stance) {
        return switch (stance) {
            case "agree" -> Stance.Label.AGREE;
            case "disagree" -> Stance.Label.DISAGREE;
            default -> Stance.Label.NEUTRAL;
        };
    }

    private static Stance.Label attitudeLabel(String attitude) {
        return switch (attitude) {
            case "defend" -> Stance.Label.AGREE;
            case "attack" -> Stance.Label.DISAGREE;
            default -> Stance.Label.NEUTRAL;
        };
    }
}
