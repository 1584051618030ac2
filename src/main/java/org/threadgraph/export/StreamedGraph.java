package org.threadgraph.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.threadgraph.render.Palette;
import org.threadgraph.store.GraphSlice;
import org.threadgraph.store.StoreException;

/**
 * A graph to write as one file, read in two passes over an {@link ElementSource} so that a whole
 * blog is never held in memory. The first pass learns what a file states before its first element:
 * the type of every attribute, the camps (their colours follow their sorted order) and how each node
 * is answered (GEXF sizes, Cytoscape activity). The second hands over every node and then every edge
 * with its {@link Attributes}, in the source's order; an edge with an end outside the nodes is left
 * out and counted. Between the passes only an index of the node ids and two numbers per node are kept.
 */
final class StreamedGraph {

    /**
     * A node.
     *
     * @param id         its id
     * @param index      its position among the nodes, from 0
     * @param attributes its attributes ({@link Attributes#node})
     */
    record Node(String id, int index, Map<String, Object> attributes) {
    }

    /**
     * An edge.
     *
     * @param index       its position among the edges, from 0
     * @param source      the id of its start node
     * @param sourceIndex the position of its start node among the nodes
     * @param target      the id of its end node
     * @param attributes  its attributes ({@link Attributes#edge})
     */
    record Edge(int index, String source, int sourceIndex, String target, Map<String, Object> attributes) {
    }

    /** Receives the elements of the second pass, writing them somewhere that may fail. */
    @FunctionalInterface
    interface Visitor<T, X extends Exception> {
        void visit(T element) throws X;
    }

    /** A step between the nodes and the edges, such as closing a list of nodes and opening one of edges. */
    @FunctionalInterface
    interface Step<X extends Exception> {
        void run() throws X;
    }

    /** Carries a visitor's checked exception out through the source's consumers. */
    private static final class VisitFailed extends RuntimeException {
        VisitFailed(Exception cause) {
            super(cause);
        }
    }

    private final ElementSource source;
    private final Attributes attributes;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, PropertyType> nodeTypes = new LinkedHashMap<>();
    private final Map<String, PropertyType> edgeTypes = new LinkedHashMap<>();
    private final Set<String> camps = new HashSet<>();
    private long[] weightIn = new long[1024];
    private int[] responsesIn = new int[1024];
    private int edges;
    private int leftOut;

    private StreamedGraph(ElementSource source, int textLimit) {
        this.source = source;
        this.attributes = new Attributes(textLimit);
    }

    /**
     * Reads the source once, for what the file needs before its elements.
     *
     * @param textLimit length of text snippets ({@link Attributes#SNIPPET}, or {@link Attributes#WHOLE})
     * @throws IllegalStateException when two nodes share an id
     */
    static StreamedGraph read(ElementSource source, int textLimit) {
        StreamedGraph g = new StreamedGraph(source, textLimit);
        source.stream(g::count, g::count);
        return g;
    }

    private void count(GraphSlice.Node node) {
        int i = index.size();
        if (index.putIfAbsent(node.id(), i) != null) {
            throw new IllegalStateException("two nodes share the id " + node.id() + " (one of them a " + node.label()
                    + "); the export needs ids unique across labels");
        }
        Map<String, Object> a = attributes.node(node);
        a.forEach((name, value) -> nodeTypes.merge(name, PropertyType.of(value), PropertyType::merge));
        if (a.get("camp") != null) {
            camps.add(String.valueOf(a.get("camp")));
        }
        if (i == weightIn.length) {
            weightIn = Arrays.copyOf(weightIn, 2 * i);
            responsesIn = Arrays.copyOf(responsesIn, 2 * i);
        }
    }

    private void count(GraphSlice.Edge edge) {
        Integer target = index.get(edge.target());
        if (target == null || !index.containsKey(edge.source())) {
            leftOut++;
            return;
        }
        edges++;
        Map<String, Object> a = attributes.edge(edge);
        a.forEach((name, value) -> edgeTypes.merge(name, PropertyType.of(value), PropertyType::merge));
        weightIn[target] += weight(a);
        if (!"REPLY_TO".equals(edge.type())) {
            responsesIn[target]++;
        }
    }

    /**
     * Reads the source again, passing every node and then every edge between them to the visitors.
     *
     * @throws X what a visitor throws
     */
    <X extends Exception> void stream(Visitor<Node, X> nodes, Visitor<Edge, X> edges) throws X {
        stream(nodes, () -> {
        }, edges);
    }

    /**
     * Reads the source again, passing every node to its visitor, then running {@code nodesDone} once,
     * then passing every edge between the nodes to its visitor.
     *
     * @throws X what a visitor or the step throws
     */
    <X extends Exception> void stream(Visitor<Node, X> nodes, Step<X> nodesDone, Visitor<Edge, X> edges) throws X {
        int[] edgeCount = {0};
        try {
            source.stream(node -> visit(nodes, new Node(node.id(), indexOf(node), attributes.node(node))),
                    edge -> {
                        Integer from = index.get(edge.source());
                        if (from != null && index.containsKey(edge.target())) {
                            if (edgeCount[0] == 0) {
                                run(nodesDone);
                            }
                            visit(edges, new Edge(edgeCount[0]++, edge.source(), from, edge.target(),
                                    attributes.edge(edge)));
                        }
                    });
            if (edgeCount[0] == 0) {
                nodesDone.run();
            }
        } catch (VisitFailed e) {
            @SuppressWarnings("unchecked")
            X cause = (X) e.getCause();
            throw cause;
        }
    }

    /** Returns the node's index from the first pass; a node new since then means the graph is being written to. */
    private int indexOf(GraphSlice.Node node) {
        Integer i = index.get(node.id());
        if (i == null) {
            throw new StoreException("the graph changed during the export (" + node.label() + " " + node.id()
                    + " is new): export again when nothing is writing to it", true, null);
        }
        return i;
    }

    private static <T, X extends Exception> void visit(Visitor<T, X> visitor, T element) {
        run(() -> visitor.visit(element));
    }

    private static <X extends Exception> void run(Step<X> step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new VisitFailed(e);
        }
    }

    /** Returns how many responses an edge stands for: a participant edge's count, else 1. */
    static long weight(Map<String, Object> edge) {
        return edge.get("responses") instanceof Number n ? n.longValue() : 1;
    }

    /** Returns every node attribute name, in order of first appearance, with the type that holds all its values. */
    Map<String, PropertyType> nodeTypes() {
        return nodeTypes;
    }

    /** Returns every edge attribute name, in order of first appearance, with the type that holds all its values. */
    Map<String, PropertyType> edgeTypes() {
        return edgeTypes;
    }

    /** Returns the colour of each camp a node belongs to ({@link Palette#camps}). */
    Map<String, String> campColours() {
        return Palette.camps(camps);
    }

    /** Returns the responses the node at this index receives, by {@link #weight}. */
    long weightIn(int node) {
        return weightIn[node];
    }

    /** Returns how many edges other than structural REPLY_TO ones end at the node at this index. */
    int responsesIn(int node) {
        return responsesIn[node];
    }

    /** Returns how many nodes there are. */
    int nodes() {
        return index.size();
    }

    /** Returns how many edges join two of the nodes. */
    int edges() {
        return edges;
    }

    /** Returns how many edges were left out because an end lies outside the nodes. */
    int leftOut() {
        return leftOut;
    }
}
