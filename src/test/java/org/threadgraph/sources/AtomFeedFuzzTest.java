package org.threadgraph.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the Atom feed reader (StAX, XmlNode, the GData mapping); seeds in {@code AtomFeedFuzzTestInputs/readsOrRefuses}, findings saved there too. */
class AtomFeedFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void readsOrRefuses(byte[] data) {
        ParserFuzzing.readOrRefuse(BloggerFeedSource.atom(), data);
    }
}
