package org.threadgraph.export;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.threadgraph.store.GraphSlice;

/**
 * Nodes and then edges, readable more than once: a slice held in memory, or a whole-blog graph
 * streamed from the store ({@code SliceReader::streamAll}, {@code SliceReader::streamParticipants})
 * for exports larger than memory.
 */
@FunctionalInterface
interface ElementSource {

    /** Passes every node to {@code nodes}, then every edge to {@code edges}. */
    void stream(Consumer<GraphSlice.Node> nodes, Consumer<GraphSlice.Edge> edges);

    /** Returns a source over every node and edge of a slice. */
    static ElementSource of(GraphSlice slice) {
        return (nodes, edges) -> {
            slice.nodes().forEach(nodes);
            slice.edges().forEach(edges);
        };
    }

    /**
     * Returns this source leaving out edges whose ends are not both among its nodes (which come first,
     * so one pass learns them).
     */
    default ElementSource withoutDanglingEdges() {
        return (nodes, edges) -> {
            Set<String> ids = new HashSet<>();
            stream(node -> {
                ids.add(node.id());
                nodes.accept(node);
            }, edge -> {
                if (ids.contains(edge.source()) && ids.contains(edge.target())) {
                    edges.accept(edge);
                }
            });
        };
    }
}
