package org.threadgraph.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.threadgraph.export.Palette;
import org.threadgraph.store.GraphSlice;
import org.threadgraph.store.ReportReader;
import org.threadgraph.store.SliceReader;

/**
 * Builds the report on one post: size, depth, participants and duration, activity over time, the
 * deepest chain of replies to read in order, camps with their terms and entities, polarisation, the
 * most central participants of the thread and the most discussed entities.
 */
final class PostReport {

    /** Rows shown in the participant and entity tables. */
    static final int TOP = 10;

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMM HH'h'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final ReportReader reader;
    private final SliceReader slices;
    private final Redactor redactor;

    PostReport(ReportReader reader, SliceReader slices, Redactor redactor) {
        this.reader = reader;
        this.slices = slices;
        this.redactor = redactor;
    }

    Report build(String postIdOrUrl) {
        GraphSlice thread = slices.replies(postIdOrUrl);
        Map<String, Object> post = thread.nodes().get(0).properties();
        String postId = (String) post.get("id");
        Map<String, Object> counts = reader.post(postId);
        Map<String, Map<String, Object>> comments = new LinkedHashMap<>();
        thread.nodes().stream().skip(1).forEach(n -> comments.put(n.id(), n.properties()));
        List<GraphSlice.Edge> responses = thread.edges().stream().filter(e -> e.type().equals("RESPONDS_TO")).toList();
        List<String> chain = ReplyChains.deepest(comments.keySet(), responses);

        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("Overview", List.of(new Report.Facts(overview(post, counts, chain)),
                stanceChart(responses))));
        sections.add(new Report.Section("Activity", activity(comments.values())));
        sections.add(new Report.Section("Deepest chain of replies", chain(chain, comments, responses, post)));
        sections.add(new Report.Section("Camps", camps(reader.postCamps(postId))));
        sections.add(new Report.Section("Most central participants", central(postId)));
        sections.add(new Report.Section("Most discussed people and organisations", entities(postId)));
        String title = Objects.toString(post.get("title"), "Post " + postId);
        return new Report(title, "Post " + postId + (post.get("date") == null ? "" : " · " + post.get("date"))
                + (post.get("url") == null ? "" : " · " + post.get("url")), sections);
    }

    private static List<Report.Fact> overview(Map<String, Object> post, Map<String, Object> counts,
                                              List<String> chain) {
        List<Report.Fact> facts = new ArrayList<>();
        add(facts, "Date", post.get("date"), null);
        add(facts, "Permalink", post.get("url"), (String) post.get("url"));
        add(facts, "Comments", post.getOrDefault("size", counts.get("comments")), null);
        add(facts, "Participants", post.getOrDefault("participants", counts.get("writers")), null);
        Object minutes = post.get("durationMinutes") != null ? post.get("durationMinutes")
                : Formats.minutesBetween((String) counts.get("first"), (String) counts.get("last"));
        add(facts, "Duration (first to last comment)",
                minutes instanceof Number n ? Formats.duration(n.longValue()) : null, null);
        add(facts, "Depth (longest chain of real replies)",
                post.get("realDepth") != null ? post.get("realDepth") : chain.isEmpty() ? null : chain.size(), null);
        add(facts, "Structural depth (Blogger's reply nesting)", post.get("structuralDepth"), null);
        add(facts, "Polarisation", Formats.score(post.get("polarisation")), null);
        return facts;
    }

    private static void add(List<Report.Fact> facts, String name, Object value, String href) {
        if (value != null) {
            facts.add(new Report.Fact(name, String.valueOf(value), href));
        }
    }

    private static Report.Chart stanceChart(List<GraphSlice.Edge> responses) {
        List<String> stances = List.of("agree", "disagree", "neutral", "unknown");
        Map<String, Long> counts = new LinkedHashMap<>();
        stances.forEach(s -> counts.put(s, 0L));
        responses.forEach(e -> counts.merge(stances.contains(e.properties().get("stance"))
                ? (String) e.properties().get("stance") : "unknown", 1L, Long::sum));
        List<Report.Series> series = new ArrayList<>();
        for (String s : stances) {
            series.add(new Report.Series(s, s.equals("unknown") ? "#cfd8dc" : Palette.stance(s),
                    stances.stream().map(x -> x.equals(s) ? counts.get(s) : 0L).toList()));
        }
        return new Report.Chart("Replies by stance", stances, series);
    }

    /** Returns comments per hour (threads shorter than three days) or per day. */
    private static List<Report.Block> activity(Iterable<Map<String, Object>> comments) {
        List<Instant> times = new ArrayList<>();
        comments.forEach(c -> {
            if (c.get("published") != null) {
                times.add(Formats.instant((String) c.get("published")));
            }
        });
        if (times.isEmpty()) {
            return List.of();
        }
        times.sort(Comparator.naturalOrder());
        boolean hourly = ChronoUnit.HOURS.between(times.get(0), times.get(times.size() - 1)) <= 72;
        ChronoUnit unit = hourly ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        TreeMap<Instant, Long> buckets = new TreeMap<>();
        times.forEach(t -> buckets.merge(t.truncatedTo(unit), 1L, Long::sum));
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (Instant b = buckets.firstKey(); !b.isAfter(buckets.lastKey()); b = b.plus(1, unit)) {
            labels.add(hourly ? HOUR.format(b) : b.atZone(ZoneOffset.UTC).toLocalDate().toString());
            values.add(buckets.getOrDefault(b, 0L));
        }
        return List.of(new Report.Chart("Comments per " + (hourly ? "hour" : "day") + " (UTC)", labels,
                List.of(new Report.Series("comments", "#1f77b4", values))));
    }

    private List<Report.Block> chain(List<String> chain, Map<String, Map<String, Object>> comments,
                                     List<GraphSlice.Edge> responses, Map<String, Object> post) {
        if (chain.isEmpty()) {
            return List.of();
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Paragraph(chain.size() + " comments, each answering the one before it. Read in order:"));
        for (int i = 0; i < chain.size(); i++) {
            String id = chain.get(i);
            Map<String, Object> c = comments.get(id);
            String target = i == 0 ? null : chain.get(i - 1);
            GraphSlice.Edge reply = responses.stream().filter(e -> e.source().equals(id)
                    && (target == null ? !comments.containsKey(e.target()) : e.target().equals(target)))
                    .findFirst().orElse(null);
            String published = (String) c.get("published");
            String heading = (i + 1) + ". " + Objects.toString(c.get("participantName"),
                    Objects.toString(c.get("authorName"), "unknown")) + (c.get("label") == null ? ""
                    : " · comment " + c.get("label"));
            String meta = (published == null ? "" : Formats.when(published) + " · ") + replyMeta(reply, i == 0);
            blocks.add(new Report.Card(heading, meta, redactor.apply(Objects.toString(c.get("text"), "")),
                    Formats.commentUrl((String) post.get("url"), id, published)));
        }
        return blocks;
    }

    private String replyMeta(GraphSlice.Edge reply, boolean first) {
        if (reply == null) {
            return first ? "starts the chain" : "answers the comment above";
        }
        Map<String, Object> r = reply.properties();
        String what = first ? "answers the post" : switch (Objects.toString(r.get("stance"), "")) {
            case "agree" -> "agrees with the comment above";
            case "disagree" -> "disagrees with the comment above";
            default -> "answers the comment above";
        };
        StringBuilder sb = new StringBuilder(what);
        if (r.get("stanceEvidence") != null && !r.get("stanceEvidence").toString().isBlank()) {
            sb.append(" (“").append(redactor.apply(r.get("stanceEvidence").toString())).append("”)");
        }
        if (r.get("method") != null) {
            sb.append(" · found by ").append(r.get("method"));
            if (r.get("confidence") instanceof Number n) {
                sb.append(String.format(Locale.ROOT, ", confidence %.2f", n.doubleValue()));
            }
        }
        return sb.toString();
    }

    private static List<Report.Block> camps(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<List<Report.Cell>> table = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> camp = (Map<String, Object>) row.get("camp");
            table.add(List.of(Report.Cell.of(Objects.toString(camp.get("name"), (String) camp.get("id"))),
                    Report.Cell.of(row.get("members")), Report.Cell.of(camp.get("size")),
                    Report.Cell.of(list(camp.get("terms"))), Report.Cell.of(list(camp.get("entities"))),
                    Report.Cell.of(Formats.score(camp.get("polarisation")))));
        }
        return List.of(new Report.Table(List.of("Camp", "Comments here", "Size", "Terms", "Entities", "Polarisation"),
                table));
    }

    private static String list(Object value) {
        return value instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                : value == null ? "" : String.valueOf(value);
    }

    /** Returns the thread's participants ranked by PageRank on who answers whom here, weighted by responses. */
    private List<Report.Block> central(String postId) {
        GraphSlice people = slices.participants(postId);
        if (people.nodes().isEmpty()) {
            return List.of();
        }
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        people.nodes().forEach(n -> {
            g.addVertex(n.id());
            byKey.put(n.id(), n.properties());
        });
        people.edges().forEach(e -> g.setEdgeWeight(g.addEdge(e.source(), e.target()),
                ((Number) e.properties().get("responses")).doubleValue()));
        Map<String, Double> scores = new PageRank<>(g).getScores();
        List<List<Report.Cell>> table = byKey.keySet().stream()
                .sorted(Comparator.comparingDouble((String k) -> -scores.get(k)).thenComparing(k -> k)).limit(TOP)
                .map(k -> {
                    Map<String, Object> p = byKey.get(k);
                    return List.of(Report.Cell.of(Objects.toString(p.get("name"), k) + " (" + k + ")"),
                            Report.Cell.of(p.get("comments")), Report.Cell.of(Formats.score(scores.get(k))),
                            Report.Cell.of(Objects.toString(p.get("pagerankRank"), "")));
                }).toList();
        return List.of(new Report.Paragraph("PageRank on this thread's graph of who answers whom (weighted by the "
                + "number of replies), with each participant's blog-wide PageRank rank where the analysis stored one."),
                new Report.Table(List.of("Participant", "Comments here", "PageRank here", "Blog-wide rank"), table));
    }

    private List<Report.Block> entities(String postId) {
        List<Map<String, Object>> rows = reader.postEntities(postId, TOP);
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new Report.Table(List.of("Entity", "Type", "Mentions", "Comments", "Defended", "Attacked"),
                rows.stream().map(r -> List.of(Report.Cell.of(r.get("name")), Report.Cell.of(r.get("type")),
                        Report.Cell.of(r.get("mentions")), Report.Cell.of(r.get("comments")),
                        Report.Cell.of(r.get("defended")), Report.Cell.of(r.get("attacked")))).toList()));
    }
}
