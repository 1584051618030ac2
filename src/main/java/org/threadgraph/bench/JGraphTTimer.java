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
 * algorithm's own indexing of the graph. Each runs {@code repeats} times and the median is kept, as for the peers, so the
 * first, unoptimised run does not decide the figure.
 */
final class JGraphTTimer {

    static final double DAMPING = 0.85;
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-6;

    private final int pivots;
    private final int repeats;

    JGraphTTimer(int pivots, int repeats) {
        this.pivots = pivots;
        this.repeats = repeats;
    }

    AlgorithmTimes time(Graph<String, DefaultEdge> graph) {
        return new AlgorithmTimes(
                median(() -> new CompactPageRank<>(graph, DAMPING, MAX_ITERATIONS, TOLERANCE).getScores()),
                median(() -> new SampledBetweennessCentrality<>(graph, pivots, SampledBetweennessCentrality.SEED_DEFAULT,
                        false, false).getScores()),
                median(() -> new CompactComponents<>(graph).connectedSets()));
    }

    private double median(Supplier<?> run) {
        double[] times = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            Object result = run.get();
            times[i] = (System.nanoTime() - start) / 1e9;
            if (result == null) {
                throw new IllegalStateException("algorithm returned nothing");
            }
        }
        Arrays.sort(times);
        return repeats % 2 == 1 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
    }
}
