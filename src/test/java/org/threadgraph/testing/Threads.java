package org.threadgraph.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.threadgraph.model.Author;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/** Small threads built inline, for store and linking tests. */
public final class Threads {

    public static final Blog BLOG = Blog.ofUrl("https://example.blogspot.com/");

    private Threads() {
    }

    /** Returns a Blogger-style thread: post 100, comments 1.. with ids "10"+n, given as (label, text). */
    public static PostThread blogger(String title, LocalDate date, String... labelsAndTexts) {
        Post post = new Post("100", BLOG.key(), "https://example.blogspot.com/2016/02/x.html", title, date, null,
                "Body", null, null);
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < labelsAndTexts.length; i += 2) {
            String label = labelsAndTexts[i];
            String parent = label.contains(".") ? "10" + label.substring(0, label.indexOf('.')) : null;
            comments.add(new Comment("10" + label.replace(".", "0"), "100", parent, i / 2 + 1, label,
                    new Author("Anonymous", null, false), Instant.parse("2016-02-23T10:00:00Z").plusSeconds(60L * i),
                    null, labelsAndTexts[i + 1], false, 1.0));
        }
        return new PostThread(BLOG, post, comments, List.of(), new SourceReport("inline", "blogger-html", List.of()));
    }

    /** Returns a text-copy thread of the same shape, with text-copy ids and no authors or times. */
    public static PostThread textCopy(String title, LocalDate date, String... labelsAndTexts) {
        String postId = Ids.textPostId(BLOG.key(), date, title);
        Post post = new Post(postId, BLOG.key(), null, title, date, null, "Body", null, null);
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < labelsAndTexts.length; i += 2) {
            String label = labelsAndTexts[i];
            String parent = label.contains(".") ? Ids.textCommentId(postId, label.substring(0, label.indexOf('.'))) : null;
            comments.add(new Comment(Ids.textCommentId(postId, label), postId, parent, i / 2 + 1, label,
                    Author.UNATTRIBUTED, null, null, labelsAndTexts[i + 1], false, 1.0));
        }
        return new PostThread(BLOG, post, comments, List.of(), new SourceReport("inline", "text-numbered", List.of()));
    }
}
