package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * Camps of a signed graph by structural balance and correlation clustering with deterministic
 * local search.
 *
 * <p>Edge weights are signed: positive = same side, negative = opposite sides; parallel edges are
 * summed and weights of at most {@code minWeight} in absolute value are no evidence. Each connected
 * part of the evidence is treated separately, since nothing says which side of one part goes with
 * which side of another. A part with no negative edge is agreement, not a dispute: its vertices stay
 * in no camp. Otherwise:
 * <ol>
 * <li>Structural balance (Cartwright and Harary 1956): a maximum-weight spanning forest is built
 * Kruskal-style over edges by decreasing |w|, with a parity union-find that places the ends of each
 * tree edge on the same side (w &gt; 0) or opposite sides (w &lt; 0). This two-colouring is exact for
 * a balanced part (e.g. a chain of rebuttals A-B-A'-B' alternates) and a good start otherwise.</li>
 * <li>Correlation clustering (Bansal, Blum and Chawla 2004) local search in the style of Doreian and
 * Mrvar's relocation algorithm for partitioning signed networks (1996): vertices are visited in the
 * given order and moved to the camp, or to a new camp while fewer than {@code maxCamps} exist, that
 * most increases the total weight inside camps; then two camps whose joining weight is positive are
 * merged. Both repeat until nothing improves by more than {@code minWeight}. Every step strictly
 * lowers the frustration (positive weight across camps plus negative weight inside), so it stops;
 * a new camp is opened only when that is strictly better, so two camps are preferred to three.</li>
 * </ol>
 * A part that ends with a single camp (its negative edges are outweighed) is no dispute either.
 * Everything is ordered by the vertex comparator, so the same input gives the same camps.
 *
 * <p>Complexity: O(m log m) for the start, then O(m + n k) per local search pass and O(m + k^2) per
 * merge, with k = {@code maxCamps}; passes are capped by {@code maxPasses}. O(n + m) space.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class SignedCampClustering<V, E> implements CampDetectionAlgorithm<V> {

    /** Default largest number of camps in one dispute. */
    public static final int MAX_CAMPS_DEFAULT = 4;
    /** Default cap on improvement rounds (local search pass plus merge) per dispute. */
    public static final int MAX_PASSES_DEFAULT = 100;
    /** Default smallest absolute weight that counts as evidence, and smallest improvement made. */
    public static final double MIN_WEIGHT_DEFAULT = 1e-9;

    private final Graph<V, E> graph;
    private final Comparator<? super V> order;
    private final int maxCamps;
    private final int maxPasses;
    private final double minWeight;
    private SignedPartition<V> partition;

    /** Creates the clustering with default parameters. */
    public SignedCampClustering(Graph<V, E> graph, Comparator<? super V> order) {
        this(graph, order, MAX_CAMPS_DEFAULT, MAX_PASSES_DEFAULT, MIN_WEIGHT_DEFAULT);
    }

    /**
     * Creates the clustering.
     *
     * @param graph     undirected graph with signed edge weights (edge direction is ignored)
     * @param order     total order of the vertices, used for every tie
     * @param maxCamps  largest number of camps per dispute, &gt;= 2
     * @param maxPasses cap on improvement rounds per dispute, &gt;= 1
     * @param minWeight smallest absolute weight that counts, &gt;= 0
     */
    public SignedCampClustering(Graph<V, E> graph, Comparator<? super V> order, int maxCamps, int maxPasses,
                                double minWeight) {
        this(maxCamps, maxPasses, minWeight, Objects.requireNonNull(graph, "graph"),
                Objects.requireNonNull(order, "order"));
    }

    /** Creates the clustering; graph and order are null only for {@link #of(IndexedEdges, int, int, double)}. */
    private SignedCampClustering(int maxCamps, int maxPasses, double minWeight, Graph<V, E> graph,
                                 Comparator<? super V> order) {
        this.graph = graph;
        this.order = order;
        if (maxCamps < 2) {
            throw new IllegalArgumentException("maxCamps must be >= 2: " + maxCamps);
        }
        if (maxPasses < 1) {
            throw new IllegalArgumentException("maxPasses must be >= 1: " + maxPasses);
        }
        if (!(minWeight >= 0)) {
            throw new IllegalArgumentException("minWeight must be >= 0: " + minWeight);
        }
        this.maxCamps = maxCamps;
        this.maxPasses = maxPasses;
        this.minWeight = minWeight;
    }

    /**
     * Returns the camps of a signed graph already read into arrays, as {@link #partition} takes them:
     * for graphs held as arrays rather than JGraphT objects (the blog-wide participant graph).
     * Parameters as the constructor's.
     */
    static <V> SignedPartition<V> of(IndexedEdges<V> pairs, int maxCamps, int maxPasses, double minWeight) {
        return new SignedCampClustering<V, Void>(maxCamps, maxPasses, minWeight, null, null).partition(pairs);
    }

    @Override
    public SignedPartition<V> getPartition() {
        if (partition == null) {
            partition = compute();
        }
        return partition;
    }

    private SignedPartition<V> compute() {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        vertices.sort(order);
        int n = vertices.size();
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        Map<Long, Double> summed = new HashMap<>();
        for (E e : graph.edgeSet()) {
            int a = index.get(graph.getEdgeSource(e));
            int b = index.get(graph.getEdgeTarget(e));
            if (a == b) {
                continue;
            }
            long key = (long) Math.min(a, b) * n + Math.max(a, b);
            summed.merge(key, graph.getEdgeWeight(e), Double::sum);
        }
        long[] keys = summed.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        int[] source = new int[keys.length];
        int[] target = new int[keys.length];
        double[] weight = new double[keys.length];
        for (int k = 0; k < keys.length; k++) {
            source[k] = (int) (keys[k] / n);
            target[k] = (int) (keys[k] % n);
            weight[k] = summed.get(keys[k]);
        }
        return partition(IndexedEdges.of(vertices, source, target, weight));
    }

    /**
     * Returns the camps of a signed graph already read into arrays: the vertices in the clustering's
     * order, each pair at most once with {@code source < target}, pairs in increasing
     * {@code (source, target)} order. This is what {@link #getPartition()} computes after reading the
     * graph.
     */
    private SignedPartition<V> partition(IndexedEdges<V> pairs) {
        List<V> vertices = pairs.vertices;
        int n = vertices.size();
        // Adjacency of the pairs that count as evidence, compressed-sparse-row, each list in pair order.
        int[] start = new int[n + 1];
        for (int e = 0; e < pairs.edgeCount(); e++) {
            int a = pairs.source[e];
            int b = pairs.target[e];
            if (a >= b || e > 0 && (long) pairs.source[e - 1] * n + pairs.target[e - 1] >= (long) a * n + b) {
                throw new IllegalArgumentException("pairs must be increasing with source < target at " + e);
            }
            if (Math.abs(pairs.weight[e]) > minWeight) {
                start[a + 1]++;
                start[b + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] neighbour = new int[start[n]];
        double[] neighbourWeight = new double[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < pairs.edgeCount(); e++) {
            double w = pairs.weight[e];
            if (Math.abs(w) <= minWeight) {
                continue;
            }
            int a = pairs.source[e];
            int b = pairs.target[e];
            neighbour[fill[a]] = b;
            neighbourWeight[fill[a]++] = w;
            neighbour[fill[b]] = a;
            neighbourWeight[fill[b]++] = w;
        }
        Adjacency adjacency = new Adjacency(start, neighbour, neighbourWeight);

        // Connected parts of the evidence, in order of their first vertex.
        int[] part = new int[n];
        Arrays.fill(part, -1);
        List<int[]> parts = new ArrayList<>();
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (part[s] >= 0 || adjacency.degree(s) == 0) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            part[s] = parts.size();
            while (head < tail) {
                int v = queue[head++];
                members.add(v);
                for (int k = adjacency.start[v]; k < adjacency.start[v + 1]; k++) {
                    int u = adjacency.neighbour[k];
                    if (part[u] < 0) {
                        part[u] = parts.size();
                        queue[tail++] = u;
                    }
                }
            }
            parts.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
        }

        List<SignedCamp<V>> camps = new ArrayList<>();
        List<DisputeScore> disputes = new ArrayList<>();
        Map<V, Integer> campOf = new LinkedHashMap<>();
        double weighted = 0;
        double weightSum = 0;
        int[] local = new int[n];
        for (int[] members : parts) {
            for (int i = 0; i < members.length; i++) {
                local[members[i]] = i;
            }
            Part p = new Part(members, local, adjacency);
            if (!p.hasNegative()) {
                continue;
            }
            int[] label = p.solve();
            List<List<Integer>> groups = new ArrayList<>();
            for (int c = 0; c < maxCamps; c++) {
                groups.add(new ArrayList<>());
            }
            for (int i = 0; i < members.length; i++) {
                groups.get(label[i]).add(i);
            }
            groups.removeIf(List::isEmpty);
            if (groups.size() < 2) {
                continue;
            }
            groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
            int dispute = disputes.size() + 1;
            int[] campLocal = new int[members.length];
            double sumSquares = 0;
            for (int g = 0; g < groups.size(); g++) {
                List<V> list = new ArrayList<>();
                int id = camps.size() + 1;
                for (int i : groups.get(g)) {
                    list.add(vertices.get(members[i]));
                    campOf.put(vertices.get(members[i]), id);
                    campLocal[i] = g;
                }
                camps.add(new SignedCamp<>(id, dispute, list));
                double share = (double) groups.get(g).size() / members.length;
                sumSquares += share * share;
            }
            double[] wf = p.weightAndFrustration(campLocal);
            int k = groups.size();
            double consistency = wf[0] == 0 ? 0 : 1 - wf[1] / wf[0];
            double balance = Math.max(0, Math.min(1, (1 - sumSquares) / (1 - 1.0 / k)));
            double polarisation = consistency * balance;
            disputes.add(new DisputeScore(dispute, members.length, k, wf[0], wf[1], consistency, balance, polarisation));
            weighted += wf[0] * polarisation;
            weightSum += wf[0];
        }
        return new SignedPartition<>(camps, disputes, campOf, weightSum == 0 ? 0 : weighted / weightSum);
    }

    /** Each vertex's neighbours by evidence and the pair weights, compressed-sparse-row. */
    private record Adjacency(int[] start, int[] neighbour, double[] weight) {
        int degree(int v) {
            return start[v + 1] - start[v];
        }
    }

    /** One connected part of the evidence, in local indices 0..size-1 (same order as global). */
    private final class Part {

        private final int size;
        private final int[][] nbr;
        private final double[][] w;
        private final int[] ea;
        private final int[] eb;
        private final double[] ew;

        Part(int[] members, int[] local, Adjacency adjacency) {
            size = members.length;
            nbr = new int[size][];
            w = new double[size][];
            int edges = 0;
            for (int i = 0; i < size; i++) {
                int from = adjacency.start[members[i]];
                int degree = adjacency.degree(members[i]);
                nbr[i] = new int[degree];
                w[i] = new double[degree];
                for (int j = 0; j < degree; j++) {
                    nbr[i][j] = local[adjacency.neighbour[from + j]];
                    w[i][j] = adjacency.weight[from + j];
                    if (i < nbr[i][j]) {
                        edges++;
                    }
                }
            }
            ea = new int[edges];
            eb = new int[edges];
            ew = new double[edges];
            int e = 0;
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < nbr[i].length; j++) {
                    if (i < nbr[i][j]) {
                        ea[e] = i;
                        eb[e] = nbr[i][j];
                        ew[e++] = w[i][j];
                    }
                }
            }
        }

        boolean hasNegative() {
            for (double x : ew) {
                if (x < 0) {
                    return true;
                }
            }
            return false;
        }

        /** Returns {total |w|, frustration} of a labelling. */
        double[] weightAndFrustration(int[] label) {
            double total = 0;
            double frustration = 0;
            for (int e = 0; e < ew.length; e++) {
                total += Math.abs(ew[e]);
                boolean same = label[ea[e]] == label[eb[e]];
                if (same && ew[e] < 0 || !same && ew[e] > 0) {
                    frustration += Math.abs(ew[e]);
                }
            }
            return new double[] {total, frustration};
        }

        int[] solve() {
            int[] label = balancedStart();
            for (int round = 0; round < maxPasses; round++) {
                boolean moved = relocate(label);
                boolean merged = merge(label);
                if (!moved && !merged) {
                    break;
                }
            }
            return label;
        }

        /** Two-colouring of a maximum-|w| spanning forest that satisfies every tree edge's sign. */
        private int[] balancedStart() {
            Integer[] byWeight = new Integer[ew.length];
            Arrays.setAll(byWeight, e -> e);
            Arrays.sort(byWeight, Comparator.comparingDouble((Integer e) -> -Math.abs(ew[e]))
                    .thenComparingInt(e -> ea[e]).thenComparingInt(e -> eb[e]));
            int[] parent = new int[size];
            int[] parity = new int[size]; // parity to parent
            int[] rank = new int[size];
            Arrays.setAll(parent, i -> i);
            for (int e : byWeight) {
                int a = ea[e];
                int b = eb[e];
                int ra = find(parent, parity, a);
                int rb = find(parent, parity, b);
                if (ra == rb) {
                    continue;
                }
                int want = ew[e] < 0 ? 1 : 0;
                int p = parity[a] ^ parity[b] ^ want; // parity between the roots
                if (rank[ra] < rank[rb]) {
                    int t = ra;
                    ra = rb;
                    rb = t;
                }
                parent[rb] = ra;
                parity[rb] = p;
                if (rank[ra] == rank[rb]) {
                    rank[ra]++;
                }
            }
            int[] label = new int[size];
            for (int i = 0; i < size; i++) {
                find(parent, parity, i);
                label[i] = parity[i];
            }
            if (label[0] == 1) {
                for (int i = 0; i < size; i++) {
                    label[i] ^= 1;
                }
            }
            return label;
        }

        /** Finds the root of x, compressing the path; afterwards parity[x] is x's parity to the root. */
        private int find(int[] parent, int[] parity, int x) {
            int root = x;
            int acc = 0;
            while (parent[root] != root) {
                root = parent[root];
            }
            // Second walk: compute parities from x upwards, then compress.
            List<Integer> path = new ArrayList<>();
            for (int v = x; parent[v] != v; v = parent[v]) {
                path.add(v);
            }
            for (int i = path.size() - 1; i >= 0; i--) {
                int v = path.get(i);
                acc ^= parity[v];
                parity[v] = acc;
                parent[v] = root;
            }
            return root;
        }

        /** One local search round: repeated passes of single-vertex moves until none improves. */
        private boolean relocate(int[] label) {
            int[] count = new int[maxCamps];
            for (int l : label) {
                count[l]++;
            }
            double[] acc = new double[maxCamps];
            boolean any = false;
            for (int pass = 0; pass < maxPasses; pass++) {
                boolean moved = false;
                for (int v = 0; v < size; v++) {
                    Arrays.fill(acc, 0);
                    for (int j = 0; j < nbr[v].length; j++) {
                        acc[label[nbr[v][j]]] += w[v][j];
                    }
                    int current = label[v];
                    int best = current;
                    double bestGain = 0;
                    int empty = -1;
                    for (int c = 0; c < maxCamps; c++) {
                        if (count[c] == 0) {
                            if (empty < 0) {
                                empty = c;
                            }
                            continue;
                        }
                        double gain = acc[c] - acc[current];
                        if (c != current && gain > bestGain + minWeight) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    if (empty >= 0 && count[current] > 1 && -acc[current] > bestGain + minWeight) {
                        best = empty;
                        bestGain = -acc[current];
                    }
                    if (best != current) {
                        count[current]--;
                        count[best]++;
                        label[v] = best;
                        moved = true;
                        any = true;
                    }
                }
                if (!moved) {
                    break;
                }
            }
            return any;
        }

        /** Merges the pair of camps with the largest positive joining weight, if any. */
        private boolean merge(int[] label) {
            double[][] between = new double[maxCamps][maxCamps];
            for (int e = 0; e < ew.length; e++) {
                int a = label[ea[e]];
                int b = label[eb[e]];
                if (a != b) {
                    between[Math.min(a, b)][Math.max(a, b)] += ew[e];
                }
            }
            int ba = -1;
            int bb = -1;
            double best = minWeight;
            for (int a = 0; a < maxCamps; a++) {
                for (int b = a + 1; b < maxCamps; b++) {
                    if (between[a][b] > best) {
                        best = between[a][b];
                        ba = a;
                        bb = b;
                    }
                }
            }
            if (ba < 0) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (label[i] == bb) {
                    label[i] = ba;
                }
            }
            return true;
        }
    }
}
