package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Most discussed people and organisations: mentions per entity and how often each is defended or
 * attacked. Accumulates post by post, keeping O(entities) memory, so the store can feed a whole blog.
 *
 * <p>Within a batch (one post) each comment counts once per entity with its net attitude (see
 * {@link EntityCount}); rows naming the post itself count like a comment. O(r log r) per batch of r rows.
 */
public final class EntityDiscussion {

    private final Map<String, long[]> counts = new TreeMap<>(); // mentions, comments, defended, attacked, neutral
    private final Map<String, String> names = new TreeMap<>();
    private List<EntityCount> result;

    /** Returns the counts of one post. */
    public static EntityDiscussion of(ThreadInput thread) {
        return new EntityDiscussion().add(thread);
    }

    /** Adds one post's attitudes. */
    public EntityDiscussion add(ThreadInput thread) {
        return add(thread.attitudes());
    }

    /** Adds one batch of attitudes (rows of one comment about one entity are merged within the batch). */
    public EntityDiscussion add(Collection<EntityAttitude> attitudes) {
        result = null;
        for (EntityAttitude a : attitudes) {
            counts.computeIfAbsent(a.entityKey(), k -> new long[5])[0]++;
        }
        Attitudes.names(attitudes).forEach((k, n) -> names.merge(k, n, (x, y) -> x.compareTo(y) <= 0 ? x : y));
        Attitudes.net(attitudes).forEach((entity, byComment) -> {
            long[] c = counts.get(entity);
            for (double v : byComment.values()) {
                c[1]++;
                c[v > 0 ? 2 : v < 0 ? 3 : 4]++;
            }
        });
        return this;
    }

    /** Returns every entity, most mentioned first (ties by key). */
    public List<EntityCount> getCounts() {
        if (result == null) {
            Map<String, Double> score = new HashMap<>();
            counts.forEach((k, c) -> score.put(k, (double) c[0]));
            Map<String, Integer> rank = Ranks.descending(score);
            List<EntityCount> list = new ArrayList<>();
            counts.forEach((k, c) -> list.add(new EntityCount(k, names.get(k), c[0], c[1], c[2], c[3], c[4],
                    rank.get(k))));
            list.sort(Comparator.comparingInt(EntityCount::rank).thenComparing(EntityCount::key));
            result = List.copyOf(list);
        }
        return result;
    }

    /** Returns the entities that are defended, most often defended first (ties by key). */
    public List<EntityCount> getMostDefended() {
        return getCounts().stream().filter(e -> e.defended() > 0)
                .sorted(Comparator.comparingLong(EntityCount::defended).reversed().thenComparing(EntityCount::key))
                .toList();
    }

    /** Returns the entities that are attacked, most often attacked first (ties by key). */
    public List<EntityCount> getMostAttacked() {
        return getCounts().stream().filter(e -> e.attacked() > 0)
                .sorted(Comparator.comparingLong(EntityCount::attacked).reversed().thenComparing(EntityCount::key))
                .toList();
    }
}
