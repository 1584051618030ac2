package org.threadgraph.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the Blogger post-page reader (jsoup, the comment markup walk); seeds in {@code HtmlPageFuzzTestInputs/readsOrRefuses}, findings saved there too. */
class HtmlPageFuzzTest {

    @FuzzTest(maxDuration = "40s")
    void readsOrRefuses(byte[] data) {
        ParserFuzzing.readOrRefuse(new BloggerHtmlSource(), data);
    }
}
