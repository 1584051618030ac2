package org.threadgraph.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadgraph.render.Captions;
import org.threadgraph.render.Escape;
import org.threadgraph.render.Palette;
import org.threadgraph.store.GraphSlice;

/**
 * Draws the participant network as inline SVG with a deterministic layout, so the same graph always
 * gives the same picture: participants who answer or are answered on a circle, grouped by camp and
 * ordered by activity within it, sized by their comments and filled by camp; who answers whom as
 * lines coloured by the prevailing stance. The most active are named by their captions.
 */
final class NetworkPicture {

    private static final int SIZE = 640;
    private static final int NAMED = 12;

    private NetworkPicture() {
    }

    static String svg(GraphSlice people) {
        Set<String> connected = new HashSet<>();
        people.edges().forEach(e -> {
            connected.add(e.source());
            connected.add(e.target());
        });
        List<GraphSlice.Node> nodes = people.nodes().stream().filter(n -> connected.contains(n.id()))
                .sorted(Comparator.comparing((GraphSlice.Node n) -> String.valueOf(n.properties().getOrDefault("camp",
                        "~"))).thenComparing(n -> -comments(n)).thenComparing(GraphSlice.Node::id)).toList();
        Map<String, String> colours = Palette.camps(nodes.stream().map(n -> n.properties().get("camp")).toList());
        Map<String, double[]> at = new HashMap<>();
        double centre = SIZE / 2.0;
        double ring = SIZE / 2.0 - 90;
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, nodes.size()) - Math.PI / 2;
            at.put(nodes.get(i).id(), new double[] {centre + ring * Math.cos(angle), centre + ring * Math.sin(angle)});
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "class=\"network\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-label=\"the participant network\">", SIZE, SIZE, SIZE, SIZE));
        for (GraphSlice.Edge e : people.edges()) {
            double[] a = at.get(e.source());
            double[] b = at.get(e.target());
            if (a == null || b == null || e.source().equals(e.target())) {
                continue;
            }
            long agree = number(e.properties().get("agree"));
            long disagree = number(e.properties().get("disagree"));
            String stance = agree > disagree ? "agree" : disagree > agree ? "disagree" : "neutral";
            svg.append(String.format(Locale.ROOT, "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"%s\" stroke-opacity=\"0.7\" stroke-width=\"%.1f\"/>", a[0], a[1], b[0], b[1],
                    Palette.stance(stance), 1 + Math.log(Math.max(1, number(e.properties().get("responses"))))));
        }
        List<String> named = nodes.stream().sorted(Comparator.comparingLong((GraphSlice.Node n) -> -comments(n))
                .thenComparing(GraphSlice.Node::id)).limit(NAMED).map(GraphSlice.Node::id).toList();
        for (GraphSlice.Node n : nodes) {
            double[] p = at.get(n.id());
            String caption = caption(n);
            Object camp = n.properties().get("camp");
            svg.append(String.format(Locale.ROOT, "<circle class=\"node\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                    + "stroke=\"#333\"><title>%s</title></circle>", p[0], p[1], 3 + 2.5 * Math.sqrt(comments(n)),
                    camp == null ? Palette.NO_CAMP : colours.get(String.valueOf(camp)), Escape.html(caption)));
            if (named.contains(n.id())) {
                boolean right = p[0] >= centre;
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#222\" "
                        + "text-anchor=\"%s\">%s</text>", p[0] + (right ? 10 : -10), p[1] + 3, right ? "start" : "end",
                        Escape.html(shorten(caption))));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String caption(GraphSlice.Node n) {
        Map<String, Object> p = n.properties();
        return Captions.writer(text(p.get("name")), text(p.get("firstClock")), text(p.get("firstLabel")),
                text(p.get("firstPost")));
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static long comments(GraphSlice.Node n) {
        return number(n.properties().get("comments"));
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
