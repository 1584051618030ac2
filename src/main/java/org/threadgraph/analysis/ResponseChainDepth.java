package org.threadgraph.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Real thread depth: the longest chain of {@link ResponseLink responses} between comments, next to
 * Blogger's structural depth.
 *
 * <p>Responses point from a comment to the comment it answers. Since a comment can only answer an
 * earlier one they form a forest (or a DAG when a comment answers several), and the longest chain
 * is a longest path in a DAG, found by one memoised depth-first search: {@code depth(c) = 1 + max
 * depth(t)} over the comments {@code t} that {@code c} answers. An edge that would close a cycle
 * (possible only with wrong upstream data) is skipped and reported. For a block only responses
 * between comments of that block count.
 *
 * <p>Complexity: O(n log n + m) time and O(n + m) space for n comments and m responses, for the
 * post and all blocks together. Results are computed on first use and cached.
 */
public final class ResponseChainDepth implements ThreadDepthAlgorithm {

    private final ThreadInput input;
    private List<ThreadComment> ordered;
    private int[][] targets;
    private int[] depth;
    private int[] parent;
    private byte[] state; // 0 new, 1 on the DFS stack, 2 done
    private DepthStats post;
    private List<DepthStats> blocks;
    private final Set<String> warnings = new TreeSet<>();

    /**
     * Creates the algorithm for one post.
     *
     * @param input the post's comments and responses
     */
    public ResponseChainDepth(ThreadInput input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public DepthStats getPostDepth() {
        compute();
        return post;
    }

    @Override
    public List<DepthStats> getBlockDepths() {
        compute();
        return blocks;
    }

    @Override
    public List<String> getWarnings() {
        compute();
        return List.copyOf(warnings);
    }

    private void compute() {
        if (post != null) {
            return;
        }
        ordered = input.orderedComments();
        int n = ordered.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ordered.get(i).id(), i);
        }
        List<Set<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new TreeSet<>());
        }
        for (ResponseLink r : input.responses()) {
            if (r.toPost() || r.toId().equals(input.postId())) {
                continue;
            }
            Integer from = index.get(r.fromId());
            Integer to = index.get(r.toId());
            if (from == null || to == null) {
                warnings.add("response " + r.fromId() + " -> " + r.toId() + " names a comment not in post "
                        + input.postId() + "; skipped");
                continue;
            }
            if (from.equals(to)) {
                warnings.add("comment " + r.fromId() + " answers itself; skipped");
                continue;
            }
            out.get(from).add(to);
        }
        depth = new int[n];
        parent = new int[n];
        state = new byte[n];
        targets = new int[n][];
        for (int i = 0; i < n; i++) {
            targets[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
        }

        // Top-level blocks, in order of their first comment.
        Map<String, List<Integer>> byBlock = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byBlock.computeIfAbsent(ordered.get(i).blockId(), k -> new ArrayList<>()).add(i);
        }
        int[] blockOf = new int[n];
        int b = 0;
        for (List<Integer> members : byBlock.values()) {
            for (int i : members) {
                blockOf[i] = b;
            }
            b++;
        }

        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        List<DepthStats> blockStats = new ArrayList<>();
        int postStructural = 0;
        for (Map.Entry<String, List<Integer>> e : byBlock.entrySet()) {
            int[] members = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            boolean hasReplies = e.getValue().stream().anyMatch(i -> ordered.get(i).parentId() != null);
            int structural = hasReplies ? 2 : 1;
            postStructural = Math.max(postStructural, structural);
            blockStats.add(stats(DepthStats.Scope.BLOCK, e.getKey(), structural, members,
                    (from, to) -> blockOf[from] == blockOf[to]));
        }
        blocks = List.copyOf(blockStats);
        post = stats(DepthStats.Scope.POST, input.postId(), postStructural, all, (from, to) -> true);
    }

    private interface EdgeFilter {
        boolean test(int from, int to);
    }

    private DepthStats stats(DepthStats.Scope scope, String scopeId, int structural, int[] members,
                             EdgeFilter filter) {
        // Scratch arrays are shared by all scopes; only this scope's members are reset and touched.
        for (int i : members) {
            depth[i] = 0;
            parent[i] = -1;
            state[i] = 0;
        }
        int best = -1;
        int[] stack = new int[Math.max(1, members.length)];
        int[] next = new int[Math.max(1, members.length)];
        for (int start : members) {
            if (state[start] != 0) {
                continue;
            }
            int top = 0;
            stack[0] = start;
            next[0] = 0;
            state[start] = 1;
            while (top >= 0) {
                int v = stack[top];
                int[] ts = targets[v];
                if (next[top] < ts.length) {
                    int t = ts[next[top]++];
                    if (!filter.test(v, t)) {
                        continue;
                    }
                    if (state[t] == 1) {
                        warnings.add("response " + ordered.get(v).id() + " -> " + ordered.get(t).id()
                                + " closes a cycle; skipped");
                    } else if (state[t] == 0) {
                        top++;
                        stack[top] = t;
                        next[top] = 0;
                        state[t] = 1;
                    }
                    continue;
                }
                int d = 1;
                int p = -1;
                for (int t : ts) {
                    // Targets are in thread order, so the earliest of equally deep targets wins.
                    if (state[t] == 2 && filter.test(v, t) && depth[t] + 1 > d) {
                        d = depth[t] + 1;
                        p = t;
                    }
                }
                depth[v] = d;
                parent[v] = p;
                state[v] = 2;
                top--;
            }
        }
        Set<String> writers = new HashSet<>();
        Instant first = null;
        Instant last = null;
        for (int i : members) {
            if (best < 0 || depth[i] > depth[best] || depth[i] == depth[best] && i < best) {
                best = i;
            }
            ThreadComment c = ordered.get(i);
            writers.add(c.writer());
            if (c.published() != null) {
                first = first == null || c.published().isBefore(first) ? c.published() : first;
                last = last == null || c.published().isAfter(last) ? c.published() : last;
            }
        }
        List<String> chain = new ArrayList<>();
        for (int v = best; v >= 0; v = parent[v]) {
            chain.add(ordered.get(v).id());
        }
        Collections.reverse(chain);
        return new DepthStats(scope, scopeId, structural, best < 0 ? 0 : depth[best], members.length,
                writers.size(), first, last, first == null ? null : Duration.between(first, last), chain);
    }
}
