package org.threadgraph.analysis;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import org.jgrapht.Graph;

/**
 * Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness
 * centrality", J. Math. Sociol. 25(2), 2001), exact or estimated from a fixed number of sampled
 * source vertices ("pivots"; U. Brandes and C. Pich, "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7), 2007).
 *
 * <p>With {@code k} pivots chosen uniformly without replacement by a {@link Random} of the given
 * seed (so the result is deterministic), the score of {@code v} is {@code n/k} times the sum of the
 * pivots' dependencies on {@code v}, an unbiased estimate of its betweenness. Each dependency lies in
 * {@code [0, n-2]}, so by Hoeffding's inequality the estimate of the normalised betweenness is
 * within {@code eps} of the truth with probability at least {@code 1 - 2 exp(-2 k eps^2)}: for the
 * default 512 pivots, within 0.06 with 95% probability, for every vertex separately. When {@code k >=
 * n} every vertex is a source and the result is exact (equal to JGraphT's
 * {@link org.jgrapht.alg.scoring.BetweennessCentrality}).
 *
 * <p>Shortest paths follow edge direction in directed graphs. When {@code weighted} is false paths
 * are counted in hops (BFS); otherwise edge weights are lengths (Dijkstra, weights must be &gt;= 0).
 * Complexity: O(k (n + m)) time unweighted, O(k (m + n log n)) weighted; O(n + m) space.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SampledBetweennessCentrality<V, E> extends ScoresComputedOnce<V, E> {

    /** Default number of pivots: exact up to this many vertices. */
    public static final int PIVOTS_DEFAULT = 512;
    /** Default seed of the pivot sampler. */
    public static final long SEED_DEFAULT = 20_200_112L;

    private final int pivots;
    private final long seed;
    private final boolean weighted;
    private final boolean normalize;

    /** Creates an unweighted, unnormalised estimator with the default pivots and seed. */
    public SampledBetweennessCentrality(Graph<V, E> graph) {
        this(graph, PIVOTS_DEFAULT, SEED_DEFAULT, false, false);
    }

    /**
     * Creates the estimator.
     *
     * @param graph     the graph, directed or undirected
     * @param pivots    number of sampled sources, &gt;= 1; exact when at least the vertex count
     * @param seed      seed of the pivot sampler
     * @param weighted  true to use edge weights as lengths, false to count hops
     * @param normalize true to divide by the number of ordered (directed) or unordered (undirected)
     *                  pairs of other vertices, {@code (n-1)(n-2)} or {@code (n-1)(n-2)/2}
     */
    public SampledBetweennessCentrality(Graph<V, E> graph, int pivots, long seed, boolean weighted, boolean normalize) {
        super(graph);
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be >= 1: " + pivots);
        }
        this.pivots = pivots;
        this.seed = seed;
        this.weighted = weighted;
        this.normalize = normalize;
    }

    /** Returns true when every vertex is a source, so the scores are exact. */
    public boolean isExact() {
        return pivots >= graph.vertexSet().size();
    }

    @Override
    protected Map<V, Double> compute() {
        IndexedEdges<V> edges = IndexedEdges.of(graph, weighted);
        double[] bc = scores(edges, graph.getType().isDirected(), pivots, seed, weighted, normalize);
        Map<V, Double> result = new LinkedHashMap<>();
        for (int i = 0; i < bc.length; i++) {
            result.put(edges.vertices.get(i), bc[i]);
        }
        return result;
    }

    /**
     * Returns the scores of a graph already read into arrays, by vertex number: the same computation as
     * {@link #getScores()}, for graphs held as arrays rather than JGraphT objects (the blog-wide
     * participant graph). Parameters as the constructor's; edge weights are read only when
     * {@code weighted}.
     */
    static double[] scores(IndexedEdges<?> edges, boolean directed, int pivots, long seed, boolean weighted,
                           boolean normalize) {
        if (pivots < 1) {
            throw new IllegalArgumentException("pivots must be >= 1: " + pivots);
        }
        int n = edges.vertexCount();
        int[][] out = new int[n][];
        double[][] outLen = new double[n][];
        int[] degree = new int[n];
        for (int e = 0; e < edges.edgeCount(); e++) {
            if (edges.source[e] != edges.target[e]) {
                degree[edges.source[e]]++;
                if (!directed) {
                    degree[edges.target[e]]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = new int[degree[i]];
            outLen[i] = new double[degree[i]];
        }
        Arrays.fill(degree, 0);
        for (int e = 0; e < edges.edgeCount(); e++) {
            int a = edges.source[e];
            int b = edges.target[e];
            if (a == b) {
                continue;
            }
            double w = weighted ? edges.weight[e] : 1.0;
            if (w < 0) {
                throw new IllegalArgumentException("Negative edge weight not allowed: " + a + " -> " + b);
            }
            out[a][degree[a]] = b;
            outLen[a][degree[a]++] = w;
            if (!directed) {
                out[b][degree[b]] = a;
                outLen[b][degree[b]++] = w;
            }
        }

        int[] sources = new int[n];
        Arrays.setAll(sources, i -> i);
        int k = n;
        if (pivots < n) {
            Random random = new Random(seed);
            for (int i = 0; i < pivots; i++) {
                int j = i + random.nextInt(n - i);
                int t = sources[i];
                sources[i] = sources[j];
                sources[j] = t;
            }
            k = pivots;
        }

        double[] bc = new double[n];
        double[] dist = new double[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] order = new int[n];
        // Predecessors per vertex as one list per source: reset after each source.
        int[][] pred = new int[n][];
        int[] predSize = new int[n];
        for (int i = 0; i < n; i++) {
            pred[i] = new int[4];
        }
        int[] queue = new int[n];
        for (int si = 0; si < k; si++) {
            int s = sources[si];
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            Arrays.fill(predSize, 0);
            dist[s] = 0;
            sigma[s] = 1;
            int visited = 0;
            if (!weighted) {
                int head = 0;
                int tail = 0;
                queue[tail++] = s;
                while (head < tail) {
                    int v = queue[head++];
                    order[visited++] = v;
                    for (int w : out[v]) {
                        if (dist[w] == Double.POSITIVE_INFINITY) {
                            dist[w] = dist[v] + 1;
                            queue[tail++] = w;
                        }
                        if (dist[w] == dist[v] + 1) {
                            sigma[w] += sigma[v];
                            addPred(pred, predSize, w, v);
                        }
                    }
                }
            } else {
                boolean[] done = new boolean[n];
                PriorityQueue<double[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0]
                        ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
                pq.add(new double[] {0, s});
                while (!pq.isEmpty()) {
                    double[] top = pq.poll();
                    int v = (int) top[1];
                    if (done[v] || top[0] > dist[v]) {
                        continue;
                    }
                    done[v] = true;
                    order[visited++] = v;
                    for (int j = 0; j < out[v].length; j++) {
                        int w = out[v][j];
                        double d = dist[v] + outLen[v][j];
                        if (d < dist[w]) {
                            dist[w] = d;
                            sigma[w] = sigma[v];
                            predSize[w] = 0;
                            addPred(pred, predSize, w, v);
                            pq.add(new double[] {d, w});
                        } else if (d == dist[w] && !done[w]) {
                            sigma[w] += sigma[v];
                            addPred(pred, predSize, w, v);
                        }
                    }
                }
            }
            for (int i = visited - 1; i >= 0; i--) {
                int w = order[i];
                for (int p = 0; p < predSize[w]; p++) {
                    int v = pred[w][p];
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    bc[w] += delta[w];
                }
            }
        }
        double scale = (double) n / k;
        if (!directed) {
            scale /= 2;
        }
        if (normalize && n > 2) {
            scale /= directed ? (double) (n - 1) * (n - 2) : (double) (n - 1) * (n - 2) / 2;
        }
        for (int i = 0; i < n; i++) {
            bc[i] *= scale;
        }
        return bc;
    }

    private static void addPred(int[][] pred, int[] predSize, int w, int v) {
        if (predSize[w] == pred[w].length) {
            pred[w] = Arrays.copyOf(pred[w], pred[w].length * 2);
        }
        pred[w][predSize[w]++] = v;
    }
}
