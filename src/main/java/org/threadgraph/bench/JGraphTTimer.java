package org.threadgraph.bench;

import java.util.Arrays;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.threadgraph.analysis.CompactComponents;
import org.threadgraph.analysis.CompactPageRank;
import org.threadgraph.analysis.SampledBetweennessCentrality;

/**
 * Times, in this JVM, the algorithms threadgraph's {@code analysis} and reports run
 * ({@link CompactPageRank}, {@link SampledBetweennessCentrality}, {@link CompactComponents}) on the
 * exported JGraphT graph with the parameters the peers are given; each time includes the
 * algorithm's own indexing of the graph.
 *
 * <p>The first run of each is kept as the cold figure: the JIT has not compiled the algorithm yet, as
 * in the first post a fresh {@code analyse} process meets. Then it warms up (further runs until
 * {@value #WARM_UP_RUNS} runs or {@value #WARM_UP_SECONDS} s, whichever comes first), as in the rest
 * of an {@code analyse} run or a {@code serve} process, and {@code repeats} more runs give the median,
 * as the peers' median of their repeats does (their compiled code needs no warming).
 */
final class JGraphTTimer {

    static final double DAMPING = 0.85;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-6;
    static final int WARM_UP_RUNS = 20;
    static final double WARM_UP_SECONDS = 10;

    /** The cold (first-run) and warm (median after warm-up) seconds of the three algorithms. */
    record Times(AlgorithmTimes firstRun, AlgorithmTimes warm) {
    }

    private final int pivots;
    private final int repeats;

    JGraphTTimer(int pivots, int repeats) {
        this.pivots = pivots;
        this.repeats = repeats;
    }

    Times time(Graph<String, DefaultEdge> graph) {
        double[] pagerank = coldAndWarm(() -> new CompactPageRank<>(graph, DAMPING, MAX_ITERATIONS, TOLERANCE)
                .getScores());
        double[] betweenness = coldAndWarm(() -> new SampledBetweennessCentrality<>(graph, pivots,
                SampledBetweennessCentrality.SEED_DEFAULT, false, false).getScores());
        double[] components = coldAndWarm(() -> new CompactComponents<>(graph).connectedSets());
        return new Times(new AlgorithmTimes(pagerank[0], betweenness[0], components[0]),
                new AlgorithmTimes(pagerank[1], betweenness[1], components[1]));
    }

    /** Returns the first run's seconds and the median seconds of {@code repeats} runs after warming up. */
    private double[] coldAndWarm(Supplier<?> run) {
        double first = once(run);
        double warming = first;
        for (int i = 1; i < WARM_UP_RUNS && warming < WARM_UP_SECONDS; i++) {
            warming += once(run);
        }
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            times[i] = once(run);
        }
        Arrays.sort(times);
        double median = repeats % 2 == 1 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
        return new double[] {first, median};
    }

    private static double once(Supplier<?> run) {
        long start = System.nanoTime();
        Object result = run.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result == null) {
            throw new IllegalStateException("algorithm returned nothing");
        }
        return seconds;
    }
}
