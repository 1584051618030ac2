package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/**
 * Hands an export's threads to a sink in bounded pieces: one thread per post entry, and comments
 * buffered by post and flushed as stub-post threads whenever the buffer reaches the chunk size.
 * The last thread is held back so that the export's summary warnings can ride on it.
 */
final class ChunkedEmitter {

    /** The chunk size used when none is given. */
    static final int DEFAULT_CHUNK = 500;

    private final ThreadSink sink;
    private final int chunkSize;
    private final String origin;
    private final String format;
    private final Map<String, List<Comment>> buffer = new LinkedHashMap<>();
    private final List<String> chunkWarnings = new ArrayList<>();
    private Blog blog;
    private int buffered;
    private PostThread pending;
    private int emitted;

    ChunkedEmitter(ThreadSink sink, int chunkSize, String origin, String format) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1: " + chunkSize);
        }
        this.sink = sink;
        this.chunkSize = chunkSize;
        this.origin = origin;
        this.format = format;
    }

    /** Returns the warnings list the comments now being buffered report into. */
    List<String> warnings() {
        return chunkWarnings;
    }

    /** Emits a post read from a post entry, with no comments. */
    void post(Blog blog, Post post, List<String> warnings) {
        this.blog = blog;
        emit(new PostThread(blog, post, List.of(), List.of(), new SourceReport(origin, format, warnings)));
    }

    /** Buffers a comment, flushing the buffer when it is full. */
    void comment(Blog blog, Comment comment) {
        this.blog = blog;
        buffer.computeIfAbsent(comment.postId(), k -> new ArrayList<>()).add(comment);
        if (++buffered >= chunkSize) {
            flush();
        }
    }

    /** Emits the buffered comments, one stub-post thread per post, in page order where known. */
    void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        boolean first = true;
        for (Map.Entry<String, List<Comment>> group : buffer.entrySet()) {
            List<Comment> comments = group.getValue();
            comments.sort(Comparator.comparingInt(c -> c.position() == 0 ? Integer.MAX_VALUE : c.position()));
            List<String> warnings = first ? new ArrayList<>(chunkWarnings) : List.of();
            first = false;
            emit(new PostThread(blog, Post.stub(group.getKey(), blog.key()), comments, List.of(),
                    new SourceReport(origin, format, warnings)));
        }
        chunkWarnings.clear();
        buffer.clear();
        buffered = 0;
    }

    /**
     * Flushes, adds the summary warnings to the last thread and emits it.
     *
     * @return how many threads were emitted in all
     */
    int finish(List<String> summary) {
        flush();
        if (pending != null) {
            List<String> warnings = new ArrayList<>(pending.report().warnings());
            warnings.addAll(chunkWarnings);
            warnings.addAll(summary);
            sink.accept(new PostThread(pending.blog(), pending.post(), pending.comments(), pending.quotes(),
                    new SourceReport(origin, format, warnings)));
            pending = null;
        }
        return emitted;
    }

    private void emit(PostThread thread) {
        if (pending != null) {
            sink.accept(pending);
        }
        pending = thread;
        emitted++;
    }
}
