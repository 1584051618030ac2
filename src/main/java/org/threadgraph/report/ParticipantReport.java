package org.threadgraph.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threadgraph.export.Palette;
import org.threadgraph.store.ReportReader;

/**
 * Builds the report on one participant: activity over time, whom they answer and who answers them
 * with which stance, camp, centrality ranks against everyone else, the people and organisations
 * they defend or attack, and their most answered and most central comments, linked to the blog.
 */
final class ParticipantReport {

    /** Comments shown per kind of representative comment. */
    static final int SHOWN = 3;

    private final ReportReader reader;
    private final Redactor redactor;
    private Map<String, Object> ranked;

    ParticipantReport(ReportReader reader, Redactor redactor) {
        this.reader = reader;
        this.redactor = redactor;
    }

    @SuppressWarnings("unchecked")
    Report build(String key) {
        Map<String, Object> row = reader.participant(key);
        if (ranked == null) {
            ranked = reader.rankedCounts();
        }
        Map<String, Object> p = (Map<String, Object>) row.get("participant");
        List<Map<String, Object>> comments = reader.comments(key);
        String name = Objects.toString(p.get("name"), key);
        List<Report.Section> sections = new ArrayList<>();
        sections.add(new Report.Section("Overview", List.of(new Report.Facts(overview(row, p, comments, ranked)))));
        sections.add(new Report.Section("Activity", activity(reader.activity(key))));
        sections.add(new Report.Section("Whom " + name + " answers", exchanges(reader.answers(key), "answers")));
        sections.add(new Report.Section("Who answers " + name, exchanges(reader.answeredBy(key), "is answered")));
        sections.add(new Report.Section("People and organisations mentioned", mentions(reader.mentions(key))));
        sections.add(new Report.Section("Representative comments", representative(comments)));
        return new Report(name, "Participant " + key + " · " + Objects.toString(p.get("kind"), "unknown kind")
                + " · " + comments.size() + " comment" + (comments.size() == 1 ? "" : "s"), sections);
    }

