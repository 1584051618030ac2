package org.threadgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.threadgraph.store.GraphSlice;

/**
 * A graph slice as a JGraphT graph for the jgrapht-io exporters: vertices are node ids, edges are
 * {@link Link}s (several may join the same two nodes, e.g. a REPLY_TO and a RESPONDS_TO), and each
 * carries its {@link Attributes} and the inferred type of every attribute name. Edges to nodes outside
 * the slice are left out and counted.
 */
final class SliceGraph {

    /** An edge: compared by identity, so equal attributes never merge two edges. */
    static final class Link {
        private final Map<String, Object> attributes;

        Link(Map<String, Object> attributes) {
            this.attributes = attributes;
        }

        Map<String, Object> attributes() {
            return attributes;
        }
    }

    private final Graph<String, Link> graph = new DirectedPseudograph<>(null, null, false);
    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final Map<String, PropertyType> nodeTypes = new LinkedHashMap<>();
    private final Map<String, PropertyType> edgeTypes = new LinkedHashMap<>();
    private int leftOut;

    /**
     * Builds the graph of a slice.
     *
     * @param textLimit length of text snippets ({@link Attributes#SNIPPET}, or {@link Attributes#WHOLE})
     * @throws IllegalStateException when two nodes of the slice share an id
     */
    SliceGraph(GraphSlice slice, int textLimit) {
        Attributes attributes = new Attributes(textLimit);
        for (GraphSlice.Node node : slice.nodes()) {
            Map<String, Object> a = attributes.node(node);
            Map<String, Object> before = nodes.putIfAbsent(node.id(), a);
            if (before != null) {
                throw new IllegalStateException("two nodes share the id " + node.id() + " (" + before.get("nodeType")
                        + " and " + node.label() + "); the export needs ids unique across labels");
            }
            graph.addVertex(node.id());
            a.forEach((name, value) -> nodeTypes.merge(name, PropertyType.of(value), PropertyType::merge));
        }
        for (GraphSlice.Edge edge : slice.edges()) {
            if (!nodes.containsKey(edge.source()) || !nodes.containsKey(edge.target())) {
                leftOut++;
                continue;
            }
            Link link = new Link(attributes.edge(edge));
            graph.addEdge(edge.source(), edge.target(), link);
            link.attributes().forEach((name, value) -> edgeTypes.merge(name, PropertyType.of(value),
                    PropertyType::merge));
        }
    }

    /** Returns the JGraphT graph. */
    Graph<String, Link> graph() {
        return graph;
    }

    /** Returns the attributes of the node with this id. */
    Map<String, Object> node(String id) {
        return nodes.get(id);
    }

    /** Returns every node attribute name with the type that holds all its values. */
    Map<String, PropertyType> nodeTypes() {
        return nodeTypes;
    }

    /** Returns every edge attribute name with the type that holds all its values. */
    Map<String, PropertyType> edgeTypes() {
        return edgeTypes;
    }

    /** Returns how many edges were left out because an end lies outside the slice. */
    int leftOut() {
        return leftOut;
    }
}
