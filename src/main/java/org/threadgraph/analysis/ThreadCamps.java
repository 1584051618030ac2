package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Disagreement camps of one post, found by {@link SignedCampClustering} on a signed graph over its
 * comments.
 *
 * <p>Evidence, summed per comment pair:
 * <ul>
 * <li>a response labelled agree adds {@code +r * s * l}, disagree {@code -r * s * l}, with s its stance
 * confidence, l its link confidence and r = {@link Weights#response()}; neutral adds nothing;</li>
 * <li>for each entity, with D the comments defending it, A those attacking it (net attitude a_i in
 * [-1, 1], see {@link EntityDiscussion}) and n = |D| + |A| &gt;= 2: a defender and an attacker get
 * {@code -e * |a_i a_j| / (n - 1)}; two defenders, or two attackers, get {@code +e * |a_i a_j| * c / (n -
 * 1)} with c = min(|D|, |A|) / max(|D|, |A|) and e = {@link Weights#entity()}. Dividing by n - 1 gives
 * each comment at most e of evidence per entity however many comments name it. The factor c is a
 * consensus discount: sharing an attack on an entity that nobody defends (on this blog, often the
 * union or the ministry) says nothing about sides, so it must not glue opposing camps together;</li>
 * <li>{@code +w} between two comments of the same writer that both carry evidence of the kinds
 * above, w = {@link Weights#sameWriter()}: people rarely change sides within a post, and writer keys
 * of anonymous comments are shared only when the linker found they are one person ("21:54 here").
 * A comment with no evidence of its own is not glued, so a writer's neutral comments (links, the
 * blog author's notices) stay out of camps.</li>
 * </ul>
 * Entity evidence is what carries a dispute across separate reply blocks that no response joins,
 * so that one side keeps one camp label throughout the post. Comments with no evidence, or only in
 * agreement-only parts, are in no camp.
 *
 * <p>Complexity: O(m + sum over entities of n_e^2) to build the graph for m responses, plus the
 * clustering ({@link SignedCampClustering}) and O(words) for the top terms. Computed once, cached.
 */
public final class ThreadCamps {

    /**
     * Weights of the three kinds of evidence.
     *
     * @param response   weight of a confident agree/disagree response
     * @param entity     weight of entity-attitude evidence per comment and entity
     * @param sameWriter weight between two evidenced comments of the same writer (0 = ignore)
     */
    public record Weights(double response, double entity, double sameWriter) {

        public Weights {
            if (!(response >= 0 && entity >= 0 && sameWriter >= 0)) {
                throw new IllegalArgumentException("weights must be >= 0: " + response + ", " + entity + ", " + sameWriter);
            }
        }
    }

    /** Default weights: responses 1, entity attitudes 1, same writer 0.5. */
    public static final Weights WEIGHTS_DEFAULT = new Weights(1.0, 1.0, 0.5);
    /** Default largest number of camps per dispute. */
    public static final int MAX_CAMPS_DEFAULT = SignedCampClustering.MAX_CAMPS_DEFAULT;
    /** Default number of top terms per camp. */
    public static final int TOP_TERMS_DEFAULT = 8;
    /** Default number of defended and of attacked entities listed per camp. */
    public static final int TOP_ENTITIES_DEFAULT = 5;

    private final ThreadInput input;
    private final Weights weights;
    private final int maxCamps;
    private Graph<String, DefaultWeightedEdge> signed;
    private Map<String, Integer> order;
    private PostCamps camps;

    /** Creates the camp finder with default parameters. */
    public ThreadCamps(ThreadInput input) {
        this(input, WEIGHTS_DEFAULT, MAX_CAMPS_DEFAULT);
    }

    /**
     * Creates the camp finder.
     *
     * @param input    the post
     * @param weights  evidence weights
     * @param maxCamps largest number of camps per dispute, &gt;= 2
     */
    public ThreadCamps(ThreadInput input, Weights weights, int maxCamps) {
        this.input = Objects.requireNonNull(input, "input");
        this.weights = Objects.requireNonNull(weights, "weights");
        if (maxCamps < 2) {
            throw new IllegalArgumentException("maxCamps must be >= 2: " + maxCamps);
        }
        this.maxCamps = maxCamps;
    }

    /** Returns the signed evidence graph over all comments (do not modify it). */
    public Graph<String, DefaultWeightedEdge> getSignedGraph() {
        if (signed == null) {
            signed = buildSignedGraph();
        }
        return signed;
    }

    /** Returns the camps. */
    public PostCamps getCamps() {
        if (camps == null) {
            camps = computeCamps();
        }
        return camps;
    }

    private Graph<String, DefaultWeightedEdge> buildSignedGraph() {
        List<ThreadComment> ordered = input.orderedComments();
        order = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            order.put(ordered.get(i).id(), i);
        }
        // (lower index, higher index) -> summed weight, iterated in index order.
        TreeMap<Long, Double> pairs = new TreeMap<>();
        long n = Math.max(1, ordered.size());
        for (ResponseLink r : input.responses()) {
            Integer a = order.get(r.fromId());
            Integer b = r.toPost() ? null : order.get(r.toId());
            if (a == null || b == null || a.equals(b) || r.sign() == 0) {
                continue;
            }
            add(pairs, n, a, b, r.sign() * weights.response() * r.stanceConfidence() * r.linkConfidence());
        }
        if (weights.entity() > 0) {
            Attitudes.net(input.attitudes()).forEach((entity, byComment) -> {
                List<Integer> sided = new ArrayList<>();
                List<Double> value = new ArrayList<>();
                int defenders = 0;
                int attackers = 0;
                for (Map.Entry<String, Double> e : byComment.entrySet()) {
                    Integer i = order.get(e.getKey());
                    if (i == null || e.getValue() == 0) {
                        continue;
                    }
                    sided.add(i);
                    value.add(e.getValue());
                    if (e.getValue() > 0) {
                        defenders++;
                    } else {
                        attackers++;
                    }
                }
                int size = sided.size();
                if (size < 2) {
                    return;
                }
                double consensusDiscount = (double) Math.min(defenders, attackers) / Math.max(defenders, attackers);
                for (int x = 0; x < size; x++) {
                    for (int y = x + 1; y < size; y++) {
                        double vx = value.get(x);
                        double vy = value.get(y);
                        double base = weights.entity() * Math.abs(vx * vy) / (size - 1);
                        double w = Math.signum(vx) == Math.signum(vy) ? base * consensusDiscount : -base;
                        if (w != 0) {
                            add(pairs, n, sided.get(x), sided.get(y), w);
                        }
                    }
                }
            });
        }
        if (weights.sameWriter() > 0) {
            // Only comments that already carry evidence of their own are glued: a writer's neutral
            // comments (links, quotes, the blog author's notices) must not be pulled into a camp.
            java.util.Set<Integer> evidenced = new java.util.HashSet<>();
            pairs.forEach((key, w) -> {
                if (w != 0) {
                    evidenced.add((int) (key / n));
                    evidenced.add((int) (key % n));
                }
            });
            Map<String, List<Integer>> byWriter = new TreeMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                if (evidenced.contains(i)) {
                    byWriter.computeIfAbsent(ordered.get(i).writer(), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> same : byWriter.values()) {
                for (int x = 0; x < same.size(); x++) {
                    for (int y = x + 1; y < same.size(); y++) {
                        add(pairs, n, same.get(x), same.get(y), weights.sameWriter());
                    }
                }
            }
        }
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        ordered.forEach(c -> g.addVertex(c.id()));
        pairs.forEach((key, w) -> {
            if (w != 0) {
                String a = ordered.get((int) (key / n)).id();
                String b = ordered.get((int) (key % n)).id();
                g.setEdgeWeight(g.addEdge(a, b), w);
            }
        });
        return g;
    }

    private static void add(Map<Long, Double> pairs, long n, int a, int b, double w) {
        long key = Math.min(a, b) * n + Math.max(a, b);
        pairs.merge(key, w, Double::sum);
    }

    private PostCamps computeCamps() {
        Graph<String, DefaultWeightedEdge> g = getSignedGraph();
        SignedPartition<String> p = new SignedCampClustering<>(g, Comparator.comparingInt(order::get), maxCamps,
                SignedCampClustering.MAX_PASSES_DEFAULT, SignedCampClustering.MIN_WEIGHT_DEFAULT).getPartition();
        Map<String, ThreadComment> byId = input.commentsById();
        TopTerms terms = new TopTerms(input.comments().stream().map(ThreadComment::text).toList());
        Map<String, Map<String, Double>> net = Attitudes.net(input.attitudes());
        Map<String, String> names = Attitudes.names(input.attitudes());
        List<Camp> result = new ArrayList<>();
        for (SignedCamp<String> c : p.camps()) {
            TreeSet<String> writers = new TreeSet<>();
            List<String> texts = new ArrayList<>();
            for (String id : c.members()) {
                writers.add(byId.get(id).writer());
                texts.add(byId.get(id).text());
            }
            List<EntityStance> stances = new ArrayList<>();
            net.forEach((entity, byComment) -> {
                int d = 0;
                int a = 0;
                for (String id : c.members()) {
                    double v = byComment.getOrDefault(id, 0.0);
                    d += v > 0 ? 1 : 0;
                    a += v < 0 ? 1 : 0;
                }
                if (d + a > 0) {
                    stances.add(new EntityStance(entity, names.get(entity), d, a));
                }
            });
            List<EntityStance> defends = stances.stream().filter(s -> s.defended() > 0)
                    .sorted(Comparator.comparingInt(EntityStance::defended).reversed().thenComparing(EntityStance::key))
                    .limit(TOP_ENTITIES_DEFAULT).toList();
            List<EntityStance> attacks = stances.stream().filter(s -> s.attacked() > 0)
                    .sorted(Comparator.comparingInt(EntityStance::attacked).reversed().thenComparing(EntityStance::key))
                    .limit(TOP_ENTITIES_DEFAULT).toList();
            result.add(new Camp(c.id(), c.dispute(), c.members(), List.copyOf(writers),
                    terms.top(texts, TOP_TERMS_DEFAULT), defends, attacks));
        }
        double coverage = input.comments().isEmpty() ? 0 : (double) p.campOf().size() / input.comments().size();
        return new PostCamps(input.postId(), result, p.disputes(), p.campOf(), p.polarisation(), coverage);
    }
}
