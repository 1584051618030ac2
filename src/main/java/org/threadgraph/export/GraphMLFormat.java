package org.threadgraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes GraphML with jgrapht-io: every attribute declared with its type in a {@code <key>}
 * ({@code long}, {@code double}, {@code boolean}, else {@code string}); a name that nodes and edges
 * both carry is declared once {@code for="all"}.
 */
final class GraphMLFormat {

    private GraphMLFormat() {
    }

    static void write(SliceGraph g, Writer out) {
        GraphMLExporter<String, SliceGraph.Link> exporter = new GraphMLExporter<>(Function.identity());
        Map<String, PropertyType> types = new LinkedHashMap<>();
        g.nodeTypes().forEach(types::put);
        g.edgeTypes().forEach((name, type) -> types.merge(name, type, PropertyType::merge));
        types.forEach((name, type) -> {
            boolean node = g.nodeTypes().containsKey(name);
            boolean edge = g.edgeTypes().containsKey(name);
            AttributeCategory category = node && edge ? AttributeCategory.ALL
                    : node ? AttributeCategory.NODE : AttributeCategory.EDGE;
            exporter.registerAttribute(name, category, AttributeValues.declared(type));
        });
        exporter.setVertexAttributeProvider(v -> attributes(g.node(v), types));
        exporter.setEdgeAttributeProvider(e -> attributes(e.attributes(), types));
        exporter.exportGraph(g.graph(), out);
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values, Map<String, PropertyType> types) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, AttributeValues.of(value, types.get(name))));
        return out;
    }
}
