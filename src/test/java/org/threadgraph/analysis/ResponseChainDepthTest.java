package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResponseChainDepthTest {

    @Test
    void chainOfRepliesHasRealDepthOfItsLength() {
        ThreadInput t = Fixtures.post("p")
                .comment("c1", null, "a", "2020-01-12T10:00:00Z", "x")
                .comment("c2", "c1", "b", "2020-01-12T10:05:00Z", "x")
                .comment("c3", "c1", "a", "2020-01-12T11:00:00Z", "x")
                .comment("c4", "c1", "c", "2020-01-12T12:30:00Z", "x")
                .answersPost("c1").agrees("c2", "c1").disagrees("c3", "c2").neutral("c4", "c3")
                .build();
        ResponseChainDepth d = new ResponseChainDepth(t);
        DepthStats post = d.getPostDepth();
        assertEquals(DepthStats.Scope.POST, post.scope());
        assertEquals(2, post.structuralDepth());
        assertEquals(4, post.realDepth());
        assertEquals(4, post.size());
        assertEquals(3, post.participants());
        assertEquals(Duration.ofMinutes(150), post.duration());
        assertEquals(List.of("c1", "c2", "c3", "c4"), post.deepestChain());
        assertEquals(1, d.getBlockDepths().size());
        assertEquals(post.realDepth(), d.getBlockDepths().get(0).realDepth());
        assertTrue(d.getWarnings().isEmpty());
    }

    @Test
    void topLevelCommentsWithoutRepliesAreDepthOne() {
        ThreadInput t = Fixtures.post("p").comment("c1", null, "a").comment("c2", null, "b").build();
        DepthStats post = new ResponseChainDepth(t).getPostDepth();
        assertEquals(1, post.structuralDepth());
        assertEquals(1, post.realDepth());
        assertEquals(List.of("c1"), post.deepestChain());
        assertNull(post.duration(), "no times known");
        assertNull(post.first());
    }

    @Test
    void emptyPostHasDepthZero() {
        DepthStats post = new ResponseChainDepth(Fixtures.post("p").build()).getPostDepth();
        assertEquals(0, post.structuralDepth());
        assertEquals(0, post.realDepth());
        assertEquals(0, post.size());
        assertEquals(List.of(), post.deepestChain());
    }

    @Test
    void blockDepthCountsOnlyResponsesInsideTheBlock() {
        // Block c1: c1 <- c2 <- c3; block c4: c4 answers c3 in the other block, c5 answers c4.
        ThreadInput t = Fixtures.post("p")
                .comment("c1", null, "a").comment("c2", "c1", "b").comment("c3", "c1", "c")
                .comment("c4", null, "d").comment("c5", "c4", "e")
                .agrees("c2", "c1").agrees("c3", "c2").disagrees("c4", "c3").agrees("c5", "c4")
                .build();
        ResponseChainDepth d = new ResponseChainDepth(t);
        assertEquals(5, d.getPostDepth().realDepth());
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5"), d.getPostDepth().deepestChain());
        List<DepthStats> blocks = d.getBlockDepths();
        assertEquals(List.of("c1", "c4"), blocks.stream().map(DepthStats::scopeId).toList());
        assertEquals(3, blocks.get(0).realDepth());
        assertEquals(2, blocks.get(1).realDepth());
        assertEquals(List.of("c4", "c5"), blocks.get(1).deepestChain());
        assertEquals(2, blocks.get(1).structuralDepth());
        assertEquals(2, blocks.get(1).size());
    }

    @Test
    void repliesFiledUnderOneCommentMayAnswerEachOtherOnlyShallowly() {
        // Blogger shows depth 2; the replies answer the top comment directly, so real depth is 2 too.
        ThreadInput t = Fixtures.post("p").comment("c1", null, "a").comment("c2", "c1", "b").comment("c3", "c1", "c")
                .agrees("c2", "c1").agrees("c3", "c1").build();
        DepthStats post = new ResponseChainDepth(t).getPostDepth();
        assertEquals(2, post.realDepth());
        assertEquals(List.of("c1", "c2"), post.deepestChain(), "ties: the chain ending earliest");
    }

    @Test
    void cyclesAndUnknownCommentsAreSkippedAndReported() {
        ThreadInput t = Fixtures.post("p").comment("c1", null, "a").comment("c2", null, "b").comment("c3", null, "c")
                .agrees("c2", "c1").agrees("c1", "c3").agrees("c3", "c2").agrees("c3", "ghost").build();
        ResponseChainDepth d = new ResponseChainDepth(t);
        assertEquals(3, d.getPostDepth().realDepth());
        assertEquals(3, d.getPostDepth().deepestChain().size());
        assertTrue(d.getWarnings().stream().anyMatch(w -> w.contains("closes a cycle")), d.getWarnings().toString());
        assertTrue(d.getWarnings().stream().anyMatch(w -> w.contains("ghost")), d.getWarnings().toString());
    }

    @Test
    void durationUsesTheKnownTimesOnly() {
        ThreadInput t = Fixtures.post("p").comment("c1", null, "a", "2020-01-01T10:00:00Z", null)
                .comment("c2", null, "b").comment("c3", null, "c", "2020-01-02T10:00:00Z", null).build();
        assertEquals(Duration.ofDays(1), new ResponseChainDepth(t).getPostDepth().duration());
    }

    @Test
    void longChainIsIterativeNotRecursive() {
        Fixtures f = Fixtures.post("p").comment("c0", null, "w0");
        for (int i = 1; i < 20_000; i++) {
            f.comment("c" + i, "c0", "w" + (i % 2)).disagrees("c" + i, "c" + (i - 1));
        }
        assertEquals(20_000, new ResponseChainDepth(f.build()).getPostDepth().realDepth());
    }
}
