package org.threadgraph.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.threadgraph.render.Captions;
import org.threadgraph.render.Counts;
import org.threadgraph.render.Palette;
import org.threadgraph.store.ReportReader;
import org.threadgraph.store.ReportReader.AuthoredComment;
import org.threadgraph.store.ReportReader.Exchange;
import org.threadgraph.store.ReportReader.ParticipantFacts;

/**
 * Builds the report on one participant: activity over time, whom they answer and who answers them
 * with which stance, camp, centrality ranks against everyone else, the people and organisations
 * they defend or attack, and their most answered and most central comments, linked to the blog.
 * "Answers" and "is answered" count responses between this participant and others, leaving out
 * responses to themselves and to the post, as the analysis's degrees do.
 */
final class ParticipantReport {

    /** Comments shown per kind of representative comment. */
    static final int SHOWN = 3;

    private final ReportReader reader;
    private final Redactor redactor;

    ParticipantReport(ReportReader reader, Redactor redactor) {
        this.reader = reader;
        this.redactor = redactor;
    }

    Report build(String key) {
        ParticipantFacts facts = reader.participant(key);
        List<AuthoredComment> comments = reader.comments(key);
        List<Exchange> answers = reader.answers(key);
        List<Exchange> answeredBy = reader.answeredBy(key);
        String name = ReportCaptions.participant(facts.who());
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("Overview", List.of(new Report.Facts(overview(facts, comments, answers,
                answeredBy)))));
        sections.add(new Report.Section("Activity", activity(reader.activity(key))));
        sections.add(new Report.Section("Whom " + name + " answers", exchanges(answers, "answers")));
        sections.add(new Report.Section("Who answers " + name, exchanges(answeredBy, "is answered")));
        sections.add(new Report.Section("People and organisations mentioned", mentions(reader.mentions(key))));
        sections.add(new Report.Section("Representative comments", representative(comments)));
        return new Report(name, Objects.toString(facts.who().kind(), "unknown kind") + " · "
                + Counts.of(comments.size(), "comment") + " on " + Counts.of(facts.posts(), "post"), sections);
    }

    private static List<Report.Fact> overview(ParticipantFacts p, List<AuthoredComment> comments,
                                              List<Exchange> answers, List<Exchange> answeredBy) {
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact("Key", p.who().key(), null));
        add(facts, "Kind", p.who().kind());
        facts.add(new Report.Fact("Comments", comments.size() + " on " + Counts.of(p.posts(), "post"), null));
        List<String> times = comments.stream().map(AuthoredComment::published).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Formats::instant)).toList();
        if (!times.isEmpty()) {
            add(facts, "First comment", Formats.when(times.get(0)));
            add(facts, "Latest comment", Formats.when(times.get(times.size() - 1)));
        }
        List<String> camps = p.camps().stream().map(ReportCaptions::camp).toList();
        add(facts, "Camp", camps.isEmpty() ? null : String.join("; ", camps));
        add(facts, "PageRank", scoreAndRank(p.pagerank(), p.pagerankRank(), p.pagerankRanked()));
        add(facts, "Betweenness", scoreAndRank(p.betweenness(), p.betweennessRank(), p.betweennessRanked()));
        facts.add(new Report.Fact("Answers others", Counts.times(others(answers)), null));
        long toPost = answers.stream().filter(e -> e.other() == null).mapToLong(Exchange::responses).sum();
        if (toPost > 0) {
            facts.add(new Report.Fact("Answers the post itself", Counts.times(toPost), null));
        }
        facts.add(new Report.Fact("Answered by others", Counts.times(others(answeredBy)), null));
        return facts;
    }

    private static long others(List<Exchange> exchanges) {
        return exchanges.stream().filter(e -> e.other() != null).mapToLong(Exchange::responses).sum();
    }

    private static String scoreAndRank(Double score, Long rank, long of) {
        String r = Formats.rank(rank, of);
        if (score == null) {
            return r == null ? null : "rank " + r;
        }
        return Formats.score(score) + (r == null ? "" : " (rank " + r + ")");
    }

    private static void add(List<Report.Fact> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Report.Fact(name, value, null));
        }
    }

    /** Returns comments per month, saying how many have no date and so are not in the chart. */
    private static List<Report.Block> activity(List<ReportReader.MonthCount> months) {
        long undated = months.stream().filter(m -> m.month() == null).mapToLong(ReportReader.MonthCount::comments)
                .sum();
        List<ReportReader.MonthCount> dated = months.stream().filter(m -> m.month() != null).toList();
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

    /** Returns a sentence, a table and a stacked stance chart of responses exchanged with other participants. */
    static List<Report.Block> exchanges(List<Exchange> all, String verb) {
        List<Exchange> rows = all.stream().filter(e -> e.other() != null).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long total = sum(rows, Exchange::responses);
        long agree = sum(rows, Exchange::agree);
        long disagree = sum(rows, Exchange::disagree);
        List<List<Report.Cell>> table = new ArrayList<>();
        for (Exchange r : rows) {
            table.add(List.of(Report.Cell.of(ReportCaptions.participant(r.other())), Report.Cell.of(r.responses()),
                    Report.Cell.of(r.agree()), Report.Cell.of(r.disagree()), Report.Cell.of(r.neutral()),
                    Report.Cell.of(Formats.percent(r.agree(), r.responses())),
                    Report.Cell.of(Formats.percent(r.disagree(), r.responses()))));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Paragraph(Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " "
                + Counts.times(total) + " by " + Counts.of(rows.size(), "other participant") + ": " + agree
                + " agreeing (" + Formats.percent(agree, total) + "), " + disagree + " disagreeing ("
                + Formats.percent(disagree, total) + ")."));
        blocks.add(new Report.Table(List.of("Participant", "Responses", "Agree", "Disagree", "Neutral", "Agree share",
                "Disagree share"), table));
        List<Exchange> top = rows.subList(0, Math.min(15, rows.size()));
        blocks.add(new Report.Chart("Responses by stance", top.stream()
                .map(e -> ReportCaptions.participant(e.other())).toList(), List.of(
                new Report.Series("agree", Palette.AGREE, top.stream().map(Exchange::agree).toList()),
                new Report.Series("disagree", Palette.DISAGREE, top.stream().map(Exchange::disagree).toList()),
                new Report.Series("neutral or unknown", Palette.NEUTRAL, top.stream()
                        .map(e -> e.responses() - e.agree() - e.disagree()).toList()))));
        return blocks;
    }

    private static long sum(List<Exchange> rows, ToLongFunction<Exchange> f) {
        return rows.stream().mapToLong(f).sum();
    }

    private static List<Report.Block> mentions(List<ReportReader.EntityMentions> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<List<Report.Cell>> table = rows.stream().map(r -> List.of(Report.Cell.of(r.name()),
                Report.Cell.of(r.type()), Report.Cell.of(r.mentions()), Report.Cell.of(r.defended()),
                Report.Cell.of(r.attacked()))).toList();
        return List.of(new Report.Table(List.of("Entity", "Type", "Mentions", "Defended", "Attacked"), table));
    }

    /**
     * Returns the most central comments (most comments downstream) and the most responded-to ones,
     * each shown once with every reason it was chosen; the latest ones when nobody answered.
     */
    private List<Report.Block> representative(List<AuthoredComment> comments) {
        Comparator<AuthoredComment> byTime = Comparator.comparing(c -> c.published() == null ? null
                : Formats.instant(c.published()), Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<String, AuthoredComment> chosen = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        choose(comments, AuthoredComment::downstream, "most central (starts the longest discussion)", byTime, chosen,
                reasons);
        choose(comments, AuthoredComment::responses, "most responded-to", byTime, chosen, reasons);
        if (chosen.isEmpty()) {
            comments.stream().sorted(byTime.reversed()).limit(SHOWN).forEach(c -> {
                chosen.put(c.id(), c);
                reasons.put(c.id(), List.of("latest (nobody answered them)"));
            });
        }
        List<Report.Block> cards = new ArrayList<>();
        chosen.forEach((id, c) -> cards.add(card(c, String.join(" and ", reasons.get(id)))));
        return cards;
    }

    private static void choose(List<AuthoredComment> comments, ToLongFunction<AuthoredComment> by, String reason,
                               Comparator<AuthoredComment> byTime, Map<String, AuthoredComment> chosen,
                               Map<String, List<String>> reasons) {
        comments.stream().filter(c -> by.applyAsLong(c) > 0)
                .sorted(Comparator.<AuthoredComment>comparingLong(c -> -by.applyAsLong(c)).thenComparing(byTime))
                .limit(SHOWN).forEach(c -> {
                    chosen.putIfAbsent(c.id(), c);
                    reasons.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(reason);
                });
    }

    private Report.Card card(AuthoredComment c, String why) {
        String where = c.clock() != null ? c.clock() : c.label() == null ? null : "#" + c.label();
        String heading = (where == null ? "" : where + " on ") + "\"" + Captions.post(c.postTitle(), c.postUrl(),
                c.postId()) + "\"";
        String meta = (c.published() == null ? "" : Formats.when(c.published()) + " · ") + why + " · "
                + Counts.of(c.responses(), "direct response") + ", " + c.downstream() + " in the discussion below it";
        return new Report.Card(heading, meta, redactor.apply(Objects.toString(c.text(), "")),
                Formats.commentUrl(c.postUrl(), c.id(), c.published()));
    }
}
