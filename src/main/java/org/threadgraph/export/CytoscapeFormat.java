package org.threadgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
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

    // Writes one value into a document being written: flushing the file after each would cost a system call.
    private static final ObjectWriter VALUES = JSON.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private static final Set<String> CYTOSCAPE_NAMES = Set.of("id", "source", "target", "parent");

    private CytoscapeFormat() {
    }

    /** Returns how active a node is: comments written (participants), else responses received. */
    private static long activity(StreamedGraph g, StreamedGraph.Node node) {
        return node.attributes().get("comments") instanceof Number n ? n.longValue() : g.responsesIn(node.index());
    }

    static void write(StreamedGraph g, Writer out) throws IOException {
        try (JsonGenerator json = JSON.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("elements");
            writeElements(g, json);
            json.writeEndObject();
        }
    }

    /**
     * Writes a Cytoscape.js stylesheet for the elements (Cytoscape desktop imports it too): nodes
     * labelled by caption, filled by camp and sized by activity, responses coloured by stance and
     * structural replies dashed, with the shared {@link Palette}.
     */
    static void writeStyle(StreamedGraph g, Writer out) throws IOException {
        ArrayNode style = JSON.createArrayNode();
        ObjectNode node = rule(style, "node");
        node.put("label", "data(caption)").put("font-size", 9).put("text-valign", "bottom")
                .put("background-color", Palette.NO_CAMP).put("border-width", 1).put("border-color", "#333")
                .put("width", "mapData(activity, 0, 20, 12, 60)").put("height", "mapData(activity, 0, 20, 12, 60)");
        rule(style, "node[nodeType = \"Post\"]").put("background-color", Palette.POST).put("shape", "round-rectangle");
        g.campColours().forEach((camp, colour) ->
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

    /** Returns the {@code elements} object, for a page that holds it whole ({@link #writeElements}). */
    static JsonNode elements(StreamedGraph g) throws IOException {
        TokenBuffer buffer = new TokenBuffer(JSON, false);
        writeElements(g, buffer);
        try (JsonParser parser = buffer.asParser()) {
            return JSON.readTree(parser);
        }
    }

    /** Writes the {@code elements} object: nodes, then edges with ids {@code edge:0}, {@code edge:1}… */
    static void writeElements(StreamedGraph g, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("nodes");
        g.stream(node -> {
            // Built as a map first: a property named like a field written here keeps its first place.
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", node.id());
            data.putAll(ReservedNames.rename(node.attributes(), CYTOSCAPE_NAMES));
            data.put("activity", activity(g, node));
            element(json, data);
        }, () -> {
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
        }, edge -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", "edge:" + edge.index());
            data.put("source", edge.source());
            data.put("target", edge.target());
            data.putAll(ReservedNames.rename(edge.attributes(), CYTOSCAPE_NAMES));
            element(json, data);
        });
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Writes {@code {"data": {...}}}, each value as Jackson's tree model has it. */
    private static void element(JsonGenerator json, Map<String, Object> data) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        for (Map.Entry<String, Object> field : data.entrySet()) {
            json.writeFieldName(field.getKey());
            VALUES.writeValue(json, JSON.valueToTree(field.getValue()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }
}
