package org.threadgraph.export;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.threadgraph.store.GraphSlice;

/**
 * Nodes and then edges, readable more than once: a slice held in memory, or the whole graph
 * streamed from the store ({@code SliceReader::streamAll}) for exports larger than memory.
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

    /** Returns a source over a slice, leaving out edges whose ends are not both in it. */
    static ElementSource withoutDanglingEdges(GraphSlice slice) {
        Set<String> ids = new HashSet<>();
        slice.nodes().forEach(n -> ids.add(n.id()));
        return (nodes, edges) -> {
            slice.nodes().forEach(nodes);
            slice.edges().stream().filter(e -> ids.contains(e.source()) && ids.contains(e.target())).forEach(edges);
        };
    }
}
