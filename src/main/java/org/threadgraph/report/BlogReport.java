package org.threadgraph.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.threadgraph.render.Captions;
import org.threadgraph.render.Counts;
import org.threadgraph.render.Palette;
import org.threadgraph.store.BlogReader;
import org.threadgraph.store.GraphSlice;
import org.threadgraph.store.ReportReader.MonthCount;

/**
 * Builds the blog overview: how big the conversation is, how its participant network is shaped
 * (components, density, reciprocity, modularity of the camps, degree distribution, a picture),
 * activity over time, the most divided posts, the disputes that span posts and their sides, and the
 * central participants by their readable captions.
 */
final class BlogReport {

    /** Rows shown in the post and participant tables. */
    static final int TOP = 10;

    private final BlogReader reader;
    private final Map<String, Long> labelCounts;

    BlogReport(BlogReader reader, Map<String, Long> labelCounts) {
        this.reader = reader;
        this.labelCounts = labelCounts;
    }

    Report build(String title, GraphSlice people) {
        BlogReader.Size size = reader.size();
        BlogMetrics net = BlogMetrics.of(people);
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("Size", List.of(new Report.Facts(List.of(
                fact("Posts", String.valueOf(size.posts())), fact("Comments", String.valueOf(size.comments())),
                fact("Participants who wrote", String.valueOf(size.writers())),
                fact("Real replies", size.responses() + " (" + size.toComments() + " to comments, "
                        + (size.responses() - size.toComments()) + " to the post)"),
                fact("Blogger's structural replies", String.valueOf(size.structural())))), nodesByLabel())));
        sections.add(new Report.Section("The participant network", network(net, people)));
        sections.add(new Report.Section("Activity", activity(reader.months())));
        sections.add(new Report.Section("Most divided posts", divided()));
        sections.add(new Report.Section("Disputes that span posts", disputes()));
        sections.add(new Report.Section("Central participants", central()));
        return new Report(title, Counts.of(size.posts(), "post") + " · " + Counts.of(size.comments(), "comment")
                + " · " + Counts.of(size.writers(), "participant"), sections);
    }

    private static Report.Fact fact(String name, String value) {
        return new Report.Fact(name, value, null);
    }

    /** The node counts exactly as {@code stats} prints them. */
    private Report.Table nodesByLabel() {
        return new Report.Table(List.of("Label", "Nodes"), labelCounts.entrySet().stream()
                .map(e -> List.of(Report.Cell.of(e.getKey()), Report.Cell.of(e.getValue()))).toList());
    }

    private static List<Report.Block> network(BlogMetrics m, GraphSlice people) {
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Facts(List.of(
                fact("Participants in it", m.connected() + " of " + m.participants() + " (the others wrote comments "
                        + "nobody answered and answered nobody)"),
                fact("Who-answers-whom pairs", String.valueOf(m.edges())),
                fact("Components", m.components() + " (the largest holds " + Counts.of(m.largest(), "participant")
                        + ")"),
                fact("Density", String.format(Locale.ROOT, "%.4f", m.density())),
                fact("Reciprocity", String.format(Locale.ROOT, "%.3f (share of pairs answered both ways)",
                        m.reciprocity())),
                fact("Modularity of the camps", m.modularity() == null ? "no blog-wide camps"
                        : String.format(Locale.ROOT, "%.3f", m.modularity())))));
        if (!m.degrees().isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            m.degrees().forEach((degree, count) -> {
                labels.add(String.valueOf(degree));
                values.add(count);
            });
            blocks.add(new Report.Chart("Degree distribution: participants by how many others they answer or are "
                    + "answered by", labels, List.of(new Report.Series("participants", Palette.ACTIVITY, values))));
            blocks.add(new Report.Picture("Who answers whom: participants by camp around the circle, sized by their "
                    + "comments; lines green where they mostly agree, red where they mostly disagree",
                    NetworkPicture.svg(people)));
        }
        return blocks;
    }

    private static List<Report.Block> activity(List<MonthCount> months) {
        List<MonthCount> dated = months.stream().filter(m -> m.month() != null).toList();
        long undated = months.stream().filter(m -> m.month() == null).mapToLong(MonthCount::comments).sum();
        List<Report.Block> blocks = new ArrayList<>();
        if (!dated.isEmpty()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            dated.forEach(m -> counts.put(m.month(), m.comments()));
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            YearMonth last = YearMonth.parse(dated.get(dated.size() - 1).month());
            for (YearMonth m = YearMonth.parse(dated.get(0).month()); !m.isAfter(last); m = m.plusMonths(1)) {
                labels.add(m.toString());
                values.add(counts.getOrDefault(m.toString(), 0L));
            }
            blocks.add(new Report.Chart("Comments per month", labels,
                    List.of(new Report.Series("comments", Palette.ACTIVITY, values))));
        }
        if (undated > 0) {
            blocks.add(new Report.Paragraph(Counts.of(undated, "comment has", "comments have")
                    + " no date (the source gave none) and " + (undated == 1 ? "is" : "are") + " not in the chart."));
        }
        return blocks;
    }

    private List<Report.Block> divided() {
        List<BlogReader.DividedPost> posts = reader.dividedPosts(TOP);
        if (posts.isEmpty()) {
            return List.of();
        }
        return List.of(new Report.Table(List.of("Post", "Polarisation", "Camps", "Comments"), posts.stream()
                .map(p -> List.of(new Report.Cell(Captions.post(p.title(), p.url(), p.id()), p.url()),
                        Report.Cell.of(String.format(Locale.ROOT, "%.2f", p.polarisation())),
                        Report.Cell.of(p.camps()), Report.Cell.of(p.comments()))).toList()));
    }

    private List<Report.Block> disputes() {
        List<BlogReader.DisputeSide> sides = reader.disputeSides();
        if (sides.isEmpty()) {
            return List.of();
        }
        return List.of(new Report.Paragraph("Camps of participants across the whole blog, from who agrees or "
                + "disagrees with whom; each side is named by what its members defend and attack."),
                new Report.Table(List.of("Dispute", "Side", "Participants", "Posts"), sides.stream()
                        .map(s -> List.of(Report.Cell.of(s.dispute()), Report.Cell.of(ReportCaptions.camp(s.camp())),
                                Report.Cell.of(s.members()), Report.Cell.of(s.posts()))).toList()));
    }

    private List<Report.Block> central() {
        List<BlogReader.Central> rows = reader.central(TOP);
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new Report.Table(List.of("Rank", "Participant", "Comments", "PageRank", "Betweenness rank"),
                rows.stream().map(c -> List.of(Report.Cell.of(c.pagerankRank()),
                        Report.Cell.of(ReportCaptions.participant(c.who())), Report.Cell.of(c.who().comments()),
                        Report.Cell.of(String.format(Locale.ROOT, "%.3f", c.pagerank())),
                        Report.Cell.of(c.betweennessRank() == null ? "" : String.valueOf(c.betweennessRank()))))
                        .toList()));
    }
}
