package org.threadgraph.report;

import java.util.ArrayList;
import java.util.List;
import org.threadgraph.render.Escape;

/**
 * Renders a {@link Report} as GitHub-flavoured Markdown: facts as a list, tables as pipe tables,
 * charts as tables of their numbers, comments as block quotes. Text is escaped so that a comment
 * can never turn into markup.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(Escape.markdown(report.title())).append("\n\n*").append(Escape.markdown(report.subtitle()))
                .append("*\n");
        for (Report.Section section : report.sections()) {
            if (section.blocks().isEmpty()) {
                continue;
            }
            md.append("\n## ").append(Escape.markdown(section.heading())).append("\n");
            section.blocks().forEach(b -> block(md, b));
        }
        return md.toString();
    }

    private static void block(StringBuilder md, Report.Block block) {
        md.append('\n');
        if (block instanceof Report.Paragraph p) {
            md.append(Escape.markdown(p.text())).append('\n');
        } else if (block instanceof Report.Facts f) {
            f.facts().forEach(fact -> md.append("- **").append(Escape.markdown(fact.name())).append(":** ")
                    .append(link(fact.value(), fact.href())).append('\n'));
        } else if (block instanceof Report.Table t) {
            table(md, t.headers(), t.rows());
        } else if (block instanceof Report.Chart c) {
            md.append('*').append(Escape.markdown(c.caption())).append("*\n\n");
            List<String> headers = new ArrayList<>(List.of(""));
            c.series().forEach(s -> headers.add(s.name()));
            List<List<Report.Cell>> rows = new ArrayList<>();
            for (int i = 0; i < c.labels().size(); i++) {
                List<Report.Cell> row = new ArrayList<>(List.of(Report.Cell.of(c.labels().get(i))));
                for (Report.Series s : c.series()) {
                    row.add(Report.Cell.of(s.values().get(i)));
                }
                rows.add(row);
            }
            table(md, headers, rows);
        } else if (block instanceof Report.Picture p) {
            md.append('*').append(Escape.markdown(p.caption())).append(" (drawn in the HTML report)*\n");
        } else if (block instanceof Report.Card c) {
            md.append("**").append(link(c.heading(), c.href())).append("**  \n*").append(Escape.markdown(c.meta()))
                    .append("*\n\n");
            c.text().lines().forEach(line -> md.append("> ").append(Escape.markdown(line)).append('\n'));
        }
    }

    private static void table(StringBuilder md, List<String> headers, List<List<Report.Cell>> rows) {
        md.append('|');
        headers.forEach(h -> md.append(' ').append(cell(h)).append(" |"));
        md.append("\n|");
        headers.forEach(h -> md.append(" --- |"));
        md.append('\n');
        for (List<Report.Cell> row : rows) {
            md.append('|');
            row.forEach(c -> md.append(' ').append(c.href() == null ? cell(c.text()) : link(c.text(), c.href()))
                    .append(" |"));
            md.append('\n');
        }
    }

    private static String cell(String text) {
        return Escape.markdown(text.replaceAll("\\s+", " "));
    }

    private static String link(String text, String href) {
        if (href == null) {
            return Escape.markdown(text);
        }
        return "[" + Escape.markdown(text.replaceAll("\\s+", " ")) + "](" + href.replace(" ", "%20").replace(")", "%29")
                .replace("(", "%28") + ")";
    }
}
