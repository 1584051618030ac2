package org.threadgraph.report;

import java.util.List;
import java.util.Locale;
import org.threadgraph.render.Escape;

/** Draws a {@link Report.Chart} as an inline SVG stacked bar chart, with a tooltip on every segment. */
final class SvgChart {

    private static final int LEFT = 44;
    private static final int TOP = 26;
    private static final int PLOT_HEIGHT = 180;

    private SvgChart() {
    }

    static String svg(Report.Chart chart) {
        List<String> labels = chart.labels();
        int n = Math.max(1, labels.size());
        int slot = Math.max(6, Math.min(48, 720 / n));
        boolean slanted = n > 8 || labels.stream().anyMatch(l -> l.length() > 8);
        int labelHeight = slanted ? 80 : 24;
        int legend = chart.series().size() < 2 ? 0
                : chart.series().stream().mapToInt(s -> 24 + 7 * s.name().length()).sum();
        int width = Math.max(LEFT + n * slot + 16, LEFT + legend);
        int height = TOP + PLOT_HEIGHT + labelHeight;
        long max = 1;
        for (int i = 0; i < labels.size(); i++) {
            long total = 0;
            for (Report.Series s : chart.series()) {
                total += s.values().get(i);
            }
            max = Math.max(max, total);
        }
        long top = niceCeiling(max);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", width, height, width, height,
                Escape.html(chart.caption())));
        for (int t = 0; t <= 4; t++) {
            long value = top * t / 4;
            double y = TOP + PLOT_HEIGHT - (double) PLOT_HEIGHT * value / top;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#e0e0e0\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" fill=\"#555\">%d</text>",
                    LEFT, width - 8, y, y, LEFT - 4, y + 3, value));
        }
        int every = Math.max(1, (int) Math.ceil(n / 24.0));
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + i * slot + slot * 0.15;
            double w = Math.max(2, slot * 0.7);
            double base = TOP + PLOT_HEIGHT;
            for (Report.Series s : chart.series()) {
                long v = s.values().get(i);
                if (v > 0) {
                    double h = (double) PLOT_HEIGHT * v / top;
                    base -= h;
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                            + "fill=\"%s\"><title>%s: %s %d</title></rect>", x, base, w, h, s.colour(),
                            Escape.html(labels.get(i)), Escape.html(s.name()), v));
                }
            }
            if (i % every == 0) {
                double cx = x + w / 2;
                double ly = TOP + PLOT_HEIGHT + 12;
                svg.append(slanted
                        ? String.format(Locale.ROOT, "<text font-size=\"10\" fill=\"#333\" text-anchor=\"end\" "
                                + "transform=\"translate(%.1f,%.1f) rotate(-45)\">%s</text>", cx, ly,
                                Escape.html(shorten(labels.get(i))))
                        : String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#333\" "
                                + "text-anchor=\"middle\">%s</text>", cx, ly, Escape.html(labels.get(i))));
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#999\"/>", LEFT,
                width - 8, TOP + PLOT_HEIGHT, TOP + PLOT_HEIGHT));
        if (chart.series().size() > 1) {
            int x = LEFT;
            for (Report.Series s : chart.series()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"6\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"15\" font-size=\"11\" fill=\"#333\">%s</text>", x, s.colour(), x + 14,
                        Escape.html(s.name())));
                x += 24 + 7 * s.name().length();
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Returns the top of the axis: four equal whole-number ticks of 1, 2, 3 or 5 times a power of
     * ten, reaching {@code max}.
     */
    static long niceCeiling(long max) {
        long tick = (max + 3) / 4;
        for (long power = 1; ; power *= 10) {
            for (long step : new long[] {1, 2, 3, 5}) {
                if (step * power >= tick) {
                    return 4 * step * power;
                }
            }
        }
    }

    private static String shorten(String label) {
        return label.length() <= 18 ? label : label.substring(0, 17) + "…";
    }
}
