package org.threadgraph.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the whole-blog readers, Back-up export and Takeout (two streaming passes, chunked
 * emission); the input's length picks the reader so one fuzz test covers both.
 */
class ExportFuzzTest {

    @FuzzTest(maxDuration = "40s")
    void readsOrRefuses(byte[] data) {
        ThreadSource source = data.length % 2 == 1 ? new BloggerTakeoutSource(2)
                : new BloggerExportSource(2);
        ParserFuzzing.readOrRefuse(source, data);
    }
}
