package org.threadgraph.sources;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

/** Finds the Blogger fixtures and seed samples on the class path and reads them. */
final class BloggerFixtures {

    static final String BLOG_ID = "3416740238526591238";
    static final String OWNER = "https://www.blogger.com/profile/04917702337526468120";
    static final SourceOptions PROBATION = new SourceOptions(Blog.ofUrl("probationmatters.blogspot.com"),
            SourceOptions.DEFAULT_ZONE);

    private BloggerFixtures() {
    }

    /** Returns the path of a fixture in {@code fixtures/blogger/}. */
    static Path fixture(String name) {
        return resource("/fixtures/blogger/" + name);
    }

    /** Returns the path of a bundled seed sample in {@code samples/blogger/}. */
    static Path seed(String name) {
        return resource("/samples/blogger/" + name);
    }

    /** Returns a document for a file with default options. */
    static SourceDocument doc(Path file) {
        return SourceDocument.ofFile(file, SourceOptions.defaults());
    }

    /** Reads a file with the given source and options, collecting every thread. */
    static List<PostThread> read(ThreadSource source, Path file, SourceOptions options) throws SourceException {
        List<PostThread> out = new ArrayList<>();
        source.read(SourceDocument.ofFile(file, options), out::add);
        return out;
    }

    /** Reads a file with the source that format detection picks. */
    static List<PostThread> detectAndRead(Path file, SourceOptions options) throws SourceException {
        SourceDocument d = SourceDocument.ofFile(file, options);
        List<PostThread> out = new ArrayList<>();
        Sources.detect(d).read(d, out::add);
        return out;
    }

    /** Returns every comment of the threads, by id. */
    static Map<String, Comment> byId(List<PostThread> threads) {
        return threads.stream().flatMap(t -> t.comments().stream())
                .collect(Collectors.toMap(Comment::id, Function.identity()));
    }

    /** Returns the only comment whose text starts with the prefix. */
    static Comment starting(List<Comment> comments, String prefix) {
        List<Comment> found = comments.stream().filter(c -> c.text().startsWith(prefix)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " comments start with '" + prefix + "'");
        }
        return found.get(0);
    }

    private static Path resource(String name) {
        URL url = BloggerFixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
