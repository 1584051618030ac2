package org.threadgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.SourceDocument;
import org.threadgraph.sources.SourceException;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.sources.Sources;

class BlogGeneratorTest {

    private static final int SIZE = 2_000;
    /** Pages of 25 comments, so that the blog holds both post pages and comments feeds. */
    private static final BlogShape SHORT_PAGES = new BlogShape(12, 1.0, 1200, 0.5, 0.03, 0.17, 0.08, 25);

    @TempDir
    static Path shared;
    private static GeneratedBlog blog;
    private static List<PostThread> threads;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateAndRead() throws IOException {
        blog = new BlogGenerator(3, SIZE, SHORT_PAGES).writeTo(shared);
        threads = readAll(shared);
    }

    @Test
    void sameSeedAndSizeGiveByteIdenticalFiles() throws IOException {
        new BlogGenerator(7, 1_000, BlogShape.ON_PROBATION).writeTo(dir.resolve("a"));
        new BlogGenerator(7, 1_000, BlogShape.ON_PROBATION).writeTo(dir.resolve("b"));
        new BlogGenerator(8, 1_000, BlogShape.ON_PROBATION).writeTo(dir.resolve("c"));
        assertEquals(digest(dir.resolve("a")), digest(dir.resolve("b")));
        assertNotEquals(digest(dir.resolve("a")), digest(dir.resolve("c")));
    }

    @Test
    void blogHasTheAskedSizeHalfRepliesAndAHeavyTail() {
        assertEquals(SIZE, blog.comments());
        double replyFraction = (double) blog.replies() / blog.comments();
        assertTrue(replyFraction > 0.42 && replyFraction < 0.58, "reply fraction " + replyFraction);
        List<Integer> perPost = new ArrayList<>();
        for (PostThread t : threads) {
            perPost.add(t.comments().size());
        }
        perPost.sort(null);
        int median = perPost.get(perPost.size() / 2);
        long busy = perPost.stream().filter(n -> n > 2.5 * median).count();
        assertTrue(median >= 8 && median <= 20, "median comments per post " + median);
        assertTrue(blog.largestPost() >= 5 * median, "largest post " + blog.largestPost() + ", median " + median);
        assertTrue(busy >= perPost.size() / 20, busy + " of " + perPost.size() + " posts above 2.5x the median");
    }

    @Test
    void parsersReadEveryPageAndFeedWithoutWarnings() {
        assertTrue(blog.pages() > 0 && blog.feeds() > 0, blog.pages() + " pages, " + blog.feeds() + " feeds");
        assertEquals(blog.posts(), threads.size());
        int comments = 0;
        int replies = 0;
        for (PostThread t : threads) {
            assertEquals(List.of(), t.report().warnings(), t.report().origin());
            assertTrue(t.comments().stream().allMatch(c -> c.label() != null && c.published() != null
                    && c.clock() != null), t.report().origin() + ": every comment numbered, timed and clocked");
            comments += t.comments().size();
            replies += (int) t.comments().stream().filter(Comment::isReply).count();
        }
        assertEquals(blog.comments(), comments);
        assertEquals(blog.replies(), replies);
    }

    @Test
    void addingACommentRewritesOnePageWithOneMoreComment() throws IOException {
        BlogGenerator generator = new BlogGenerator(7, 1_000, BlogShape.ON_PROBATION);
        generator.writeTo(dir);
        List<Path> before = files(dir);
        Path file = generator.addCommentToOnePost(dir);
        String page = Files.readString(file);
        int shown = readAll(List.of(file)).get(0).comments().size();
        assertEquals(before, files(dir));
        assertTrue(page.contains("<h4>" + shown + " comments:</h4>"), file + " shows " + shown + " comments");
        generator.writeTo(dir);
        assertEquals(shown - 1, readAll(List.of(file)).get(0).comments().size());
    }

    private static List<PostThread> readAll(Path folder) throws IOException {
        return readAll(files(folder));
    }

    private static List<PostThread> readAll(List<Path> files) throws IOException {
        List<PostThread> threads = new ArrayList<>();
        for (Path file : files) {
            SourceDocument doc = SourceDocument.ofFile(file, SourceOptions.defaults());
            try {
                Sources.detect(doc).read(doc, threads::add);
            } catch (SourceException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return threads;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String digest(Path folder) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files(folder)) {
                sha.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
