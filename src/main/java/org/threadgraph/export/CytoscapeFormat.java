package org.threadgraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import org.threadgraph.render.Palette;

/**
 * Writes Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges":
 * [{"data": {"id", "source", "target", ...}}]}}}, loadable with {@code cy.add(json.elements)} or
 * Cytoscape desktop's JSON import. Attribute values keep their JSON types; lists stay arrays. An
 * attribute named like a field Cytoscape.js interprets ({@code id}, {@code source}, {@code target},
 * {@code parent}) is written as {@code property_NAME}. Each node also carries {@code activity}
 * (comments written, or responses received), which the stylesheet sizes it by.
 */
final class CytoscapeFormat {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> CYTOSCAPE_NAMES = Set.of("id", "source", "target", "parent");

    private CytoscapeFormat() {
    }

    /** Returns how active a node is: comments written (participants), else responses received. */
    static long activity(SliceGraph g, String v) {
        if (g.node(v).get("comments") instanceof Number n) {
            return n.longValue();
        }
        return g.graph().incomingEdgesOf(v).stream().filter(e -> !"REPLY_TO".equals(e.attributes().get("type")))
                .count();
    }

    static void write(SliceGraph g, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("elements", elements(g));
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    /**
     * Writes a Cytoscape.js stylesheet for the elements (Cytoscape desktop imports it too): nodes
     * labelled by caption, filled by camp and sized by activity, responses coloured by stance and
     * structural replies dashed, with the shared {@link Palette}.
     */
    static void writeStyle(SliceGraph g, Writer out) throws IOException {
        ArrayNode style = JSON.createArrayNode();
        ObjectNode node = rule(style, "node");
        node.put("label", "data(caption)").put("font-size", 9).put("text-valign", "bottom")
                .put("background-color", Palette.NO_CAMP).put("border-width", 1).put("border-color", "#333")
                .put("width", "mapData(activity, 0, 20, 12, 60)").put("height", "mapData(activity, 0, 20, 12, 60)");
        rule(style, "node[nodeType = \"Post\"]").put("background-color", Palette.POST).put("shape", "round-rectangle");
        Palette.camps(g.graph().vertexSet().stream().map(v -> g.node(v).get("camp")).toList()).forEach((camp, colour) ->
                rule(style, "node[camp = " + JSON.valueToTree(camp) + "]").put("background-color", colour));
        rule(style, "edge").put("curve-style", "bezier").put("target-arrow-shape", "triangle").put("width", 2)
                .put("line-color", Palette.NEUTRAL).put("target-arrow-color", Palette.NEUTRAL);
        for (String stance : new String[] {"agree", "disagree"}) {
            rule(style, "edge[stance = \"" + stance + "\"], edge[" + stance + " > 0]")
                    .put("line-color", Palette.stance(stance)).put("target-arrow-color", Palette.stance(stance));
        }
        rule(style, "edge[type = \"REPLY_TO\"]").put("line-style", "dashed").put("line-color", Palette.STRUCTURAL)
                .put("target-arrow-shape", "none").put("width", 1);
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, style);
    }

    private static ObjectNode rule(ArrayNode style, String selector) {
        ObjectNode rule = style.addObject();
        rule.put("selector", selector);
        return rule.putObject("style");
    }

    /** Returns the {@code elements} object: nodes, then edges with ids {@code edge:0}, {@code edge:1}… */
    static ObjectNode elements(SliceGraph g) {
        ObjectNode elements = JSON.createObjectNode();
        ArrayNode nodes = elements.putArray("nodes");
        for (String v : g.graph().vertexSet()) {
            ObjectNode data = nodes.addObject().putObject("data");
            data.put("id", v);
            ReservedNames.rename(g.node(v), CYTOSCAPE_NAMES).forEach((name, value) -> data.set(name,
                    JSON.valueToTree(value)));
            data.put("activity", activity(g, v));
        }
        ArrayNode edges = elements.putArray("edges");
        int i = 0;
        for (SliceGraph.Link e : g.graph().edgeSet()) {
            ObjectNode data = edges.addObject().putObject("data");
            data.put("id", "edge:" + i++);
            data.put("source", g.graph().getEdgeSource(e));
            data.put("target", g.graph().getEdgeTarget(e));
            ReservedNames.rename(e.attributes(), CYTOSCAPE_NAMES).forEach((name, value) -> data.set(name,
                    JSON.valueToTree(value)));
        }
        return elements;
    }
}
