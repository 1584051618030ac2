package org.threadgraph.store;

import java.util.List;
import java.util.Map;

/**
 * A part of the graph as plain records, for exports, views and reports.
 *
 * @param nodes nodes with their label and every stored property
 * @param edges relationships with their type and every stored property
 */
public record GraphSlice(List<Node> nodes, List<Edge> edges) {

    /**
     * A node.
     *
     * @param id         the node's id or key
     * @param label      its main label (Post, Comment, Quote, Participant, Entity, …)
     * @param properties every stored property, as plain values
     */
    public record Node(String id, String label, Map<String, Object> properties) {
    }

    /**
     * A relationship.
     *
     * @param source     id of the start node
     * @param target     id of the end node
     * @param type       relationship type
     * @param properties every stored property, as plain values
     */
    public record Edge(String source, String target, String type, Map<String, Object> properties) {
    }
}
