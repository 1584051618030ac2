package org.threadgraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * Writes Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges":
 * [{"data": {"id", "source", "target", ...}}]}}}, loadable with {@code cy.add(json.elements)} or
 * Cytoscape desktop's JSON import. Attribute values keep their JSON types; lists stay arrays. An
 * attribute named like a field Cytoscape.js interprets ({@code id}, {@code source}, {@code target},
 * {@code parent}) is written as {@code property_NAME}.
 */
final class CytoscapeFormat {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> CYTOSCAPE_NAMES = Set.of("id", "source", "target", "parent");

    private CytoscapeFormat() {
    }

    static void write(SliceGraph g, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("elements", elements(g));
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
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
