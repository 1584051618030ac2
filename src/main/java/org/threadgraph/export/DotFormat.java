package org.threadgraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.threadgraph.render.Palette;

/**
 * Writes Graphviz DOT with jgrapht-io, styled to render as is ({@code dot -Tsvg}): nodes filled with
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

    private DotFormat() {
    }

    static void write(SliceGraph g, Writer out) {
        Map<String, String> camps = Palette.camps(g.graph().vertexSet().stream().map(v -> g.node(v).get("camp"))
                .toList());
        DOTExporter<String, SliceGraph.Link> exporter = new DOTExporter<>(DotFormat::quotedId);
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("rankdir", DefaultAttribute.createAttribute("BT"));
            return a;
        });
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Object> values = g.node(v);
            Map<String, Attribute> a = new LinkedHashMap<>();
            String type = String.valueOf(values.get("nodeType"));
            a.put("label", text(values.get("caption")));
            a.put("tooltip", text(values.getOrDefault("text", values.get("caption"))));
            a.put("shape", DefaultAttribute.createAttribute(shape(type)));
            a.put("style", DefaultAttribute.createAttribute("filled"));
            String fill = type.equals("Post") ? Palette.POST : camps.getOrDefault(
                    values.get("camp") == null ? null : String.valueOf(values.get("camp")), Palette.NO_CAMP);
            a.put("fillcolor", DefaultAttribute.createAttribute(fill));
            a.put("fontcolor", DefaultAttribute.createAttribute(type.equals("Post") ? "white" : "black"));
            data(values, a);
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Object> values = e.attributes();
            Map<String, Attribute> a = new LinkedHashMap<>();
            if ("REPLY_TO".equals(values.get("type"))) {
                a.put("style", DefaultAttribute.createAttribute("dashed"));
                a.put("color", DefaultAttribute.createAttribute(Palette.STRUCTURAL));
            } else {
                a.put("color", DefaultAttribute.createAttribute(Palette.stance(stance(values))));
            }
            if (values.get("responses") instanceof Number n) {
                a.put("penwidth", DefaultAttribute.createAttribute(
                        String.format(Locale.ROOT, "%.1f", 1 + Math.log(n.doubleValue()) / Math.log(2))));
            }
            data(values, a);
            return a;
        });
        exporter.exportGraph(g.graph(), out);
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

    private static void data(Map<String, Object> values, Map<String, Attribute> into) {
        ReservedNames.rename(values, GRAPHVIZ_NAMES).forEach((name, value) -> {
            if (!name.equals("caption")) {
                into.put(name, text(value));
            }
        });
    }

    /**
     * Returns the value as a DOT string: backslashes kept literal, line breaks as spaces (the
     * exporter escapes quotes).
     */
    private static Attribute text(Object value) {
        String s = AttributeValues.text(value).replace("\\", "\\\\").replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return DefaultAttribute.createAttribute(s);
    }

    private static String quotedId(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
