package org.threadgraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes comments in memory to find the comment a quote reposts, the same lookup a store
 * runs over indexed band keys: candidates share a {@link QuoteMatcher#bandKeys band key} with the
 * quote, then each is verified by containment. Holds each text's shingle hashes, not its text.
 */
public final class QuoteIndex {

    private final QuoteMatcher matcher;
    private final List<String> ids = new ArrayList<>();
    private final List<Set<Long>> shingles = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    /** Creates an empty index using the given matcher's parameters. */
    public QuoteIndex(QuoteMatcher matcher) {
        this.matcher = matcher;
    }

    /**
     * Describes a comment a quote matches.
     *
     * @param id          the comment id
     * @param containment the share of the quote's shingles found in the comment
     * @param jaccard     the Jaccard similarity of their shingle sets: near 1 for a whole-comment
     *                    quote, lower for an excerpt
     */
    public record Match(String id, double containment, double jaccard) {
    }

    /** Adds a comment. */
    public void add(String id, String text) {
        int doc = ids.size();
        ids.add(id);
        shingles.add(matcher.shingleSet(text));
        for (String key : matcher.bandKeys(matcher.signatureOf(text))) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
        }
    }

    /** Returns the ids of the comments that share a band key with the quote, before verification. */
    public Set<String> candidates(String quote) {
        Set<String> found = new LinkedHashSet<>();
        for (int doc : candidateDocs(quote)) {
            found.add(ids.get(doc));
        }
        return found;
    }

    /** Returns the comments the quote matches, best first: containment at least the threshold. */
    public List<Match> matches(String quote) {
        Set<Long> q = matcher.shingleSet(quote);
        List<Match> found = new ArrayList<>();
        if (q.size() < QuoteMatcher.MIN_QUOTE_SHINGLES) {
            return found;
        }
        for (int doc : candidateDocs(quote)) {
            Set<Long> c = shingles.get(doc);
            double containment = QuoteMatcher.containment(q, c);
            if (containment >= QuoteMatcher.THRESHOLD) {
                long common = q.stream().filter(c::contains).count();
                found.add(new Match(ids.get(doc), containment, (double) common / (q.size() + c.size() - common)));
            }
        }
        found.sort(Comparator.comparingDouble(Match::containment).reversed().thenComparing(Match::id));
        return found;
    }

    private Set<Integer> candidateDocs(String quote) {
        Set<Integer> docs = new LinkedHashSet<>();
        for (String key : matcher.bandKeys(matcher.signatureOf(quote))) {
            docs.addAll(byKey.getOrDefault(key, List.of()));
        }
        return docs;
    }
}
