package org.threadgraph.store;

import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.Quote;

/**
 * The content digest of a thread as a source yields it: every field the writer stores, in a fixed
 * order, so the same thread read again has the same digest and any change to it a different one.
 */
final class ThreadDigest {

    // Separators that cannot occur in the fields' own text (ASCII unit and record separators).
    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';

    private ThreadDigest() {
    }

    /** Returns the SHA-256 hex digest of the thread's content. */
    static String of(PostThread t) {
        StringBuilder sb = new StringBuilder();
        append(sb, t.blog().key(), t.blog().url(), t.blog().title(), t.blog().bloggerId());
        Post p = t.post();
        append(sb, p.id(), p.blogKey(), p.url(), p.title(), p.date(), p.published(), p.bodyText(), p.authorName(),
                p.declaredCommentCount());
        for (Comment c : t.comments()) {
            append(sb, c.id(), c.postId(), c.parentId(), c.position(), c.label(), c.author().displayName(),
                    c.author().profileUrl(), c.author().blogAuthor(), c.published(), c.clock(), c.text(), c.removed(),
                    c.boundaryConfidence());
        }
        for (Quote q : t.quotes()) {
            append(sb, q.id(), q.postId(), q.position(), q.text());
        }
        return Ids.digest(sb.toString());
    }

    private static void append(StringBuilder sb, Object... fields) {
        for (Object f : fields) {
            sb.append(f == null ? "\u0000" : f.toString()).append(FIELD);
        }
        sb.append(RECORD);
    }
}
