package org.threadgraph.stance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    private static final int BUCKETS = 64;

    /** Three labels, each marked by its own word, with a noise word shared by all. */
    private static List<HashedPair> toy(int[] labels) {
        List<HashedPair> xs = new ArrayList<>();
        String[] marks = {"great", "wrong", "link"};
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i % 3;
            xs.add(HashedPair.of(List.of(new Feature("w:" + marks[i % 3], marks[i % 3], 1),
                    new Feature("w:the", "the", 1)), BUCKETS));
        }
        return xs;
    }

    private static LinearWeights train(List<HashedPair> xs, int[] ys, long seed) {
        double[] weights = new double[ys.length];
        Arrays.fill(weights, 1);
        return SoftmaxRegression.train(xs, ys, weights, BUCKETS, new SoftmaxRegression.Options(1e-4, 5, 0.2, seed));
    }

    @Test
    void learnsWordsThatMarkEachLabel() {
        int[] ys = new int[30];
        List<HashedPair> xs = toy(ys);
        LinearWeights w = train(xs, ys, 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(ys[i], StanceModel.argmax(w.scores(xs.get(i))));
        }
    }

    @Test
    void theSameSeedGivesTheSameWeights() {
        int[] ys = new int[30];
        List<HashedPair> xs = toy(ys);
        assertArrayEquals(train(xs, ys, 7).weights, train(xs, ys, 7).weights);
    }
}
