package org.threadgraph.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.analysis.BlogAnalysis;
import org.threadgraph.analysis.Camp;
import org.threadgraph.analysis.DepthStats;
import org.threadgraph.analysis.EntityAttitude;
import org.threadgraph.analysis.EntityCount;
import org.threadgraph.analysis.EntityDiscussion;
import org.threadgraph.analysis.EntityStance;
import org.threadgraph.analysis.InteractionInput;
import org.threadgraph.analysis.ParticipantCamp;
import org.threadgraph.analysis.ParticipantGraph;
import org.threadgraph.analysis.ParticipantRank;
import org.threadgraph.analysis.PostCamps;
import org.threadgraph.analysis.ResponseLink;
import org.threadgraph.analysis.TermScore;
import org.threadgraph.analysis.ThreadAnalysis;
import org.threadgraph.analysis.ThreadComment;
import org.threadgraph.analysis.ThreadInput;
import org.threadgraph.analysis.ThreadReport;
import org.threadgraph.store.AnalysisStore;
import org.threadgraph.store.Database;

/**
 * Runs the analysis over stored posts, a batch of posts at a time (read in one transaction, their
 * results replaced in one), then blog-wide once from the interactions the database aggregates.
 */
final class Analysis {

    /** How many participants and entities a post's summary keeps. */
    static final int TOP = 5;
    /** Mentions handed to the entity counts at a time, so the blog's mentions are never all held. */
    private static final int ATTITUDE_CHUNK = 10_000;

    private final AnalysisStore store;

    Analysis(Database db) {
        this.store = new AnalysisStore(db);
    }

    /** Analyses the posts, then the blog, and writes every result. */
    AnalysisResult run(Collection<String> postIds, PipelineListener listener) {
        return blog(posts(postIds, listener));
    }

    /**
     * Analyses the posts a batch at a time and writes their results; the blog-wide figures are left
     * as they are (see {@link #blog}).
     */
    PostHighlights posts(Collection<String> postIds, PipelineListener listener) {
        List<String> ids = List.copyOf(postIds);
        Map<String, String> titles = store.titles(ids);
        PostHighlights posts = new PostHighlights();
        int done = 0;
        for (List<String> batch : PostBatches.of(ids)) {
            List<AnalysisStore.ThreadRows> threads = store.read(batch);
            // Each post's analysis is its own (seeded, no shared state): one per core, results in order.
            List<ThreadReport> reports = threads.parallelStream().map(rows -> new ThreadAnalysis(input(rows)).report())
                    .toList();
            for (int i = 0; i < threads.size(); i++) {
                AnalysisStore.ThreadRows rows = threads.get(i);
                posts.add(new PostAnalysis(rows.postId(), titles.getOrDefault(rows.postId(), rows.postId()),
                        summaryOnly(reports.get(i))), commentNames(rows));
            }
            store.writePosts(reports.stream().map(Analysis::postResults).toList());
            done += batch.size();
            listener.progress("analyse", done, postIds.size());
        }
        return posts;
    }

    /**
     * Computes the blog-wide figures (centrality, participant camps, entity counts) from what is stored
     * and replaces the stored ones; returns them with the given post analyses.
     */
    AnalysisResult blog(PostHighlights posts) {
        BlogAnalysis blog = new BlogAnalysis(participantGraph());
        List<ParticipantRank> ranking = blog.centrality().getRanking();
        List<ParticipantCamp> blogCamps = blog.camps().getCamps();
        EntityDiscussion entities = new EntityDiscussion();
        List<EntityAttitude> chunk = new ArrayList<>();
        store.attitudes(a -> {
            chunk.add(new EntityAttitude(a.commentId(), a.entityKey(), a.entityName(), a.attitude(), a.confidence()));
            if (chunk.size() == ATTITUDE_CHUNK) {
                entities.add(chunk);
                chunk.clear();
            }
        });
        entities.add(chunk);
        store.writeBlog(blogResults(ranking, blogCamps, entities.getCounts()));
        List<String> topKeys = ranking.stream().sorted(Comparator.comparingInt(ParticipantRank::pageRankRank)
                .thenComparing(ParticipantRank::participant)).limit(TOP).map(ParticipantRank::participant).toList();
        return new AnalysisResult(posts, ranking, store.labels(topKeys), entities.getCounts());
    }

    /** Returns which of the posts were analysed by an earlier run. */
    java.util.Set<String> analysed(Collection<String> postIds) {
        return store.analysed(postIds);
    }

    /** Records that the blog-wide figures no longer count {@code posts} changed posts. */
    void blogFiguresMissed(int posts) {
        store.blogFiguresMissed(posts);
    }

