package org.threadgraph.analysis;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Resolves the attitude rows of a batch into one net attitude per (entity, comment). */
final class Attitudes {

    private Attitudes() {
    }

    /**
     * Returns entity key -&gt; comment id -&gt; net attitude in [-1, 1]: the sum of sign times confidence
     * of the comment's rows about the entity, clamped. Positive defends, negative attacks, 0 neutral.
     */
    static Map<String, Map<String, Double>> net(Collection<EntityAttitude> rows) {
        Map<String, Map<String, Double>> net = new TreeMap<>();
        for (EntityAttitude a : rows) {
            net.computeIfAbsent(a.entityKey(), k -> new TreeMap<>()).merge(a.commentId(), a.sign() * a.confidence(),
                    Double::sum);
        }
        net.values().forEach(m -> m.replaceAll((c, v) -> Math.max(-1, Math.min(1, v))));
        return net;
    }

    /** Returns entity key -&gt; display name: the lexicographically first name seen. */
    static Map<String, String> names(Collection<EntityAttitude> rows) {
        Map<String, String> names = new TreeMap<>();
        for (EntityAttitude a : rows) {
            names.merge(a.entityKey(), a.entityName(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        return names;
    }
}
