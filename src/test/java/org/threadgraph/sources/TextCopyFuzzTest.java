package org.threadgraph.sources;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the text-copy readers (numbered and flattened); seeds in {@code TextCopyFuzzTestInputs/readsOrRefuses}, findings saved there too. */
class TextCopyFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void readsOrRefuses(byte[] data) {
        ParserFuzzing.readOrRefuse(new TextCopySource(), data);
    }
}
