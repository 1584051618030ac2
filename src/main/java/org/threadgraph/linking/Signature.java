package org.threadgraph.linking;

import java.util.List;

/**
 * Holds the MinHash signature of a text as {@link QuoteMatcher} computes it: one array of minimum hash
 * values per window of the text's shingles. Immutable; turn it into index keys with
 * {@link QuoteMatcher#bandKeys(Signature)}.
 */
public final class Signature {

    private final List<long[]> windows;

    Signature(List<long[]> windows) {
        this.windows = windows.stream().map(long[]::clone).toList();
    }

    /** Returns the number of windows signed; 0 for a text without words. */
    public int windowCount() {
        return windows.size();
    }

    /** Returns the windows' minimum hash values; callers must not modify the arrays. */
    List<long[]> windows() {
        return windows;
    }
}
