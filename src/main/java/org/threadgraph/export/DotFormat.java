package org.threadgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadgraph.render.Palette;

/**
 * Writes Graphviz DOT as it streams, styled to render as is ({@code dot -Tsvg}): nodes filled with
 * their camp's colour (the post dark, nodes in no camp light grey), responses coloured by stance,
 * structural REPLY_TO edges dashed, participant edges thicker the more responses they stand for. Every
 * attribute is carried too; one whose name Graphviz interprets ({@code label}, {@code size}…) is
 * written as {@code property_NAME}.
 */
final class DotFormat {

    private static final Set<String> GRAPHVIZ_NAMES = Set.of("label", "id", "comment", "weight", "size", "group",
            "width", "height", "color", "style", "shape", "tooltip", "class", "pos", "xlabel", "URL", "href",
            "target", "fontsize", "fontcolor", "fontname", "penwidth", "fillcolor", "layer", "rank", "dir", "len",
            "margin", "image", "ordering", "sides", "peripheries", "orientation", "root", "constraint", "minlen");

    private static final String INDENT = "  ";
    // jgrapht-io's DOTExporter ended lines with println, so with the platform's line separator.
    private static final String NEWLINE = System.lineSeparator();

    private DotFormat() {
    }

    static void write(StreamedGraph g, Writer out) throws IOException {
        Map<String, String> camps = g.campColours();
        out.write("digraph G {" + NEWLINE);
        out.write(INDENT + "rankdir=BT;" + NEWLINE);
        g.stream(node -> {
            Map<String, Object> values = node.attributes();
            Map<String, String> a = new LinkedHashMap<>();
            String type = String.valueOf(values.get("nodeType"));
            a.put("label", text(values.get("caption")));
            a.put("tooltip", text(values.getOrDefault("text", values.get("caption"))));
            a.put("shape", shape(type));
            a.put("style", "filled");
            String fill = type.equals("Post") ? Palette.POST : camps.getOrDefault(
                    values.get("camp") == null ? null : String.valueOf(values.get("camp")), Palette.NO_CAMP);
            a.put("fillcolor", fill);
            a.put("fontcolor", type.equals("Post") ? "white" : "black");
            data(values, a);
            statement(out, quotedId(node.id()), a);
        }, edge -> {
            Map<String, Object> values = edge.attributes();
            Map<String, String> a = new LinkedHashMap<>();
            if ("REPLY_TO".equals(values.get("type"))) {
                a.put("style", "dashed");
                a.put("color", Palette.STRUCTURAL);
            } else {
                a.put("color", Palette.stance(stance(values)));
            }
            if (values.get("responses") instanceof Number n) {
                a.put("penwidth", String.format(Locale.ROOT, "%.1f", 1 + Math.log(n.doubleValue()) / Math.log(2)));
            }
            data(values, a);
            statement(out, quotedId(edge.source()) + " -> " + quotedId(edge.target()), a);
        });
        out.write("}" + NEWLINE);
    }

    /** Writes a node or edge statement with its attributes, quoted, as jgrapht-io's DOTExporter did. */
    private static void statement(Writer out, String subject, Map<String, String> attributes) throws IOException {
        StringBuilder line = new StringBuilder(INDENT).append(subject).append(" [ ");
        attributes.forEach((name, value) -> line.append(name).append("=\"").append(value.replace("\"", "\\\""))
                .append("\" "));
        out.write(line.append("];").append(NEWLINE).toString());
    }

    /** Returns the stance of a response, or the prevailing one of a participant edge's counts. */
    private static Object stance(Map<String, Object> values) {
        if (values.containsKey("stance")) {
            return values.get("stance");
        }
        long agree = values.get("agree") instanceof Number n ? n.longValue() : 0;
        long disagree = values.get("disagree") instanceof Number n ? n.longValue() : 0;
        return agree > disagree ? "agree" : disagree > agree ? "disagree" : "neutral";
    }

    private static String shape(String nodeType) {
        return switch (nodeType) {
            case "Post" -> "box";
            case "Entity" -> "diamond";
            case "Camp" -> "hexagon";
            case "Quote" -> "note";
            default -> "ellipse";
        };
    }

    private static void data(Map<String, Object> values, Map<String, String> into) {
        ReservedNames.rename(values, GRAPHVIZ_NAMES).forEach((name, value) -> {
            if (!name.equals("caption")) {
                into.put(name, text(value));
            }
        });
    }

    /**
     * Returns the value as a DOT string: backslashes kept literal, line breaks as spaces (quotes are
     * escaped when the attribute is written).
     */
    private static String text(Object value) {
        return AttributeValues.text(value).replace("\\", "\\\\").replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static String quotedId(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
