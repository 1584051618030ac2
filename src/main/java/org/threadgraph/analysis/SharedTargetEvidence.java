package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evidence from comments that take a side on one common target: a person or organisation they name,
 * or the post they answer. With n comments taking a side (net attitude a_i in [-1, 1], D defending, A
 * attacking), a defender and an attacker get {@code -w |a_i a_j| / (n - 1)}; two defenders or two
 * attackers get {@code +w |a_i a_j| c / (n - 1)} with c = min(D, A) / max(D, A). Dividing by n - 1
 * gives each comment at most w of evidence per target however many comments take a side on it. The
 * factor c is a consensus discount: sharing an attack on a target that nobody defends (on this blog,
 * often the union or the ministry) says nothing about sides, so it must not glue opposing camps
 * together. O(n^2) per target.
 */
final class SharedTargetEvidence {

    private SharedTargetEvidence() {
    }

    /**
     * Adds the evidence of one target.
     *
     * @param evidence  where to add it
     * @param byComment comment index -&gt; net attitude in [-1, 1], in index order
     * @param weight    w, the weight of this kind of target
     */
    static void add(SignedEvidence evidence, Map<Integer, Double> byComment, double weight) {
        List<Integer> sided = new ArrayList<>();
        List<Double> value = new ArrayList<>();
        int defenders = 0;
        int attackers = 0;
        for (Map.Entry<Integer, Double> e : byComment.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            sided.add(e.getKey());
            value.add(e.getValue());
            if (e.getValue() > 0) {
                defenders++;
            } else {
                attackers++;
            }
        }
        int size = sided.size();
        if (size < 2 || weight == 0) {
            return;
        }
        double consensusDiscount = (double) Math.min(defenders, attackers) / Math.max(defenders, attackers);
        for (int x = 0; x < size; x++) {
            for (int y = x + 1; y < size; y++) {
                double vx = value.get(x);
                double vy = value.get(y);
                double base = weight * Math.abs(vx * vy) / (size - 1);
                evidence.add(sided.get(x), sided.get(y), Math.signum(vx) == Math.signum(vy) ? base * consensusDiscount : -base);
            }
        }
    }
}