    /** Returns how many changed posts the stored blog-wide figures do not count yet (0 when current). */
    int blogFiguresBehind() {
        return store.blogFiguresBehind();
    }

    /** Reads the blog's interactions straight into the graph's arrays, never holding them as rows. */
    private ParticipantGraph participantGraph() {
        ParticipantGraph.Builder graph = new ParticipantGraph.Builder();
        store.interactions(r -> graph.add(new InteractionInput.Row(r.from(), r.to(), r.agree(), r.disagree(),
                r.neutral())));
        return graph.build();
    }

    /** Names comments as readers do: "#5.2 (21:54)". */
    private static Map<String, String> commentNames(AnalysisStore.ThreadRows rows) {
        Map<String, String> names = new HashMap<>();
        for (AnalysisStore.CommentRow c : rows.comments()) {
            names.put(c.id(), (c.label() == null ? c.id() : "#" + c.label())
                    + (c.clock() == null ? "" : " (" + c.clock() + ")"));
        }
        return names;
    }

    private static ThreadInput input(AnalysisStore.ThreadRows rows) {
        List<ThreadComment> comments = rows.comments().stream().map(c -> new ThreadComment(c.id(), c.parentId(),
                c.writer(), c.published(), c.position(), c.text())).toList();
        List<ResponseLink> responses = rows.responses().stream().map(r -> new ResponseLink(r.fromId(), r.toId(),
                r.toPost(), r.stance(), r.stanceConfidence(), r.confidence(), r.stanceProbabilities())).toList();
        List<EntityAttitude> attitudes = rows.attitudes().stream().map(a -> new EntityAttitude(a.commentId(),
                a.entityKey(), a.entityName(), a.attitude(), a.confidence())).toList();
        return new ThreadInput(rows.postId(), comments, responses, attitudes);
    }

    private static AnalysisStore.PostResults postResults(ThreadReport report) {
        Map<String, AnalysisStore.Depth> threads = new LinkedHashMap<>();
        for (DepthStats block : report.blocks()) {
            threads.put(block.scopeId(), depth(block));
        }
        List<AnalysisStore.Centrality> active = report.participants().stream().map(Analysis::centrality).toList();
        PostCamps camps = report.camps();
        List<AnalysisStore.PostCamp> campRows = new ArrayList<>();
        for (Camp camp : camps.camps()) {
            campRows.add(new AnalysisStore.PostCamp(report.postId() + "/camp-" + camp.id(), PostAnalysis.describe(camp),
                    camp.dispute(), camp.topTerms().stream().map(TermScore::term).toList(),
                    camp.defends().stream().map(EntityStance::name).toList(),
                    camp.attacks().stream().map(EntityStance::name).toList(), camp.participants().size(),
                    camp.comments()));
        }
        return new AnalysisStore.PostResults(report.postId(), depth(report.depth()), threads, active,
                camps.polarisation(), campRows);
    }

    private static AnalysisStore.BlogResults blogResults(List<ParticipantRank> ranking, List<ParticipantCamp> camps,
                                                         List<EntityCount> entities) {
        List<AnalysisStore.BlogCamp> campRows = camps.stream().map(c -> new AnalysisStore.BlogCamp("blog/camp-"
                + c.id(), "participants camp " + c.id() + " of dispute " + c.dispute(), c.dispute(), c.agreeWithin(),
                c.disagreeWithin(), c.agreeAcross(), c.disagreeAcross(), c.participants())).toList();
        List<AnalysisStore.EntityFigures> figures = entities.stream().map(e -> new AnalysisStore.EntityFigures(
                e.key(), e.mentions(), e.defended(), e.attacked(), e.neutral(), e.rank())).toList();
        return new AnalysisStore.BlogResults(ranking.stream().map(Analysis::centrality).toList(), campRows, figures);
    }

    private static AnalysisStore.Depth depth(DepthStats d) {
        Duration duration = d.duration();
        return new AnalysisStore.Depth(d.structuralDepth(), d.realDepth(), d.size(), d.participants(),
                duration == null ? null : duration.toMinutes(), d.deepestChain());
    }

    private static AnalysisStore.Centrality centrality(ParticipantRank r) {
        return new AnalysisStore.Centrality(r.participant(), r.inDegree(), r.inDegreeRank(), r.outDegree(),
                r.outDegreeRank(), r.pageRank(), r.pageRankRank(), r.betweenness(), r.betweennessRank());
    }

    private static ThreadReport summaryOnly(ThreadReport r) {
        return new ThreadReport(r.postId(), r.depth(), r.blocks(), r.participants().stream().limit(TOP).toList(),
                r.entities().stream().limit(TOP).toList(), r.camps(), r.warnings());
    }
}
