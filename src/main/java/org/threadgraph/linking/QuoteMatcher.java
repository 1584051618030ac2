package org.threadgraph.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches a quoted block to the comment it reposts, robust to small edits: the quote may be an excerpt,
 * have a few words changed, or be reflowed.
 *
 * <p>Texts are reduced to lower-case words (punctuation and apostrophes dropped), and to shingles of
 * {@value #SHINGLE_WORDS} consecutive words. Candidates are found blog-wide in near-linear time by
 * MinHash with LSH banding: each text is cut into overlapping windows of {@value #WINDOW_SHINGLES}
 * shingles (stride {@value #WINDOW_STRIDE}), each window gets a MinHash signature of
 * {@value #HASHES} values, and each band of {@value #ROWS} value(s) becomes a string key. Two texts
 * that share a passage share a band key with high probability, so an excerpt of a long comment is
 * found as readily as a whole one; a store indexes the keys and looks candidates up by them.
 *
 * <p>The banding is tuned for containment, not Jaccard: a short quote inside a window has a window
 * Jaccard of only about its length over the window's, so bands are single values (LSH threshold
 * (1/12)^1 ≈ 0.08) and exact verification removes the extra candidates. Measured on edited seed
 * comments, this finds every source as a candidate at about 60 keys per comment, where bands of two
 * values miss 2–4% of sources at the same key budget (see {@code QuoteMatcherTest}).
 *
 * <p>Candidates are verified exactly by the containment of the quote's shingles in the candidate's,
 * {@code |Q ∩ C| / |Q|}: an excerpt is wholly contained in its comment although their Jaccard
 * similarity is small. A quote matches at containment {@value #THRESHOLD} or more when it has at
 * least {@value #MIN_QUOTE_SHINGLES} shingles; shorter quotes are too common to attribute.
 */
public final class QuoteMatcher {

    /** Sets the words per shingle. */
    public static final int SHINGLE_WORDS = 4;
    /** Sets the shingles per window. */
    public static final int WINDOW_SHINGLES = 24;
    /** Sets the shingles between the starts of consecutive windows. */
    public static final int WINDOW_STRIDE = 8;
    /** Sets the MinHash values per window, one band each. */
    public static final int HASHES = 12;
    /** Sets the MinHash values per band key. */
    public static final int ROWS = 1;
    /** Sets the containment of the quote in the candidate from which a quote matches. */
    public static final double THRESHOLD = 0.5;
    /**
     * Sets the fewest band keys a candidate must share with a quote. One shared key lets through every
     * text that shares one common phrase, and blog-wide those candidates grow with the blog. Measured
     * on the seed dev set (which chose it, so the figures are not held-out): recall 0.993 with one
     * hit, 0.986 with two, 0.972 with three ({@code QuoteMatcherTest.bandHitSweep}).
     */
    public static final int MIN_BAND_HITS = 2;
    /** Sets the fewest shingles a quote needs to be matched at all. */
    public static final int MIN_QUOTE_SHINGLES = 6;

    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final int shingleWords;
    private final int window;
    private final int stride;
    private final int rows;
    private final long[] seeds;
    private final String keyPrefix;

    /** Creates a matcher with the documented parameters. */
    public QuoteMatcher() {
        this(SHINGLE_WORDS, WINDOW_SHINGLES, WINDOW_STRIDE, HASHES, ROWS);
    }

    QuoteMatcher(int shingleWords, int window, int stride, int hashes, int rows) {
        if (hashes % rows != 0) {
            throw new IllegalArgumentException("hashes must be a multiple of rows");
        }
        this.shingleWords = shingleWords;
        this.window = window;
        this.stride = stride;
        this.rows = rows;
        this.seeds = new long[hashes];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < hashes; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
        this.keyPrefix = "k" + shingleWords + "w" + window + "h" + hashes + "r" + rows + "b";
    }

    /** Returns the MinHash signature of a text: one per window of its shingles. */
    public Signature signatureOf(String text) {
        long[] shingles = shingleSequence(text);
        int n = shingles.length;
        List<long[]> windows = new ArrayList<>();
        if (n > 0) {
            List<Integer> starts = new ArrayList<>();
            for (int start = 0; start + window < n; start += stride) {
                starts.add(start);
            }
            starts.add(Math.max(0, n - window));
            for (int start : starts) {
                windows.add(minHash(shingles, start, Math.min(n, start + window)));
            }
        }
        return new Signature(windows);
    }

    /**
     * Returns the LSH band keys of a signature, without repeats. Texts sharing a key are candidates;
     * keys embed the parameters, so keys made with other parameters never collide with these.
     */
    public List<String> bandKeys(Signature signature) {
        Set<String> keys = new LinkedHashSet<>();
        for (long[] w : signature.windows()) {
            for (int b = 0; b < w.length / rows; b++) {
                long h = b;
                for (int r = 0; r < rows; r++) {
                    h = mix(h * 31 + w[b * rows + r]);
                }
                keys.add(keyPrefix + b + ":" + Long.toHexString(h));
            }
        }
        return List.copyOf(keys);
    }

    /** Returns the share of the quote's shingles found in the candidate, 0 when the quote has none. */
    public double similarity(String quote, String candidate) {
        return containment(shingleSet(quote), shingleSet(candidate));
    }

    /** Returns the Jaccard similarity of two texts' shingle sets. */
    public double jaccard(String a, String b) {
        Set<Long> sa = shingleSet(a);
        Set<Long> sb = shingleSet(b);
        if (sa.isEmpty() && sb.isEmpty()) {
            return 0;
        }
        long common = sa.stream().filter(sb::contains).count();
        return (double) common / (sa.size() + sb.size() - common);
    }

    /** Returns true when the quote is long enough and its containment in the candidate reaches the threshold. */
    public boolean matches(String quote, String candidate) {
        Set<Long> q = shingleSet(quote);
        return q.size() >= MIN_QUOTE_SHINGLES && containment(q, shingleSet(candidate)) >= THRESHOLD;
    }

    /** Returns the distinct shingle hashes of a text. */
    Set<Long> shingleSet(String text) {
        Set<Long> set = new HashSet<>();
        for (long s : shingleSequence(text)) {
            set.add(s);
        }
        return set;
    }

    static double containment(Set<Long> quote, Set<Long> candidate) {
        if (quote.isEmpty()) {
            return 0;
        }
        long common = quote.stream().filter(candidate::contains).count();
        return (double) common / quote.size();
    }

    private long[] shingleSequence(String text) {
        String[] words = words(text);
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - shingleWords + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's words
            for (int j = i; j < Math.min(words.length, i + shingleWords); j++) {
                for (int c = 0; c < words[j].length(); c++) {
                    h = (h ^ words[j].charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            shingles[i] = h;
        }
        return shingles;
    }

    private static String[] words(String text) {
        String folded = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private long[] minHash(long[] shingles, int from, int to) {
        long[] mins = new long[seeds.length];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (int i = from; i < to; i++) {
            for (int k = 0; k < seeds.length; k++) {
                long h = mix(shingles[i] ^ seeds[k]);
                if (h < mins[k]) {
                    mins[k] = h;
                }
            }
        }
        return mins;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
