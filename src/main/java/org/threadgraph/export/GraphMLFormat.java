package org.threadgraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes GraphML with jgrapht-io: every attribute declared with its type in a {@code <key>}
 * ({@code long}, {@code double}, {@code boolean}, else {@code string}); a name that nodes and edges
 * both carry is declared once {@code for="all"}. A node's {@code label}, which Gephi and yEd show, is
 * its readable caption; a stored property named {@code label} (a comment's number) is written as
 * {@code property_label}.
 */
final class GraphMLFormat {

    private static final String LABEL = "label";
    private static final String CAPTION = "caption";

    private GraphMLFormat() {
    }

    static void write(SliceGraph g, Writer out) {
        GraphMLExporter<String, SliceGraph.Link> exporter = new GraphMLExporter<>(Function.identity());
        Map<String, PropertyType> nodeTypes = new LinkedHashMap<>();
        nodeTypes.put(LABEL, PropertyType.STRING);
        ReservedNames.renameTypes(g.nodeTypes(), Set.of(LABEL)).forEach(nodeTypes::putIfAbsent);
        nodeTypes.remove(CAPTION);
        Map<String, PropertyType> edgeTypes = ReservedNames.renameTypes(g.edgeTypes(), Set.of(LABEL));
        Map<String, PropertyType> types = new LinkedHashMap<>(nodeTypes);
        edgeTypes.forEach((name, type) -> types.merge(name, type, PropertyType::merge));
        types.forEach((name, type) -> {
            boolean node = nodeTypes.containsKey(name);
            boolean edge = edgeTypes.containsKey(name);
            AttributeCategory category = node && edge ? AttributeCategory.ALL
                    : node ? AttributeCategory.NODE : AttributeCategory.EDGE;
            exporter.registerAttribute(name, category, AttributeValues.declared(type));
        });
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(LABEL, g.node(v).get(CAPTION));
            ReservedNames.rename(g.node(v), Set.of(LABEL)).forEach(values::putIfAbsent);
            values.remove(CAPTION);
            return attributes(values, types);
        });
        exporter.setEdgeAttributeProvider(e -> attributes(ReservedNames.rename(e.attributes(), Set.of(LABEL)), types));
        exporter.exportGraph(g.graph(), out);
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values, Map<String, PropertyType> types) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, AttributeValues.of(value, types.get(name))));
        return out;
    }
}
