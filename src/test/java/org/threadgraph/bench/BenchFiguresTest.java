package org.threadgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFiguresTest {

    @TempDir
    Path dir;

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertEquals(List.of(1_000, 74_000, 1_000_000, 2_500), Sizes.parse("1k, 74k,1M,2500"));
        assertEquals("74k", Sizes.label(74_000));
        assertEquals("1M", Sizes.label(1_000_000));
        assertThrows(IllegalArgumentException.class, () -> Sizes.parse("10x"));
    }

    @Test
    void statsOutputSumsToNodesPlusRelationships() {
        String stats = "Nodes\n  Comment               1,000\n  Post                     53\n"
                + "Relationships\n  ON                    1,000\n  REPLY_TO                447\n";
        assertEquals(2_500, BenchRunner.total(stats));
    }

    @Test
    void peakHeapIsTheLargestHeapBeforeAnyCollectionOrAtExit() throws IOException {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [1.8s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 6M->3M(64M) 55.385ms
                [2.3s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(64M) 17.977ms
                [6.8s][info][gc,heap,exit]  garbage-first heap   total 65536K, used 23365K [0x0, 0x1)
                """);
        assertEquals(25L << 20, ThreadgraphChild.peakHeap(log));
    }

    @Test
    void replyGraphKeepsCommentsAndTheResponsesBetweenThemOnly() throws IOException {
        Path file = dir.resolve("blog.graphml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                <key id="key0" for="node" attr.name="nodeType" attr.type="string"/>
                <key id="key1" for="edge" attr.name="type" attr.type="string"/>
                <graph edgedefault="directed">
                <node id="a"><data key="key0">Comment</data></node><node id="b"><data key="key0">Comment</data></node>
                <node id="c"><data key="key0">Comment</data></node><node id="p"><data key="key0">Post</data></node>
                <edge id="1" source="b" target="a"><data key="key1">RESPONDS_TO</data></edge>
                <edge id="2" source="c" target="b"><data key="key1">RESPONDS_TO</data></edge>
                <edge id="3" source="c" target="b"><data key="key1">RESPONDS_TO</data></edge>
                <edge id="4" source="a" target="p"><data key="key1">RESPONDS_TO</data></edge>
                <edge id="5" source="c" target="a"><data key="key1">REPLY_TO</data></edge>
                </graph></graphml>
                """);
        var replies = ExportedGraph.read(file, ExportedGraph.Kind.replies);
        var whole = ExportedGraph.read(file, ExportedGraph.Kind.participants);
        assertEquals(3, replies.vertexSet().size());
        assertEquals(2, replies.edgeSet().size(), "parallel responses merged, the post and REPLY_TO left out");
        assertEquals(4, whole.vertexSet().size());
        assertEquals(4, whole.edgeSet().size());
        JGraphTTimer.Times times = new JGraphTTimer(512, 1).time(replies);
        for (AlgorithmTimes t : List.of(times.firstRun(), times.warm())) {
            assertTrue(t.pagerank() > 0 && t.betweenness() > 0 && t.components() > 0);
        }
    }

    @Test
    void resultsOfSeparateRunsReadBackAndMergeInSizeOrder() throws IOException {
        BenchResult big = result(74_000);
        BenchResult small = result(1_000);
        BenchReport.writeJson(big, dir.resolve("big.json"));
        BenchReport.writeJson(small, dir.resolve("small.json"));
        BenchResult merged = BenchReport.merge(List.of(BenchReport.readJson(dir.resolve("big.json")),
                BenchReport.readJson(dir.resolve("small.json"))));
        assertEquals(List.of(small.sizes().get(0), big.sizes().get(0)), merged.sizes());
    }

    @Test
    void reportSaysWhichStageStoppedAndByHowMuchATargetIsMissed() {
        String md = BenchReport.markdown(result(74_000));
        assertTrue(md.contains("| 74k | link | stopped after 120 s |"), md);
        assertTrue(md.contains("≥ 50,000 nodes+relationships written per second on a first load | 74k: 3,333 /s | "
                + "no: 15.0× too slow |"), md);
        assertTrue(md.contains("74k ingested, linked and analysed ≤ 60 s | 74k: not measured (a stage stopped or failed)"), md);
    }

    @Test
    void igraphBetweennessNotRunIsSaidAndNeverRatioed() throws IOException {
        AlgorithmTimes ours = new AlgorithmTimes(0.5, 2.0, 0.1);
        PeerResult peers = new PeerResult("participants", 700_000, 760_000, ours, new AlgorithmTimes(0.9, 3.0, 0.2),
                new AlgorithmTimes(1.0, 60.0, 0.3), new AlgorithmTimes(0.4, Double.NaN, 0.05), "NetworkX 2.8.8, "
                + "python-igraph 0.10.2", true);
        BenchResult run = result(1_000_000);
        SizeResult size = run.sizes().get(0);
        BenchResult withPeers = new BenchResult(run.command(), run.startedUtc(), run.machine(), run.seed(),
                run.budgetSeconds(), run.maxHeap(), run.freshStartup(), List.of(new SizeResult(size.size(), size.blog(),
                size.generateSeconds(), size.stages(), size.startupSeconds(), List.of(peers), size.notes())));
        BenchReport.writeJson(withPeers, dir.resolve("peers.json"));
        String md = BenchReport.markdown(BenchReport.readJson(dir.resolve("peers.json")));
        assertTrue(md.contains("| 1M | participants | 700,000 | 760,000 | betweenness | 2.00 s | 3.00 s | 60.0 s | "
                + "not run (this igraph computes only exact betweenness, hours at this size) | 0.03 | — |"), md);
        assertTrue(md.contains("| betweenness within 2× of igraph | 1M participants: not run ("), md);

        assertTrue(md.contains("| PageRank within 2× of igraph | 1M participants: 1.25 × igraph | yes |"), md);
        assertFalse(md.contains("NaN"), md);
    }

    @Test
    void embedCostIsReportedPerThousandComments() {
        BenchResult run = result(1_000);
        SizeResult size = run.sizes().get(0);
        List<StageResult> stages = new java.util.ArrayList<>(size.stages());
        stages.add(new StageResult(BenchRunner.EMBED_STAGE, "embed", 85.0, false, 0, 1_001, -1, 300, 700, null));
        BenchResult withEmbed = new BenchResult(run.command(), run.startedUtc(), run.machine(), run.seed(),
                run.budgetSeconds(), run.maxHeap(), run.freshStartup(), List.of(new SizeResult(size.size(), size.blog(),
                size.generateSeconds(), stages, size.startupSeconds(), size.peers(), size.notes())));
        String md = BenchReport.markdown(withEmbed);
        assertTrue(md.contains("cost 84.9 s per 1,000 comments at 1k"), md);
    }

    @Test
    void aStageThatFailedIsNotSummedAsIfItHadFinished() {
        BenchResult run = result(1_000_000);
        SizeResult size = run.sizes().get(0);
        List<StageResult> stages = List.of(size.stages().get(0),
                new StageResult("link", "link --all", 2_500, false, 0, 1_000_000, 1_700_000, 1200, 2000, null),
                new StageResult("analyse", "analyse --all", 1_760, false, 137, 1_000_000, -1, 2046, 2800, null));
        String md = BenchReport.markdown(new BenchResult(run.command(), run.startedUtc(), run.machine(), run.seed(),
                run.budgetSeconds(), run.maxHeap(), run.freshStartup(), List.of(new SizeResult(size.size(),
                size.blog(), size.generateSeconds(), stages, size.startupSeconds(), List.of(), size.notes()))));
        assertTrue(md.contains("| 1M comments end to end ≤ 10 min | 1M: not measured (a stage stopped or failed)"), md);
    }

    private BenchResult result(int comments) {
        GeneratedBlog blog = new GeneratedBlog(dir, comments / 20, comments, comments / 2, comments / 20, 0,
                comments * 1_700L, 400);
        List<StageResult> stages = List.of(
                new StageResult("ingest, no link", "ingest --no-link", 90, false, 0, comments, 300_000, 900, 1500,
                        "Cypher"),
                new StageResult("link", "link --all", 120, true, -1, comments, -1, 1200, 1800, null));
        SizeResult size = new SizeResult(comments, blog, 40, stages, 12, List.of(), List.of("link stopped after 120 s"));
        return new BenchResult("threadgraph bench --sizes " + Sizes.label(comments), "2026-12-04T04:00:00Z",
                new Machine(2, "CPU", 24_000, "Java 17", "Linux", "1.0 1.0 1.0"), 42, 120, "2g", 10, List.of(size));
    }
}
