package org.threadgraph.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the JSON and JSONP feed reader (JSONP unwrapping, Jackson, the GData mapping); seeds in {@code JsonFeedFuzzTestInputs/readsOrRefuses}, findings saved there too. */
class JsonFeedFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void readsOrRefuses(byte[] data) {
        ParserFuzzing.readOrRefuse(BloggerFeedSource.json(), data);
    }
}
