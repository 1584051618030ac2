package org.threadgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Reads a GraphML file written by {@code threadgraph export} into a simple directed JGraphT graph
 * (parallel edges merged, self-loops kept), streaming, as {@code src/bench/python/peers.py} reads
 * it for NetworkX and igraph, so that all three time the same graph.
 */
final class ExportedGraph {

    /** Which graph of an export to read. */
    enum Kind {
        /** Every node and edge of a participants export. */
        participants,
        /** The Comment nodes of a blog export and the RESPONDS_TO edges between them: who really answers whom. */
        replies
    }

    private ExportedGraph() {
    }

    static Graph<String, DefaultEdge> read(Path file, Kind kind) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, String> keys = new HashMap<>();
        Set<String> kept = new HashSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            String element = null;
            String source = null;
            String target = null;
            Map<String, String> data = new HashMap<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "key" -> keys.put(r.getAttributeValue(null, "id"), r.getAttributeValue(null, "attr.name"));
                        case "node" -> {
                            element = "node";
                            source = r.getAttributeValue(null, "id");
                            data.clear();
                        }
                        case "edge" -> {
                            element = "edge";
                            source = r.getAttributeValue(null, "source");
                            target = r.getAttributeValue(null, "target");
                            data.clear();
                        }
                        case "data" -> {
                            String dataKey = keys.get(r.getAttributeValue(null, "key"));
                            if ("nodeType".equals(dataKey) || "type".equals(dataKey)) {
                                data.put(dataKey, r.getElementText());
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(element)) {
                    if (element.equals("node")) {
                        if (kind == Kind.participants || "Comment".equals(data.get("nodeType"))) {
                            graph.addVertex(source);
                            kept.add(source);
                        }
                    } else if (kind == Kind.participants
                            || ("RESPONDS_TO".equals(data.get("type")) && kept.contains(source)
                            && kept.contains(target))) {
                        graph.addVertex(source);
                        graph.addVertex(target);
                        graph.addEdge(source, target);
                    }
                    element = null;
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IOException(file + ": line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
                    + ": " + e.getMessage(), e);
        }
        return graph;
    }
}