    @SuppressWarnings("unchecked")
    private static List<Report.Fact> overview(Map<String, Object> row, Map<String, Object> p,
                                              List<Map<String, Object>> comments, Map<String, Object> ranked) {
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact("Key", (String) p.get("key"), null));
        add(facts, "Kind", p.get("kind"));
        Set<Object> posts = new HashSet<>();
        comments.forEach(c -> posts.add(c.get("postId")));
        facts.add(new Report.Fact("Comments", comments.size() + " on " + posts.size() + " post"
                + (posts.size() == 1 ? "" : "s"), null));
        List<String> times = comments.stream().map(c -> (String) ((Map<String, Object>) c.get("comment"))
                .get("published")).filter(Objects::nonNull).sorted(Comparator.comparing(Formats::instant)).toList();
        if (!times.isEmpty()) {
            add(facts, "First comment", Formats.when(times.get(0)));
            add(facts, "Latest comment", Formats.when(times.get(times.size() - 1)));
        }
        List<String> camps = new ArrayList<>();
        for (Object k : (List<Object>) row.get("camps")) {
            Map<String, Object> camp = (Map<String, Object>) k;
            camps.add(Objects.toString(camp.get("name"), "") + " (" + camp.get("id") + ")");
        }
        add(facts, "Camp", camps.isEmpty() ? p.get("camp") : String.join("; ", camps));
        add(facts, "PageRank", scoreAndRank(p.get("pagerank"), row.get("pagerankRank"),
                ranked.get("pagerankRanked")));
        add(facts, "Betweenness", scoreAndRank(p.get("betweenness"), row.get("betweennessRank"),
                ranked.get("betweennessRanked")));
        add(facts, "Answers others (out-degree)", p.get("outDegree"));
        add(facts, "Answered by others (in-degree)", p.get("inDegree"));
        return facts;
    }

    private static String scoreAndRank(Object score, Object rank, Object of) {
        String r = Formats.rank(rank, of);
        if (score == null) {
            return r == null ? null : "rank " + r;
        }
        return Formats.score(score) + (r == null ? "" : " (rank " + r + ")");
    }

    private static void add(List<Report.Fact> facts, String name, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            facts.add(new Report.Fact(name, String.valueOf(value), null));
        }
    }

    private static List<Report.Block> activity(List<Map<String, Object>> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        months.forEach(m -> counts.put((String) m.get("month"), ((Number) m.get("comments")).longValue()));
        YearMonth first = YearMonth.parse((String) months.get(0).get("month"));
        YearMonth last = YearMonth.parse((String) months.get(months.size() - 1).get("month"));
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(m.toString());
            values.add(counts.getOrDefault(m.toString(), 0L));
        }
        return List.of(new Report.Chart("Comments per month", labels,
                List.of(new Report.Series("comments", "#1f77b4", values))));
    }

    /** Returns a table and a stacked stance chart of responses exchanged with other participants. */
    static List<Report.Block> exchanges(List<Map<String, Object>> rows, String verb) {
        if (rows.isEmpty()) {
            return List.of();
        }
        long total = 0;
        long agree = 0;
        long disagree = 0;
        List<List<Report.Cell>> table = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            long n = number(r.get("responses"));
            long a = number(r.get("agree"));
            long d = number(r.get("disagree"));
            total += n;
            agree += a;
            disagree += d;
            table.add(List.of(Report.Cell.of(who(r)), Report.Cell.of(n), Report.Cell.of(a), Report.Cell.of(d),
                    Report.Cell.of(number(r.get("neutral"))), Report.Cell.of(Formats.percent(a, n)),
                    Report.Cell.of(Formats.percent(d, n))));
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Paragraph(capitalised(verb) + " " + total + " time" + (total == 1 ? "" : "s") + ": "
                + agree + " agreeing (" + Formats.percent(agree, total) + "), " + disagree + " disagreeing ("
                + Formats.percent(disagree, total) + ")."));
        blocks.add(new Report.Table(List.of("Participant", "Responses", "Agree", "Disagree", "Neutral", "Agree share",
                "Disagree share"), table));
        List<Map<String, Object>> top = rows.subList(0, Math.min(15, rows.size()));
        List<String> labels = top.stream().map(ParticipantReport::who).toList();
        blocks.add(new Report.Chart("Responses by stance", labels, List.of(
                series("agree", Palette.AGREE, top, "agree"), series("disagree", Palette.DISAGREE, top, "disagree"),
                new Report.Series("neutral or unknown", Palette.NEUTRAL, top.stream()
                        .map(r -> number(r.get("responses")) - number(r.get("agree")) - number(r.get("disagree")))
                        .toList()))));
        return blocks;
    }

    private static Report.Series series(String name, String colour, List<Map<String, Object>> rows, String column) {
        return new Report.Series(name, colour, rows.stream().map(r -> number(r.get(column))).toList());
    }

    private static String who(Map<String, Object> r) {
        String name = Objects.toString(r.get("name"), "unknown");
        return r.get("key") == null || name.equals(r.get("key")) ? name : name + " (" + r.get("key") + ")";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static List<Report.Block> mentions(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<List<Report.Cell>> table = rows.stream().map(r -> List.of(Report.Cell.of(r.get("name")),
                Report.Cell.of(r.get("type")), Report.Cell.of(r.get("mentions")), Report.Cell.of(r.get("defended")),
                Report.Cell.of(r.get("attacked")))).toList();
        return List.of(new Report.Table(List.of("Entity", "Type", "Mentions", "Defended", "Attacked"), table));
    }

    /**
     * Returns the most central comments (most comments downstream) and the most responded-to ones,
     * each shown once with every reason it was chosen; the latest ones when nobody answered.
     */
    private List<Report.Block> representative(List<Map<String, Object>> comments) {
        Comparator<Map<String, Object>> byTime = Comparator.comparing(ParticipantReport::published,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<Object, Map<String, Object>> chosen = new LinkedHashMap<>();
        Map<Object, List<String>> reasons = new LinkedHashMap<>();
        for (String column : List.of("downstream", "responses")) {
            String reason = column.equals("downstream") ? "most central (starts the longest discussion)"
                    : "most responded-to";
            comments.stream().filter(c -> number(c.get(column)) > 0)
                    .sorted(Comparator.<Map<String, Object>>comparingLong(c -> -number(c.get(column)))
                            .thenComparing(byTime)).limit(SHOWN).forEach(c -> {
                                chosen.putIfAbsent(id(c), c);
                                reasons.computeIfAbsent(id(c), k -> new ArrayList<>()).add(reason);
                            });
        }
        if (chosen.isEmpty()) {
            comments.stream().sorted(byTime.reversed()).limit(SHOWN).forEach(c -> {
                chosen.put(id(c), c);
                reasons.put(id(c), List.of("latest (nobody answered them)"));
            });
        }
        List<Report.Block> cards = new ArrayList<>();
        chosen.forEach((id, c) -> cards.add(card(c, String.join(" and ", reasons.get(id)))));
        return cards;
    }

    @SuppressWarnings("unchecked")
    private static Instant published(Map<String, Object> c) {
        Object published = ((Map<String, Object>) c.get("comment")).get("published");
        return published == null ? null : Formats.instant((String) published);
    }

    @SuppressWarnings("unchecked")
    private static Object id(Map<String, Object> c) {
        return ((Map<String, Object>) c.get("comment")).get("id");
    }

    @SuppressWarnings("unchecked")
    private Report.Card card(Map<String, Object> c, String why) {
        Map<String, Object> comment = (Map<String, Object>) c.get("comment");
        String published = (String) comment.get("published");
        String label = comment.get("label") == null ? "" : " · comment " + comment.get("label");
        long responses = number(c.get("responses"));
        long downstream = number(c.get("downstream"));
        String meta = (published == null ? "" : Formats.when(published) + " · ") + why + " · " + responses
                + " direct response" + (responses == 1 ? "" : "s") + ", " + downstream + " in the discussion below it";
        return new Report.Card(Objects.toString(c.get("postTitle"), "post " + c.get("postId")) + label, meta,
                redactor.apply(Objects.toString(comment.get("text"), "")),
                Formats.commentUrl((String) c.get("postUrl"), (String) comment.get("id"), published));
    }
}
