package org.threadgraph.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the Blogger API v3 comment-list reader; seeds in {@code ApiV3FuzzTestInputs/readsOrRefuses}, findings saved there too. */
class ApiV3FuzzTest {

    @FuzzTest(maxDuration = "20s")
    void readsOrRefuses(byte[] data) {
        ParserFuzzing.readOrRefuse(new BloggerApiV3Source(), data);
    }
}
