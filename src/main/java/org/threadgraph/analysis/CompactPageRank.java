package org.threadgraph.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;

/**
 * PageRank (S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine",
 * Computer Networks and ISDN Systems 30, 1998) by power iteration over compressed arrays: the
 * same scores as JGraphT 1.5.3's {@link org.jgrapht.alg.scoring.PageRank}, computed faster.
 *
 * <p>Like JGraphT's it starts every vertex at {@code 1/n}; each iteration gives every vertex
 * {@code r} plus {@code dampingFactor} times what flows in along its incoming edges, where a vertex
 * passes its score on in proportion to edge weight over its total outgoing weight (weighted graph
 * types) or equally over its out-degree (unweighted types), and {@code r} is {@code 1 - dampingFactor}
 * of every score plus all of a dangling vertex's (no outgoing edge), spread over the {@code n}
 * vertices. It stops after {@code maxIterations} or once no score changed by {@code tolerance} or
 * more. Self-loops and multiple edges count as edges. Undirected edges are followed both ways; an
 * undirected self-loop is followed once, as NetworkX does (JGraphT 1.5.3 sizes its in-neighbour
 * array by the degree, which counts a loop twice, and so also reads vertex 0 there: only in that
 * case the scores differ).
 *
 * <p>Unlike JGraphT's, the graph is read once into arrays ({@link IndexedEdges}, then incoming edges
 * grouped by target, compressed-sparse-row) and each vertex's share per outgoing edge is computed
 * once per iteration, so an iteration is a sequential pass over {@code int} and {@code double}
 * arrays with no map lookup and no division per edge. Scores agree with JGraphT's up to floating-point
 * rounding (summation order, and the weight fraction taken before rather than after multiplying).
 * Complexity: O(n + m) time to index, O(n + m) per iteration; O(n + m) space.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class CompactPageRank<V, E> extends ScoresComputedOnce<V, E> {

    /** Default damping factor, as JGraphT's. */
    public static final double DAMPING_FACTOR_DEFAULT = 0.85d;
    /** Default iteration cap, as JGraphT's. */
    public static final int MAX_ITERATIONS_DEFAULT = 100;
    /** Default tolerance (largest score change between iterations), as JGraphT's. */
    public static final double TOLERANCE_DEFAULT = 0.0001;

    private final double dampingFactor;
    private final int maxIterations;
    private final double tolerance;

    /** Creates the scorer with JGraphT's defaults. */
    public CompactPageRank(Graph<V, E> graph) {
        this(graph, DAMPING_FACTOR_DEFAULT, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * Creates the scorer.
     *
     * @param graph         the graph, directed or undirected
     * @param dampingFactor the damping factor, in [0, 1]
     * @param maxIterations the most iterations to run, &gt; 0
     * @param tolerance     stop once no score changes by this much or more, &gt; 0
     */
    public CompactPageRank(Graph<V, E> graph, double dampingFactor, int maxIterations, double tolerance) {
        super(graph);
        validate(dampingFactor, maxIterations, tolerance);
        this.dampingFactor = dampingFactor;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    @Override
    protected Map<V, Double> compute() {
        boolean weighted = graph.getType().isWeighted();
        IndexedEdges<V> edges = IndexedEdges.of(graph, weighted);
        int n = edges.vertexCount();
        if (n == 0) {
            return Map.of();
        }
        double[] score = scores(edges, graph.getType().isDirected(), weighted, dampingFactor, maxIterations,
                tolerance);
        List<V> vertices = edges.vertices;
        Map<V, Double> result = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
        for (int i = 0; i < n; i++) {
            result.put(vertices.get(i), score[i]);
        }
        return result;
    }

    /**
     * Returns the scores of a graph already read into arrays, by vertex number: the same computation as
     * {@link #getScores()}, for graphs held as arrays rather than JGraphT objects (the blog-wide
     * participant graph). Parameters as the constructor's.
     */
    static double[] scores(IndexedEdges<?> edges, boolean directed, boolean weighted, double dampingFactor,
                           int maxIterations, double tolerance) {
        validate(dampingFactor, maxIterations, tolerance);
        int n = edges.vertexCount();
        if (n == 0) {
            return new double[0];
        }
        IncomingArcs arcs = new IncomingArcs(edges, directed);
        return iterate(arcs, n, weighted ? arcs.weightFractions() : null, dampingFactor, maxIterations, tolerance);
    }

    private static void validate(double dampingFactor, int maxIterations, double tolerance) {
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("Maximum iterations must be positive");
        }
        if (dampingFactor < 0.0 || dampingFactor > 1.0) {
            throw new IllegalArgumentException("Damping factor not valid");
        }
        if (tolerance <= 0.0) {
            throw new IllegalArgumentException("Tolerance not valid, must be positive");
        }
    }

    /** Power iteration; {@code fraction} is null for an unweighted graph (equal shares). */
    private static double[] iterate(IncomingArcs arcs, int n, double[] fraction, double dampingFactor,
                                    int maxIterations, double tolerance) {
        int[] start = arcs.start;
        int[] from = arcs.from;
        double[] current = new double[n];
        double[] next = new double[n];
        double[] share = new double[n];
        double[] nextShare = new double[n];
        Arrays.fill(current, 1.0d / n);
        double r = teleportAndShares(current, share, arcs.outDegree, 0, n, fraction == null, 0d, dampingFactor) / n;
        double maxChange = tolerance;
        for (int iterations = maxIterations; iterations > 0 && maxChange >= tolerance; iterations--) {
            maxChange = 0d;
            double nextR = 0d;
            for (int i = 0; i < n; i++) {
                double contribution = 0d;
                if (fraction == null) {
                    for (int k = start[i]; k < start[i + 1]; k++) {
                        contribution += share[from[k]];
                    }
                } else {
                    for (int k = start[i]; k < start[i + 1]; k++) {
                        contribution += share[from[k]] * fraction[k];
                    }
                }
                double value = r + contribution;
                maxChange = Math.max(maxChange, Math.abs(value - current[i]));
                next[i] = value;
                // The next iteration's teleport sum and shares, in the same pass.
                nextR = teleportAndShares(next, nextShare, arcs.outDegree, i, i + 1, fraction == null, nextR,
                        dampingFactor);
            }
            r = nextR / n;
            double[] swap = current;
            current = next;
            next = swap;
            swap = share;
            share = nextShare;
            nextShare = swap;
        }
        return current;
    }

    /**
     * Adds to {@code r} what vertices {@code from..to-1} teleport (all of a dangling vertex's score,
     * {@code 1 - dampingFactor} of any other's) and sets what each passes along one outgoing edge:
     * the same operations, in the same order, as JGraphT's teleport sum and per-edge term.
     */
    private static double teleportAndShares(double[] score, double[] share, int[] outDegree, int from, int to,
                                            boolean equalShares, double r, double dampingFactor) {
        for (int i = from; i < to; i++) {
            if (outDegree[i] > 0) {
                r += (1d - dampingFactor) * score[i];
                share[i] = equalShares ? dampingFactor * score[i] / outDegree[i] : dampingFactor * score[i];
            } else {
                r += score[i];
            }
        }
        return r;
    }

    /**
     * Arcs grouped by head vertex, compressed-sparse-row: the arcs into {@code i} come from
     * {@code from[start[i]]} to {@code from[start[i + 1] - 1]}, in edge order. A directed edge is one
     * arc; an undirected edge is two, one each way, unless it is a loop.
     */
    private static final class IncomingArcs {
        final int[] start;
        final int[] from;
        final int[] outDegree;
        private final double[] arcWeight;
        private final double[] outWeight;

        IncomingArcs(IndexedEdges<?> edges, boolean directed) {
            int n = edges.vertexCount();
            int m = edges.edgeCount();
            int[] source = edges.source;
            int[] target = edges.target;
            double[] weight = edges.weight;
            start = new int[n + 1];
            outDegree = new int[n];
            int arcs = 0;
            for (int e = 0; e < m; e++) {
                start[target[e] + 1]++;
                outDegree[source[e]]++;
                arcs++;
                if (!directed && source[e] != target[e]) {
                    start[source[e] + 1]++;
                    outDegree[target[e]]++;
                    arcs++;
                }
            }
            for (int i = 0; i < n; i++) {
                start[i + 1] += start[i];
            }
            from = new int[arcs];
            arcWeight = weight == null ? null : new double[arcs];
            outWeight = weight == null ? null : new double[n];
            int[] fill = Arrays.copyOf(start, n);
            for (int e = 0; e < m; e++) {
                add(fill, source[e], target[e], weight == null ? 0 : weight[e]);
                if (!directed && source[e] != target[e]) {
                    add(fill, target[e], source[e], weight == null ? 0 : weight[e]);
                }
            }
        }

        private void add(int[] fill, int tail, int head, double w) {
            int k = fill[head]++;
            from[k] = tail;
            if (arcWeight != null) {
                arcWeight[k] = w;
                outWeight[tail] += w;
            }
        }

        /** Each arc's weight over its tail's total outgoing weight. */
        double[] weightFractions() {
            double[] fraction = new double[from.length];
            for (int k = 0; k < from.length; k++) {
                fraction[k] = arcWeight[k] / outWeight[from[k]];
            }
            return fraction;
        }
    }
}
