/**
 * {@code threadgraph bench}: a seeded generator of blogs in On Probation's shape
 * ({@link org.threadgraph.bench.BlogGenerator}, written as Blogger post pages and comments feeds),
 * and a runner ({@link org.threadgraph.bench.BenchRunner}) that drives the whole tool on them as
 * child processes and compares its graph algorithms with NetworkX and python-igraph
 * ({@code src/bench/python/peers.py}); {@link org.threadgraph.bench.BenchReport} writes the results
 * as JSON and as {@code BENCHMARKS.md}. It sits beside {@code cli}, above every pipeline stage.
 */
package org.threadgraph.bench;
