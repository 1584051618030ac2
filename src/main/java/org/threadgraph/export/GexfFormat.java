package org.threadgraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.IntegerIdProvider;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * Writes GEXF 1.2 with jgrapht-io, for Gephi: a node's caption is its GEXF label and an edge's
 * relationship type its label; every other attribute is declared with its type. GEXF reserves
 * {@code label} (nodes and edges) and {@code type} and {@code weight} (edges), so attributes of those
 * names are written as {@code property_label} and so on.
 */
final class GexfFormat {

    private static final Set<String> NODE_RESERVED = Set.of("label");
    private static final Set<String> EDGE_RESERVED = Set.of("label", "type", "weight");

    private GexfFormat() {
    }

    static void write(SliceGraph g, Writer out) {
        GEXFExporter<String, SliceGraph.Link> exporter = new GEXFExporter<>(Function.identity(),
                new IntegerIdProvider<>());
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        exporter.setCreator("threadgraph");
        exporter.setDescription("Comment threads: who answers whom, with stance, camps and centrality");
        Map<String, PropertyType> nodeTypes = ReservedNames.renameTypes(g.nodeTypes(), NODE_RESERVED);
        Map<String, PropertyType> edgeTypes = ReservedNames.renameTypes(g.edgeTypes(), EDGE_RESERVED);
        nodeTypes.remove("caption");
        nodeTypes.forEach((name, type) -> exporter.registerAttribute(name, AttributeCategory.NODE, declared(type)));
        edgeTypes.forEach((name, type) -> exporter.registerAttribute(name, AttributeCategory.EDGE, declared(type)));
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Object> values = g.node(v);
            Map<String, Attribute> a = attributes(ReservedNames.rename(values, NODE_RESERVED), nodeTypes);
            a.put("label", DefaultAttribute.createAttribute(String.valueOf(values.get("caption"))));
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = attributes(ReservedNames.rename(e.attributes(), EDGE_RESERVED), edgeTypes);
            a.put("label", DefaultAttribute.createAttribute(String.valueOf(e.attributes().get("type"))));
            return a;
        });
        exporter.exportGraph(g.graph(), out);
    }

    private static GEXFAttributeType declared(PropertyType type) {
        return switch (AttributeValues.declared(type)) {
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            case LONG -> GEXFAttributeType.LONG;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            default -> GEXFAttributeType.STRING;
        };
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values, Map<String, PropertyType> types) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (types.containsKey(name)) {
                out.put(name, AttributeValues.of(value, types.get(name)));
            }
        });
        return out;
    }
}
