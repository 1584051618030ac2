package org.threadgraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a seeded synthetic blog in On Probation's shape as the Blogger files threadgraph reads:
 * a post page per post ({@code pages/YYYY/MM/slug_N.html}), or, for a thread longer than the
 * {@link BlogShape#pageLimit() 200 comments} Blogger renders on a page, the post's whole comments
 * feed ({@code feeds/comments-POSTID.json}). The same seed, size and shape give byte-identical files.
 *
 * <pre>{@code
 * BlogGenerator g = new BlogGenerator(42, 10_000, BlogShape.ON_PROBATION);
 * GeneratedBlog blog = g.writeTo(folder);
 * Path changed = g.addCommentToOnePost(folder);   // rewrites one file: a comment arrived
 * }</pre>
 */
public final class BlogGenerator {

    private static final DateTimeFormatter MONTH_PATH = DateTimeFormatter.ofPattern("yyyy/MM", Locale.ROOT);

    private final SyntheticBlog blog;

    /**
     * Creates the generator of a blog.
     *
     * @param seed     seed of every random choice
     * @param comments total comments, at least 1
     * @param shape    the blog's shape
     */
    public BlogGenerator(long seed, int comments, BlogShape shape) {
        this.blog = new SyntheticBlog(seed, comments, shape);
    }

    /** Writes every post into the folder (created if missing) and returns what was written. */
    public GeneratedBlog writeTo(Path folder) throws IOException {
        int comments = 0;
        int replies = 0;
        int pages = 0;
        int feeds = 0;
        long bytes = 0;
        int largest = 0;
        for (int i = 0; i < blog.postCount(); i++) {
            SyntheticPost post = blog.post(i);
            Path file = write(folder, post);
            bytes += Files.size(file);
            comments += post.comments().size();
            replies += post.replies();
            largest = Math.max(largest, post.comments().size());
            if (isFeed(post)) {
                feeds++;
            } else {
                pages++;
            }
        }
        return new GeneratedBlog(folder, blog.postCount(), comments, replies, pages, feeds, bytes, largest);
    }

    /**
     * Rewrites one post's file as if a new comment had arrived: the post in the middle of the blog
     * whose thread still fits one page. Returns the file rewritten.
     */
    public Path addCommentToOnePost(Path folder) throws IOException {
        int limit = blog.shape().pageLimit();
        for (int step = 0; step < blog.postCount(); step++) {
            int index = (blog.postCount() / 2 + step) % blog.postCount();
            if (blog.commentCount(index) < limit) {
                return write(folder, blog.post(index, 1));
            }
        }
        throw new IllegalStateException("every thread fills its page; no post can take a new comment");
    }

    private Path write(Path folder, SyntheticPost post) throws IOException {
        Path file = file(folder, post);
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (isFeed(post)) {
                new CommentFeedWriter(blog).write(post, out);
            } else {
                new PostPageWriter(blog).write(post, out);
            }
        }
        return file;
    }

    private boolean isFeed(SyntheticPost post) {
        return post.comments().size() > blog.shape().pageLimit();
    }

    private Path file(Path folder, SyntheticPost post) {
        if (isFeed(post)) {
            return folder.resolve("feeds").resolve("comments-" + post.id() + ".json");
        }
        String page = post.permalink().substring(post.permalink().lastIndexOf('/') + 1);
        return folder.resolve("pages").resolve(MONTH_PATH.format(post.published().atZone(SyntheticBlog.ZONE)))
                .resolve(page);
    }
}
