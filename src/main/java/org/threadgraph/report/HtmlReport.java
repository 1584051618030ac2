package org.threadgraph.report;

import java.util.List;
import org.threadgraph.render.Escape;

/** Renders a {@link Report} as one self-contained HTML page: inline CSS, charts as inline SVG, no scripts. */
final class HtmlReport {

    private static final String STYLE = """
            body { font: 15px/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; color: #222; max-width: 980px;
                   margin: 24px auto; padding: 0 18px; }
            h1 { font-size: 24px; margin: 0; }
            .subtitle { color: #555; margin: 2px 0 18px; }
            h2 { font-size: 18px; border-bottom: 1px solid #ddd; padding-bottom: 3px; margin-top: 28px; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; }
            dt { color: #666; }
            dd { margin: 0; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
            th, td { border-bottom: 1px solid #e4e4e4; padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
            th { color: #555; font-weight: 600; }
            td.n { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 10px 0; }
            figcaption { font-size: 13px; color: #555; }
            .card { border-left: 4px solid #1f77b4; background: #f8f9fb; padding: 6px 12px; margin: 10px 0; }
            .card .meta { font-size: 13px; color: #555; }
            .card .text { white-space: pre-wrap; margin: 4px 0; }
            a { color: #1565c0; }
            """;

    private HtmlReport() {
    }

    static String render(Report report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"threadgraph report\">\n<title>")
                .append(Escape.html(report.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(Escape.html(report.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(Escape.html(report.subtitle())).append("</p>\n");
        for (Report.Section section : report.sections()) {
            if (section.blocks().isEmpty()) {
                continue;
            }
            h.append("<section>\n<h2>").append(Escape.html(section.heading())).append("</h2>\n");
            section.blocks().forEach(b -> block(h, b));
            h.append("</section>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder h, Report.Block block) {
        if (block instanceof Report.Paragraph p) {
            h.append("<p>").append(Escape.html(p.text())).append("</p>\n");
        } else if (block instanceof Report.Facts f) {
            h.append("<dl>\n");
            for (Report.Fact fact : f.facts()) {
                h.append("<dt>").append(Escape.html(fact.name())).append("</dt><dd>").append(link(fact.value(), fact.href()))
                        .append("</dd>\n");
            }
            h.append("</dl>\n");
        } else if (block instanceof Report.Table t) {
            table(h, t);
        } else if (block instanceof Report.Chart c) {
            h.append("<figure>").append(SvgChart.svg(c)).append("<figcaption>").append(Escape.html(c.caption()))
                    .append("</figcaption></figure>\n");
        } else if (block instanceof Report.Picture p) {
            h.append("<figure>").append(p.svg()).append("<figcaption>").append(Escape.html(p.caption()))
                    .append("</figcaption></figure>\n");
        } else if (block instanceof Report.Card c) {
            h.append("<div class=\"card\"><div><strong>").append(link(c.heading(), c.href()))
                    .append("</strong></div>\n<div class=\"meta\">").append(Escape.html(c.meta())).append("</div>\n")
                    .append("<div class=\"text\">").append(Escape.html(c.text())).append("</div></div>\n");
        }
    }

    private static void table(StringBuilder h, Report.Table t) {
        h.append("<table>\n<thead><tr>");
        t.headers().forEach(head -> h.append("<th>").append(Escape.html(head)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<Report.Cell> row : t.rows()) {
            h.append("<tr>");
            for (Report.Cell cell : row) {
                boolean number = cell.text().matches("-?[\\d.,]+%?( of [\\d,]+)?");
                h.append(number ? "<td class=\"n\">" : "<td>").append(link(cell.text(), cell.href())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static String link(String text, String href) {
        return href == null ? Escape.html(text) : "<a href=\"" + Escape.html(href) + "\">" + Escape.html(text) + "</a>";
    }
}
