package org.threadgraph.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threadgraph.model.Inference;
import org.threadgraph.model.SameAuthor;

/**
 * Groups the comments of one blog by the person who wrote them, from evidence: union-find over
 * {@link SameAuthor} edges (self-identification such as "21:54 here", found elsewhere), over shared
 * sign-off handles, and over Blogger profiles.
 *
 * <p>Rules:
 * <ul>
 *   <li>All comments with the same non-anonymous participant key (a Blogger profile, a linked name, a
 *       typed name; see {@link org.threadgraph.model.Participant#of}) are one person.</li>
 *   <li>Comments signed with the same handle are one person, with confidence {@value #HANDLE_CONFIDENCE}.</li>
 *   <li>An anonymous comment joins others only through evidence.</li>
 *   <li>Two different non-anonymous participant keys are never merged, not even through a chain of
 *       anonymous evidence: the check runs on the whole groups at each union, and a refused union is
 *       reported with its evidence.</li>
 *   <li>Evidence is applied strongest first (then by method and ids), so when evidence conflicts the
 *       stronger wins and the result does not depend on input order.</li>
 * </ul>
 *
 * <p>It streams: feed rows with {@link #addComment} and edges with {@link #addEvidence} in any order,
 * then call {@link #resolve}. Only comments that carry evidence are kept (a non-anonymous key, a
 * handle, or an edge), as ids and keys, never text; an anonymous comment without a handle costs
 * nothing unless an edge names it. Feed one blog at a time: handles and names are per blog.
 */
public final class IdentityResolver {

    /** Rates the evidence that two comments signed with the same handle have one author. */
    public static final double HANDLE_CONFIDENCE = 0.8;

    private static final String ANONYMOUS_PREFIX = "anon:";
    /** Orders comment ids numerically when both are numbers (Blogger ids), else as text. */
    private static final Comparator<String> ID_ORDER = (a, b) -> {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    };

    private static final Comparator<SameAuthor> STRONGEST_FIRST =
            Comparator.comparingDouble((SameAuthor e) -> -e.inference().confidence())
                    .thenComparing(e -> e.inference().method())
                    .thenComparing(SameAuthor::commentId, ID_ORDER)
                    .thenComparing(SameAuthor::otherCommentId, ID_ORDER);

    private final Map<String, String> keyOf = new HashMap<>();
    private final Map<String, String> handleOf = new HashMap<>();
    private final List<SameAuthor> edges = new ArrayList<>();

    /**
     * Groups the comments one person wrote.
     *
     * @param key        the participant key when a non-anonymous participant is in the group, else
     *                   {@code anon:} and the smallest comment id
     * @param commentIds the comments, in id order
     * @param evidence   every piece of evidence applied inside the group, strongest first: each one
     *                   either merged two groups or confirmed a merge already made
     */
    public record Cluster(String key, List<String> commentIds, List<SameAuthor> evidence) {
    }

    /**
     * Records evidence that was not applied because it would join two different participants.
     *
     * @param evidence        the evidence refused
     * @param participantKey  the participant of one side
     * @param otherParticipantKey the participant of the other side
     */
    public record Refusal(SameAuthor evidence, String participantKey, String otherParticipantKey) {
    }

    /**
     * Holds what the evidence amounts to.
     *
     * @param clusters groups of two or more comments, by key
     * @param refused  evidence refused because it would join two participants
     */
    public record Resolution(List<Cluster> clusters, List<Refusal> refused) {
    }

    /**
     * Adds a comment row.
     *
     * @param commentId      the comment
     * @param participantKey its participant before linking ({@code anon:…} for an anonymous comment)
     * @param handle         its normalised sign-off handle, or null
     */
    public void addComment(String commentId, String participantKey, String handle) {
        if (participantKey != null && !anonymous(participantKey)) {
            keyOf.putIfAbsent(commentId, participantKey);
        }
        if (handle != null && !handle.isBlank()) {
            handleOf.put(commentId, handle);
        }
    }

    /** Adds evidence that two comments have one author. */
    public void addEvidence(SameAuthor evidence) {
        edges.add(evidence);
    }

    /**
     * Returns how many comments the resolver holds: those with a non-anonymous key or a handle so far
     * (comments named only by edges are counted when {@link #resolve} runs).
     */
    public int commentsHeld() {
        Set<String> held = new HashSet<>(keyOf.keySet());
        held.addAll(handleOf.keySet());
        return held.size();
    }

