package org.threadgraph.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A blog of a given number of comments in a {@link BlogShape}, generated from a seed. Every post is
 * a pure function of the seed and its index (each draws from its own random stream), so a post can
 * be generated again alone, with an extra comment, and only the per-post comment counts are held
 * in memory: a million comments are generated one post at a time.
 */
final class SyntheticBlog {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final String HOST = "probation-bench.blogspot.com";
    static final String TITLE = "Probation Bench";

    private static final long COUNTS = 1;
    private static final long HEADER = 2;
    private static final long THREAD = 3;
    private static final Instant START = LocalDateTime.of(2010, 1, 4, 7, 0).atZone(ZONE).toInstant();
    private static final Duration SPAN = Duration.ofDays(15 * 365);
    private static final DateTimeFormatter MONTH_PATH = DateTimeFormatter.ofPattern("yyyy/MM", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final long seed;
    private final BlogShape shape;
    private final Cast cast;
    private final int[] counts;
    private final long spacingMinutes;
    private final String blogId;

    SyntheticBlog(long seed, int comments, BlogShape shape) {
        if (comments < 1) {
            throw new IllegalArgumentException("a blog needs at least one comment");
        }
        this.seed = seed;
        this.shape = shape;
        this.cast = new Cast(seed, shape);
        this.counts = drawCounts(new SplittableRandom(mix(seed, 0, COUNTS)), comments, shape);
        this.spacingMinutes = Math.max(30, SPAN.toMinutes() / counts.length);
        this.blogId = Long.toString(new SplittableRandom(seed).nextLong(1_000_000_000_000_000_000L, Long.MAX_VALUE));
    }

    /** Returns the number of posts. */
    int postCount() {
        return counts.length;
    }

    /** Returns how many comments post {@code index} has. */
    int commentCount(int index) {
        return counts[index];
    }

    /** Returns Blogger's id of the blog. */
    String blogId() {
        return blogId;
    }

    /** Returns the blog's owner. */
    Persona owner() {
        return cast.owner();
    }

    /** Returns the shape the blog follows. */
    BlogShape shape() {
        return shape;
    }

    /** Returns post {@code index} with its comments. */
    SyntheticPost post(int index) {
        return post(index, 0);
    }

    /** Returns post {@code index} with {@code extra} more comments than it was drawn with, as if they arrived later. */
    SyntheticPost post(int index, int extra) {
        SplittableRandom header = new SplittableRandom(mix(seed, index, HEADER));
        String title = Phrases.title(header, index);
        Instant published = published(index, header);
        String body = Phrases.body(header);
        SplittableRandom random = new SplittableRandom(mix(seed, index, THREAD));
        List<SyntheticComment> comments = new ArrayList<>();
        List<SyntheticComment> tops = new ArrayList<>();
        CommentWriter writer = new CommentWriter(this, index);
        long minute = 5 + random.nextInt(115);
        for (int i = 0; i < counts[index] + extra; i++) {
            if (i > 0) {
                minute += 1 + (long) (-25 * StrictMath.log(1 - random.nextDouble()));
            }
            Instant at = published.plusSeconds(minute * 60 + random.nextInt(60)).plusMillis(random.nextInt(1000));
            SyntheticComment parent = null;
            if (!tops.isEmpty() && random.nextDouble() < shape.replyFraction()) {
                int back = Math.min(tops.size() - 1, (int) (-3 * StrictMath.log(1 - random.nextDouble())));
                parent = tops.get(tops.size() - 1 - back);
            }
            String id = commentId(index, i, random);
            SyntheticComment c = writer.write(random, id, parent, at, comments);
            comments.add(c);
            if (parent == null) {
                tops.add(c);
            }
        }
        return new SyntheticPost(index, postId(index, header), title, permalink(index), published, body, comments);
    }

    /** Returns the permalink of post {@code index}, without generating its comments. */
    String permalink(int index) {
        SplittableRandom header = new SplittableRandom(mix(seed, index, HEADER));
        String title = Phrases.title(header, index);
        Instant published = published(index, header);
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "https://" + HOST + "/" + MONTH_PATH.format(published.atZone(ZONE)) + "/" + slug + "_" + index + ".html";
    }

    /** Returns the clock time readers see for an instant, "21:54". */
    static String clock(Instant instant) {
        return CLOCK.format(instant.atZone(ZONE));
    }

    Cast cast() {
        return cast;
    }

    private Instant published(int index, SplittableRandom header) {
        return START.plus(Duration.ofMinutes(index * spacingMinutes + header.nextInt(90)));
    }

    /** Post ids are unique by construction: the index picks a block of a million, the draw a place in it. */
    private static String postId(int index, SplittableRandom header) {
        return Long.toString(4_000_000_000_000_000_000L + index * 1_000_003L + header.nextInt(1_000_000));
    }

    private static String commentId(int postIndex, int commentIndex, SplittableRandom random) {
        return Long.toString(6_000_000_000_000_000_000L + ((long) postIndex * 4_000 + commentIndex) * 1_000
                + random.nextInt(1_000));
    }

    /**
     * Draws comments per post from a discrete log-normal (rounded, at least 1, at most the shape's
     * maximum) until the total is reached; the last post takes what is left.
     */
    private static int[] drawCounts(SplittableRandom random, int total, BlogShape shape) {
        List<Integer> drawn = new ArrayList<>();
        int sum = 0;
        double mu = StrictMath.log(shape.medianComments());
        while (sum < total) {
            int n = (int) Math.round(StrictMath.exp(mu + shape.spread() * gaussian(random)));
            n = Math.max(1, Math.min(shape.maxComments(), Math.min(n, total - sum)));
            drawn.add(n);
            sum += n;
        }
        return drawn.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Returns a standard normal draw (Box-Muller), so the stream is the same on every JVM. */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    /** Mixes seed, index and stream into one well-spread seed (SplitMix64's finaliser). */
    private static long mix(long seed, long index, long stream) {
        long z = seed + 0x9E3779B97F4A7C15L * (index * 8 + stream + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
