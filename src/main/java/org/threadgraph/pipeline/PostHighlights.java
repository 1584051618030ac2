package org.threadgraph.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.threadgraph.analysis.DepthStats;

/**
 * What an analysis run's summary shows of its posts: the deepest threads, the most polarised divided
 * posts, and how many posts there were of each kind. Collected post by post and bounded, so a whole
 * blog's reports and comment names are never held at once: memory stays with the posts of one batch.
 */
public final class PostHighlights {

    /** How many deepest threads are kept. */
    static final int DEEPEST = 5;
    /** How many divided posts are kept, most polarised first. */
    static final int DIVIDED = 10;

    private static final Comparator<DeepThread> DEEPEST_FIRST = Comparator
            .comparingInt((DeepThread t) -> -t.block().realDepth()).thenComparingInt(t -> -t.block().size())
            .thenComparing(t -> t.block().scopeId());

    private final List<DeepThread> deepest = new ArrayList<>();
    private final List<Ranked> divided = new ArrayList<>();
    private int posts;
    private int dividedPosts;
    private int exchangeOnlyPosts;

    /**
     * A thread among the deepest.
     *
     * @param title the post's title
     * @param block the thread's depth figures
     * @param chain the names readers use for the comments of its deepest chain, e.g. "#5.2 (21:54)"
     */
    public record DeepThread(String title, DepthStats block, List<String> chain) {
        public DeepThread {
            chain = List.copyOf(chain);
        }
    }

    private record Ranked(int order, PostAnalysis post) {
    }

    /**
     * Adds one analysed post.
     *
     * @param commentNames comment id to the name readers use; only the deepest chains' are kept
     */
    void add(PostAnalysis post, Map<String, String> commentNames) {
        posts++;
        for (DepthStats block : post.report().blocks()) {
            deepest.add(new DeepThread(post.title(), block, block.deepestChain().stream()
                    .map(id -> commentNames.getOrDefault(id, id)).toList()));
        }
        deepest.sort(DEEPEST_FIRST);
        deepest.subList(Math.min(DEEPEST, deepest.size()), deepest.size()).clear();
        if (divided(post)) {
            divided.add(new Ranked(dividedPosts++, post));
            divided.sort(Comparator.comparingDouble((Ranked r) -> -r.post().report().camps().polarisation())
                    .thenComparingInt(Ranked::order));
            divided.subList(Math.min(DIVIDED, divided.size()), divided.size()).clear();
        } else if (!post.report().camps().camps().isEmpty()) {
            exchangeOnlyPosts++;
        }
    }

    /** Returns how many posts were analysed. */
    public int posts() {
        return posts;
    }

    /** Returns the deepest threads, deepest first (then largest, then by id). */
    public List<DeepThread> deepest() {
        return List.copyOf(deepest);
    }

    /** Returns the most polarised divided posts, at most {@value #DIVIDED}, in analysis order on ties. */
    public List<PostAnalysis> mostDivided() {
        return divided.stream().map(Ranked::post).toList();
    }

    /** Returns how many posts are divided: two camps or more of two comments or more each. */
    public int dividedPosts() {
        return dividedPosts;
    }

    /** Returns how many posts hold camps but only one-to-one disagreements. */
    public int exchangeOnlyPosts() {
        return exchangeOnlyPosts;
    }

    private static boolean divided(PostAnalysis p) {
        return p.report().camps().camps().stream().filter(c -> c.comments().size() >= 2).count() >= 2;
    }
}
