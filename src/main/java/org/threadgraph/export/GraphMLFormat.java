package org.threadgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Writes GraphML as it streams: every attribute declared with its type in a {@code <key>}
 * ({@code long}, {@code double}, {@code boolean}, else {@code string}); a name that nodes and edges
 * both carry is declared once {@code for="all"}. A node's {@code label}, which Gephi and yEd show, is
 * its readable caption; a stored property named {@code label} (a comment's number) is written as
 * {@code property_label}. The document is the one jgrapht-io's {@code GraphMLExporter} wrote: the
 * same SAX events into the JDK's indenting serializer, keys numbered {@code key0}, {@code key1}….
 */
final class GraphMLFormat {

    private static final String LABEL = "label";
    private static final String CAPTION = "caption";
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA_LOCATION = GRAPHML + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    /** A declared attribute: its key id, whether nodes and edges carry it, and its declared type. */
    private record Key(String id, boolean node, boolean edge, PropertyType type) {
    }

    private GraphMLFormat() {
    }

    static void write(StreamedGraph g, Writer out) throws IOException {
        Map<String, PropertyType> nodeTypes = new LinkedHashMap<>();
        nodeTypes.put(LABEL, PropertyType.STRING);
        ReservedNames.renameTypes(g.nodeTypes(), Set.of(LABEL)).forEach(nodeTypes::putIfAbsent);
        nodeTypes.remove(CAPTION);
        Map<String, PropertyType> edgeTypes = ReservedNames.renameTypes(g.edgeTypes(), Set.of(LABEL));
        Map<String, PropertyType> types = new LinkedHashMap<>(nodeTypes);
        edgeTypes.forEach((name, type) -> types.merge(name, type, PropertyType::merge));
        Map<String, Key> keys = new LinkedHashMap<>();
        types.forEach((name, type) -> keys.put(name, new Key("key" + keys.size(), nodeTypes.containsKey(name),
                edgeTypes.containsKey(name), type)));
        try {
            TransformerHandler h = ((SAXTransformerFactory) TransformerFactory.newInstance()).newTransformerHandler();
            h.getTransformer().setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            h.getTransformer().setOutputProperty(OutputKeys.INDENT, "yes");
            h.setResult(new StreamResult(out));
            h.startDocument();
            h.startPrefixMapping("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            h.endPrefixMapping("xsi");
            h.startElement(GRAPHML, "", "graphml", attributes("xsi:schemaLocation", SCHEMA_LOCATION));
            for (Map.Entry<String, Key> k : keys.entrySet()) {
                Key key = k.getValue();
                String category = key.node() && key.edge() ? "all" : key.node() ? "node" : "edge";
                h.startElement("", "", "key", attributes("id", key.id(), "for", category, "attr.name", k.getKey(),
                        "attr.type", AttributeValues.declared(key.type()).toString()));
                h.endElement("", "", "key");
            }
            h.startElement("", "", "graph", attributes("edgedefault", "directed"));
            g.stream(node -> {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put(LABEL, node.attributes().get(CAPTION));
                ReservedNames.rename(node.attributes(), Set.of(LABEL)).forEach(values::putIfAbsent);
                values.remove(CAPTION);
                h.startElement("", "", "node", attributes("id", node.id()));
                data(h, keys, values, true);
                h.endElement("", "", "node");
            }, edge -> {
                h.startElement("", "", "edge", attributes("source", edge.source(), "target", edge.target()));
                data(h, keys, ReservedNames.rename(edge.attributes(), Set.of(LABEL)), false);
                h.endElement("", "", "edge");
            });
            h.endElement("", "", "graph");
            h.endElement("", "", "graphml");
            h.endDocument();
        } catch (TransformerConfigurationException | SAXException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** Writes a {@code <data>} for each declared attribute of the element's kind that it carries, in key order. */
    private static void data(TransformerHandler h, Map<String, Key> keys, Map<String, Object> values, boolean node)
            throws SAXException {
        for (Map.Entry<String, Key> k : keys.entrySet()) {
            Key key = k.getValue();
            if ((node ? key.node() : key.edge()) && values.containsKey(k.getKey())) {
                String text = AttributeValues.of(values.get(k.getKey()), key.type()).getValue();
                if (text != null) {
                    h.startElement("", "", "data", attributes("key", key.id()));
                    h.characters(text.toCharArray(), 0, text.length());
                    h.endElement("", "", "data");
                }
            }
        }
    }

    private static AttributesImpl attributes(String... namesAndValues) {
        AttributesImpl a = new AttributesImpl();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            a.addAttribute("", "", namesAndValues[i], "CDATA", namesAndValues[i + 1]);
        }
        return a;
    }
}
