package org.threadgraph.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Indexes texts in memory by their {@link QuoteMatcher#bandKeys band keys}: comments, to find the
 * comment a quote reposts ({@link #matches}), or quotes, to find the quotes a comment streaming past
 * holds ({@link #containedIn}). Candidates share at least {@link QuoteMatcher#MIN_BAND_HITS} band keys
 * with the probe, then each is verified by containment. Holds each text's shingle hashes (computed
 * once), not its text.
 */
public final class QuoteIndex {

    private final QuoteMatcher matcher;
    private final int minBandHits;
    private final List<String> ids = new ArrayList<>();
    private final List<Set<Long>> shingles = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    /** Creates an empty index using the given matcher's parameters. */
    public QuoteIndex(QuoteMatcher matcher) {
        this(matcher, QuoteMatcher.MIN_BAND_HITS);
    }

    /** Creates an empty index whose candidates share at least {@code minBandHits} band keys with a probe. */
    QuoteIndex(QuoteMatcher matcher, int minBandHits) {
        if (minBandHits < 1) {
            throw new IllegalArgumentException("minBandHits must be at least 1: " + minBandHits);
        }
        this.matcher = matcher;
        this.minBandHits = minBandHits;
    }

    /** Returns the number of texts indexed. */
    public int size() {
        return ids.size();
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

    /**
     * Returns the indexed texts (quotes) contained in the given text (a comment), best first: each has
     * at least {@link QuoteMatcher#MIN_QUOTE_SHINGLES} shingles and at least the threshold of them
     * in the text. The text is shingled and signed once, whatever the number of candidates.
     */
    public List<Match> containedIn(String text) {
        Set<Long> c = matcher.shingleSet(text);
        List<Match> found = new ArrayList<>();
        for (int doc : candidateDocs(text)) {
            Set<Long> q = shingles.get(doc);
            if (q.size() < QuoteMatcher.MIN_QUOTE_SHINGLES) {
                continue;
            }
            long common = q.stream().filter(c::contains).count();
            double containment = (double) common / q.size();
            if (containment >= QuoteMatcher.THRESHOLD) {
                found.add(new Match(ids.get(doc), containment, (double) common / (q.size() + c.size() - common)));
            }
        }
        found.sort(Comparator.comparingDouble(Match::containment).reversed().thenComparing(Match::id));
        return found;
    }

    /** Returns the indexed texts sharing at least {@code minBandHits} band keys with the probe, in index order. */
    private Set<Integer> candidateDocs(String probe) {
        Map<Integer, Integer> hits = new HashMap<>();
        for (String key : matcher.bandKeys(matcher.signatureOf(probe))) {
            for (int doc : byKey.getOrDefault(key, List.of())) {
                hits.merge(doc, 1, Integer::sum);
            }
        }
        Set<Integer> docs = new java.util.TreeSet<>();
        hits.forEach((doc, n) -> {
            if (n >= minBandHits) {
                docs.add(doc);
            }
        });
        return docs;
    }
}
