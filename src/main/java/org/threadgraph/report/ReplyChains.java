package org.threadgraph.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.threadgraph.store.GraphSlice;

/** Finds the longest chain of real replies in a thread: the conversation to read in order. */
final class ReplyChains {

    private ReplyChains() {
    }

    /**
     * Returns the ids of the longest chain of comments each answering (RESPONDS_TO) the one before,
     * root first; among equally long chains, the one ending earliest in {@code comments}' order. A
     * reply that would close a cycle is ignored. Empty when no comment answers another.
     *
     * @param comments  the thread's comment ids, in page order
     * @param responses its RESPONDS_TO edges (those to the post or outside the thread are ignored)
     */
    static List<String> deepest(Collection<String> comments, List<GraphSlice.Edge> responses) {
        DirectedAcyclicGraph<String, DefaultEdge> answered = new DirectedAcyclicGraph<>(DefaultEdge.class);
        comments.forEach(answered::addVertex);
        for (GraphSlice.Edge e : responses) {
            if (answered.containsVertex(e.source()) && answered.containsVertex(e.target())
                    && !e.source().equals(e.target())) {
                try {
                    answered.addEdge(e.target(), e.source());
                } catch (IllegalArgumentException cycle) {
                    // A reply that would make a comment answer itself through others says nothing about depth.
                }
            }
        }
        Map<String, Integer> length = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        for (String c : answered) {
            int best = 1;
            for (DefaultEdge in : answered.incomingEdgesOf(c)) {
                String parent = answered.getEdgeSource(in);
                if (length.get(parent) + 1 > best) {
                    best = length.get(parent) + 1;
                    previous.put(c, parent);
                }
            }
            length.put(c, best);
        }
        String end = null;
        for (String c : comments) {
            if (end == null || length.get(c) > length.get(end)) {
                end = c;
            }
        }
        if (end == null || length.get(end) < 2) {
            return List.of();
        }
        List<String> chain = new ArrayList<>();
        for (String c = end; c != null; c = previous.get(c)) {
            chain.add(c);
        }
        Collections.reverse(chain);
        return chain;
    }
}
