package org.threadgraph.stance;

import java.util.List;

/**
 * The features of a pair hashed into a fixed number of buckets (the hashing trick), with the named features
 * kept so a decision can say which of them weighed most.
 *
 * @param index    bucket of each feature
 * @param value    value of each feature
 * @param features the named features, in the same order
 */
record HashedPair(int[] index, double[] value, List<Feature> features) {

    /** Hashes {@code features} into {@code buckets} buckets (a power of two). */
    static HashedPair of(List<Feature> features, int buckets) {
        int[] index = new int[features.size()];
        double[] value = new double[features.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = bucket(features.get(i).key(), buckets);
            value[i] = features.get(i).value();
        }
        return new HashedPair(index, value, List.copyOf(features));
    }

    /** Returns the bucket of a key: String.hashCode (fixed by the language spec) through MurmurHash3's finaliser. */
    static int bucket(String key, int buckets) {
        int h = key.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (buckets - 1);
    }
}
