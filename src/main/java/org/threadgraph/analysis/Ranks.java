package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Competition ranks ("1224") of scores, highest first; ties are scores within a relative 1e-9. */
final class Ranks {

    /** Relative tolerance under which two scores tie. */
    static final double TIE_TOLERANCE = 1e-9;

    private Ranks() {
    }

    /** Returns each key's rank by descending score; equal scores share the best rank. */
    static <K extends Comparable<K>> Map<K, Integer> descending(Map<K, Double> scores) {
        List<K> keys = new ArrayList<>(scores.keySet());
        keys.sort(Comparator.comparing((K k) -> scores.get(k)).reversed().thenComparing(Comparator.naturalOrder()));
        Map<K, Integer> ranks = new HashMap<>();
        double previous = Double.NaN;
        int rank = 0;
        for (int i = 0; i < keys.size(); i++) {
            double s = scores.get(keys.get(i));
            if (i == 0 || !ties(previous, s)) {
                rank = i + 1;
                previous = s;
            }
            ranks.put(keys.get(i), rank);
        }
        return ranks;
    }

    /**
     * Returns each vertex's rank by descending score, vertices numbered in key order: the same ranks
     * as {@link #descending(Map)} gives the map from keys to these scores.
     */
    static int[] descending(double[] scores) {
        Integer[] byScore = new Integer[scores.length];
        Arrays.setAll(byScore, i -> i);
        Arrays.sort(byScore, Comparator.comparingDouble((Integer i) -> scores[i]).reversed()
                .thenComparingInt(i -> i));
        int[] ranks = new int[scores.length];
        double previous = Double.NaN;
        int rank = 0;
        for (int i = 0; i < byScore.length; i++) {
            double s = scores[byScore[i]];
            if (i == 0 || !ties(previous, s)) {
                rank = i + 1;
                previous = s;
            }
            ranks[byScore[i]] = rank;
        }
        return ranks;
    }

    static boolean ties(double a, double b) {
        return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
