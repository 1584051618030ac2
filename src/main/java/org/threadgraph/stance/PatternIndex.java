package org.threadgraph.stance;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue patterns indexed by the words they open with, so a sentence is matched only against the patterns that
 * can start at one of its tokens instead of against every pattern of a file. The patterns come back in file
 * order, so matches are found in the same order as when every pattern is tried.
 */
final class PatternIndex {

    private final List<CuePattern> patterns;
    private final Map<String, int[]> byOpener;
    private final BitSet openAnywhere = new BitSet();

    PatternIndex(List<CuePattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < this.patterns.size(); i++) {
            Set<String> openers = this.patterns.get(i).openers();
            if (openers == null) {
                openAnywhere.set(i);
                continue;
            }
            for (String word : openers) {
                positions.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> index = new HashMap<>();
        positions.forEach((word, at) -> index.put(word, at.stream().mapToInt(Integer::intValue).toArray()));
        this.byOpener = Map.copyOf(index);
    }

    /** Returns, in file order, the patterns that may match somewhere in the sentence. */
    List<CuePattern> candidates(Sentence sentence) {
        BitSet chosen = (BitSet) openAnywhere.clone();
        for (Token t : sentence.tokens()) {
            int[] at = byOpener.get(t.norm());
            if (at != null) {
                for (int i : at) {
                    chosen.set(i);
                }
            }
        }
        List<CuePattern> out = new ArrayList<>(chosen.cardinality());
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            out.add(patterns.get(i));
        }
        return out;
    }
}
