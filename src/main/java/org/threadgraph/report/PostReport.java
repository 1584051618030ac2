package org.threadgraph.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.threadgraph.render.Captions;
import org.threadgraph.render.Counts;
import org.threadgraph.render.Palette;
import org.threadgraph.store.ReportReader;
import org.threadgraph.store.ReportReader.PostComment;
import org.threadgraph.store.ReportReader.PostFacts;
import org.threadgraph.store.ReportReader.Response;

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
    private final Redactor redactor;

    PostReport(ReportReader reader, Redactor redactor) {
        this.reader = reader;
        this.redactor = redactor;
    }

    Report build(String postIdOrUrl) {
        PostFacts post = reader.post(postIdOrUrl);
        Map<String, PostComment> comments = new LinkedHashMap<>();
        reader.postComments(post.id()).forEach(c -> comments.put(c.id(), c));
        List<Response> responses = reader.postResponses(post.id());
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("Overview", List.of(new Report.Facts(overview(post)), stanceChart(responses))));
        sections.add(new Report.Section("Activity", activity(comments.values())));
        sections.add(new Report.Section("Deepest chain of replies", chain(post, comments, responses)));
        sections.add(new Report.Section("Camps", camps(reader.postCamps(post.id()))));
        sections.add(new Report.Section("Most central participants", central(post.id())));
        sections.add(new Report.Section("Most discussed people and organisations", entities(post.id())));
        String title = Captions.post(post.title(), post.url(), post.id());
        return new Report(title, "Post " + post.id() + (post.date() == null ? "" : " · " + post.date())
                + (post.url() == null ? "" : " · " + post.url()), sections);
    }

    /** The post's numbers, each with one definition: the analysis's where it stored one, else counted here. */
    private static List<Report.Fact> overview(PostFacts post) {
        List<Report.Fact> facts = new ArrayList<>();
        add(facts, "Date", post.date(), null);
        add(facts, "Permalink", post.url(), post.url());
        add(facts, "Comments", String.valueOf(post.comments()), null);
        add(facts, "Participants", String.valueOf(post.writers()), null);
        Long minutes = Formats.minutesBetween(post.first(), post.last());
        add(facts, "Duration (first to last comment)", minutes == null ? null : Formats.duration(minutes), null);
        add(facts, "Real depth (comments on the longest chain of replies)", post.realDepth() == null
                ? "not analysed yet (run analyse)" : String.valueOf(post.realDepth()), null);
        add(facts, "Structural depth (Blogger's reply nesting)", post.structuralDepth() == null ? null
                : String.valueOf(post.structuralDepth()), null);
        add(facts, "Polarisation", Formats.score(post.polarisation()), null);
        return facts;
    }

    private static void add(List<Report.Fact> facts, String name, String value, String href) {
        if (value != null) {
            facts.add(new Report.Fact(name, value, href));
        }
    }

    private static Report.Chart stanceChart(List<Response> responses) {
        List<String> stances = List.of("agree", "disagree", "neutral", "unknown");
        Map<String, Long> counts = new LinkedHashMap<>();
        stances.forEach(s -> counts.put(s, 0L));
        responses.forEach(e -> counts.merge(stances.contains(e.stance()) ? e.stance() : "unknown", 1L, Long::sum));
        List<Report.Series> series = new ArrayList<>();
        for (String s : stances) {
            series.add(new Report.Series(s, s.equals("unknown") ? Palette.UNKNOWN : Palette.stance(s),
                    stances.stream().map(x -> x.equals(s) ? counts.get(s) : 0L).toList()));
        }
        return new Report.Chart("Replies by stance", stances, series);
    }

    /** Returns comments per hour (threads shorter than three days) or per day. */
    private static List<Report.Block> activity(Collection<PostComment> comments) {
        List<Instant> times = new ArrayList<>();
        comments.forEach(c -> {
            if (c.published() != null) {
                times.add(Formats.instant(c.published()));
            }
        });
        long undated = comments.size() - times.size();
        Report.Paragraph note = new Report.Paragraph(Counts.of(undated, "comment has", "comments have")
                + " no date (the source gave none) and " + (undated == 1 ? "is" : "are") + " not in the chart.");
        if (times.isEmpty()) {
            return undated == 0 ? List.of() : List.of(note);
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
        Report.Chart chart = new Report.Chart("Comments per " + (hourly ? "hour" : "day") + " (UTC)", labels,
                List.of(new Report.Series("comments", Palette.ACTIVITY, values)));
        return undated == 0 ? List.of(chart) : List.of(chart, note);
    }

    /** Returns the deepest chain the analysis found, each comment with how it answers the one before. */
    private List<Report.Block> chain(PostFacts post, Map<String, PostComment> comments, List<Response> responses) {
        List<String> chain = post.deepestChain().stream().filter(comments::containsKey).toList();
        if (chain.size() < 2) {
            return List.of();
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Paragraph(chain.size() + " comments, each answering the one before it. Read in order:"));
        for (int i = 0; i < chain.size(); i++) {
            String id = chain.get(i);
            PostComment c = comments.get(id);
            String target = i == 0 ? null : chain.get(i - 1);
            Response reply = responses.stream().filter(e -> e.from().equals(id)
                    && (target == null ? !comments.containsKey(e.to()) : e.to().equals(target)))
                    .findFirst().orElse(null);
            String heading = (i + 1) + ". " + Captions.comment(c.writer(), c.clock(), c.label());
            String meta = (c.published() == null ? "" : Formats.when(c.published()) + " · ") + replyMeta(reply, i == 0);
            blocks.add(new Report.Card(heading, meta, redactor.apply(Objects.toString(c.text(), "")),
                    Formats.commentUrl(post.url(), id, c.published())));
        }
        return blocks;
    }

    private String replyMeta(Response reply, boolean first) {
        if (reply == null) {
            return first ? "starts the chain" : "answers the comment above";
        }
        String what = first ? "answers the post" : switch (Objects.toString(reply.stance(), "")) {
            case "agree" -> "agrees with the comment above";
            case "disagree" -> "disagrees with the comment above";
            default -> "answers the comment above";
        };
        StringBuilder sb = new StringBuilder(what);
        if (reply.stanceEvidence() != null && !reply.stanceEvidence().isBlank()) {
            sb.append(" (“").append(redactor.apply(reply.stanceEvidence())).append("”)");
        }
        if (reply.method() != null) {
            sb.append(" · found by ").append(reply.method());
            if (reply.confidence() != null) {
                sb.append(String.format(Locale.ROOT, ", confidence %.2f", reply.confidence()));
            }
        }
        return sb.toString();
    }

    private static List<Report.Block> camps(List<ReportReader.PostCamp> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<List<Report.Cell>> table = new ArrayList<>();
        for (ReportReader.PostCamp row : rows) {
            table.add(List.of(Report.Cell.of(ReportCaptions.camp(row.camp())), Report.Cell.of(row.members()),
                    Report.Cell.of(String.join(", ", row.camp().terms())),
                    Report.Cell.of(String.join(", ", row.camp().defends())),
                    Report.Cell.of(String.join(", ", row.camp().attacks()))));
        }
        return List.of(new Report.Table(List.of("Camp", "Comments", "Words", "Defends", "Attacks"), table));
    }

    /** Returns the thread's participants ranked by the PageRank the analysis computed on this post. */
    private List<Report.Block> central(String postId) {
        List<ReportReader.PostCentrality> rows = reader.postCentrality(postId, TOP);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<List<Report.Cell>> table = rows.stream().map(r -> List.of(
                Report.Cell.of(ReportCaptions.participant(r.who())), Report.Cell.of(r.comments()),
                Report.Cell.of(Formats.score(r.pagerank())),
                Report.Cell.of(r.blogRank() == null ? "" : String.valueOf(r.blogRank())))).toList();
        return List.of(new Report.Paragraph("PageRank on this thread's graph of who answers whom (weighted by the "
                + "number of replies), with each participant's blog-wide PageRank rank."),
                new Report.Table(List.of("Participant", "Comments here", "PageRank here", "Blog-wide rank"), table));
    }

    private List<Report.Block> entities(String postId) {
        List<ReportReader.EntityMentions> rows = reader.postEntities(postId, TOP);
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new Report.Table(List.of("Entity", "Type", "Mentions", "Comments", "Defended", "Attacked"),
                rows.stream().map(r -> List.of(Report.Cell.of(r.name()), Report.Cell.of(r.type()),
                        Report.Cell.of(r.mentions()), Report.Cell.of(r.comments()),
                        Report.Cell.of(r.defended()), Report.Cell.of(r.attacked()))).toList()));
    }
}
