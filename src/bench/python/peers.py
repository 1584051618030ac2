#!/usr/bin/env python3
"""Times NetworkX and python-igraph on the graphs threadgraph exported, for `threadgraph bench`.

Usage: peers.py GRAPH.graphml KIND PIVOTS REPEATS
  KIND      participants: every node and edge of a participants export;
            replies: the Comment nodes of a blog export and the RESPONDS_TO edges between them
  PIVOTS    betweenness is estimated from this many sampled sources (exact when >= the node count),
            as threadgraph's SampledBetweennessCentrality does
  REPEATS   each algorithm runs this many times (fewer once its runs have taken a minute); the median
            wall time is reported

Prints one JSON object: node and edge counts, and per tool and algorithm the median seconds;
igraph's "betweenness_exact" says whether it had to compute exact betweenness (python-igraph
before 0.10.5 cannot sample sources); its betweenness is null when that exact computation would
take hours (nodes x edges over EXACT_LIMIT: 52k x 57k took 187 s here).
Both tools get the same simple directed graph (parallel edges merged, self-loops kept), built
before any clock starts: only the algorithms are timed.
"""
import json
import random
import statistics
import sys
import time
import xml.etree.ElementTree as ET

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
DAMPING = 0.85
SEED = 20200112
REPEAT_SECONDS = 60
EXACT_LIMIT = 2e10


def read_graph(path, kind):
    """Streams the GraphML file; returns (nodes, edges) with nodes a list of ids, edges a list of pairs."""
    keys = {}
    nodes = []
    edges = set()
    wanted = None if kind == "participants" else set()
    for _, el in ET.iterparse(path, events=("end",)):
        tag = el.tag.replace(GRAPHML, "")
        if tag == "key":
            keys[el.get("id")] = el.get("attr.name")
        elif tag == "node":
            data = {keys.get(d.get("key")): d.text for d in el.findall(GRAPHML + "data")}
            if wanted is None:
                nodes.append(el.get("id"))
            elif data.get("nodeType") == "Comment":
                nodes.append(el.get("id"))
                wanted.add(el.get("id"))
            el.clear()
        elif tag == "edge":
            data = {keys.get(d.get("key")): d.text for d in el.findall(GRAPHML + "data")}
            s, t = el.get("source"), el.get("target")
            if wanted is None or (data.get("type") == "RESPONDS_TO" and s in wanted and t in wanted):
                edges.add((s, t))
            el.clear()
    return nodes, sorted(edges)


def median_time(repeats, run):
    times = []
    while len(times) < repeats and sum(times) < REPEAT_SECONDS:
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def networkx_times(nodes, edges, pivots, repeats):
    import networkx as nx
    nx.pagerank(nx.DiGraph([(0, 1)]))  # loads SciPy, which NetworkX imports on first use, before any clock
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    k = min(pivots, len(nodes))
    return {
        "version": nx.__version__,
        "pagerank": median_time(repeats, lambda: nx.pagerank(g, alpha=DAMPING, max_iter=100, tol=1e-6)),
        "betweenness": median_time(repeats, lambda: nx.betweenness_centrality(
            g, k=None if k >= len(nodes) else k, normalized=False, seed=SEED)),
        "components": median_time(repeats, lambda: list(nx.weakly_connected_components(g))),
    }


def igraph_times(nodes, edges, pivots, repeats):
    import igraph as ig
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[s], index[t]) for s, t in edges], directed=True)
    k = min(pivots, len(nodes))
    sources = random.Random(SEED).sample(range(len(nodes)), k)
    # python-igraph 0.10.2 (Debian 12) has no betweenness(sources=...): there it computes exact betweenness.
    sampled = k < len(nodes) and "sources" in (ig.Graph.betweenness.__doc__ or "")

    def betweenness():
        if not sampled:
            return g.betweenness(directed=True)
        scores = g.betweenness(directed=True, sources=sources)
        return [s * len(nodes) / k for s in scores]

    return {
        "version": ig.__version__,
        "betweenness_exact": not sampled,
        "pagerank": median_time(repeats, lambda: g.pagerank(damping=DAMPING, directed=True)),
        "betweenness": None if not sampled and len(nodes) * len(edges) > EXACT_LIMIT
        else median_time(repeats, betweenness),
        "components": median_time(repeats, lambda: g.connected_components(mode="weak")),
    }


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    path, kind, pivots, repeats = argv[1], argv[2], int(argv[3]), int(argv[4])
    if kind not in ("participants", "replies"):
        sys.exit("KIND must be participants or replies, not " + kind)
    nodes, edges = read_graph(path, kind)
    result = {"graph": kind, "nodes": len(nodes), "edges": len(edges),
              "networkx": networkx_times(nodes, edges, pivots, repeats),
              "igraph": igraph_times(nodes, edges, pivots, repeats)}
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