    /** Applies all evidence and returns the groups and the refused evidence. */
    public Resolution resolve() {
        List<SameAuthor> all = new ArrayList<>(edges);
        all.addAll(groupEdges(invert(keyOf), 1.0, "profile"));
        all.addAll(groupEdges(invert(handleOf), HANDLE_CONFIDENCE, "handle"));
        all.sort(STRONGEST_FIRST);
        UnionFind sets = new UnionFind();
        List<Refusal> refused = new ArrayList<>();
        Map<Integer, List<SameAuthor>> evidence = new HashMap<>();
        for (SameAuthor e : all) {
            int a = sets.node(e.commentId());
            int b = sets.node(e.otherCommentId());
            int ra = sets.find(a);
            int rb = sets.find(b);
            String ka = sets.participant[ra];
            String kb = sets.participant[rb];
            if (ra != rb && ka != null && kb != null && !ka.equals(kb)) {
                refused.add(new Refusal(e, ka, kb));
                continue;
            }
            int root = sets.union(ra, rb);
            int other = root == ra ? rb : ra;
            List<SameAuthor> kept = evidence.computeIfAbsent(root, k -> new ArrayList<>());
            List<SameAuthor> moved = other == root ? null : evidence.remove(other);
            if (moved != null && moved.size() > kept.size()) { // append the smaller list to the larger
                moved.addAll(kept);
                kept = moved;
                evidence.put(root, kept);
            } else if (moved != null) {
                kept.addAll(moved);
            }
            kept.add(e);
        }
        return new Resolution(sets.clusters(evidence), refused);
    }

    private static boolean anonymous(String participantKey) {
        return participantKey.startsWith(ANONYMOUS_PREFIX);
    }

    private static Map<String, List<String>> invert(Map<String, String> byComment) {
        Map<String, List<String>> groups = new TreeMap<>();
        byComment.forEach((id, value) -> groups.computeIfAbsent(value, k -> new ArrayList<>()).add(id));
        return groups;
    }

    /** Returns edges from the smallest comment of each group to every other comment of it. */
    private static List<SameAuthor> groupEdges(Map<String, List<String>> groups, double confidence, String method) {
        List<SameAuthor> out = new ArrayList<>();
        groups.forEach((value, ids) -> {
            ids.sort(ID_ORDER);
            for (int i = 1; i < ids.size(); i++) {
                out.add(new SameAuthor(ids.get(0), ids.get(i), new Inference(method, confidence, value)));
            }
        });
        return out;
    }

    /** Union-find over the comments that carry evidence, each root knowing its participant key. */
    private final class UnionFind {

        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private int[] parent = new int[16];
        private String[] participant = new String[16];

        int node(String id) {
            Integer i = index.get(id);
            if (i != null) {
                return i;
            }
            int n = ids.size();
            if (n == parent.length) {
                parent = Arrays.copyOf(parent, 2 * n);
                participant = Arrays.copyOf(participant, 2 * n);
            }
            ids.add(id);
            index.put(id, n);
            parent[n] = n;
            participant[n] = keyOf.get(id);
            return n;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins two roots; the root with the smaller comment id stays root, so keys are stable. */
        int union(int ra, int rb) {
            if (ra == rb) {
                return ra;
            }
            int root = ID_ORDER.compare(ids.get(ra), ids.get(rb)) <= 0 ? ra : rb;
            int child = root == ra ? rb : ra;
            parent[child] = root;
            if (participant[root] == null) {
                participant[root] = participant[child];
            }
            return root;
        }

        List<Cluster> clusters(Map<Integer, List<SameAuthor>> evidence) {
            Map<Integer, List<String>> members = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                members.computeIfAbsent(find(i), k -> new ArrayList<>()).add(ids.get(i));
            }
            List<Cluster> out = new ArrayList<>();
            members.forEach((root, list) -> {
                if (list.size() >= 2) {
                    list.sort(ID_ORDER);
                    String key = participant[root] != null ? participant[root] : ANONYMOUS_PREFIX + list.get(0);
                    List<SameAuthor> why = new ArrayList<>(evidence.getOrDefault(root, List.of()));
                    why.sort(STRONGEST_FIRST);
                    out.add(new Cluster(key, List.copyOf(list), List.copyOf(why)));
                }
            });
            out.sort(Comparator.comparing(Cluster::key));
            return out;
        }
    }
}
