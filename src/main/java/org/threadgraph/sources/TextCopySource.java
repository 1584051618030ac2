package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.List;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.Quote;
import org.threadgraph.model.SourceReport;

/**
 * Reads a plain-text copy of one Blogger post page: an optional date header, the title, the post
 * body, then its comments, either numbered ({@link NumberedThreadParser}, format {@value
 * NumberedThreadParser#FORMAT}) or flattened with the link words glued to the comments
 * ({@link FlattenedThreadParser}, format {@value FlattenedThreadParser#FORMAT}). Text copies name
 * neither their blog nor the comments' authors and times: the blog comes from the user's options,
 * authors are {@link org.threadgraph.model.Author#UNATTRIBUTED unattributed}, times are null.
 */
public final class TextCopySource implements ThreadSource {

    /** Returns {@code text-copy}; each post's report names the shape, numbered or flattened. */
    @Override
    public String format() {
        return "text-copy";
    }

    /**
     * Returns true for plain text that shows a blog thread's marks: an "N comments:" header or a
     * line starting with "ReplyDelete" (every thread's first comment is top-level, so its link
     * comes before any reply's "Delete"). A long post pushes its comments past the head, so a copy
     * that opens on a blog date header ("Tuesday 23 February 2016") is accepted too. Markup and
     * JSON are refused.
     */
    @Override
    public boolean accepts(String head) {
        String start = head.replace("\uFEFF", "").stripLeading();
        if (start.isEmpty() || start.charAt(0) == '<' || start.charAt(0) == '{') {
            return false;
        }
        List<TextLine> lines = TextLine.split(head);
        for (TextLine line : lines) {
            if (CopyMarks.headerCount(line).isPresent()
                    || CopyMarks.leadingMark(line).filter(CopyMarks.REPLY_DELETE::equals).isPresent()) {
                return true;
            }
        }
        return lines.stream().filter(l -> !l.isBlank()).findFirst()
                .map(l -> DateLines.isDateHeader(l.text())).orElse(false);
    }

    /**
     * Reads the copy as one post with its comments and quotes.
     *
     * @throws SourceException when the copy cannot be read or holds no comment marks at all
     */
    @Override
    public void read(SourceDocument document, ThreadSink sink) throws SourceException {
        String origin = document.origin();
        List<TextLine> lines = TextLine.split(document.text());
        PostHeading heading = PostHeading.read(lines, origin);
        ParsedThread parsed = parse(lines.subList(heading.bodyStart(), lines.size()), origin,
                lines.get(heading.bodyStart() - 1));

        Blog blog = document.options().blog();
        String postId = Ids.textPostId(blog.key(), heading.date(), heading.title());
        String body = TextLine.paragraphs(parsed.body());
        Post post = new Post(postId, blog.key(), null, heading.title(), heading.date(), null,
                body.isEmpty() ? null : body, null, parsed.declaredCount());

        List<String> warnings = new ArrayList<>(parsed.warnings());
        List<Comment> comments = CommentNumbering.number(postId, parsed.comments(), warnings);
        if (parsed.declaredCount() != null && parsed.declaredCount() != comments.size()) {
            long replies = comments.stream().filter(Comment::isReply).count();
            warnings.add("line " + parsed.headerLine() + ": the header says " + parsed.declaredCount()
                    + " comments but the copy shows " + comments.size() + " (" + (comments.size() - replies)
                    + " top-level, " + replies + " replies)");
        }
        List<String> quoteTexts = QuoteBlocks.find(parsed.body());
        List<Quote> quotes = new ArrayList<>(quoteTexts.size());
        for (String text : quoteTexts) {
            quotes.add(new Quote(Ids.quoteId(postId, quotes.size() + 1), postId, quotes.size() + 1, text));
        }
        sink.accept(new PostThread(blog, post, comments, quotes, new SourceReport(origin, parsed.format(), warnings)));
    }

    private static ParsedThread parse(List<TextLine> rest, String origin, TextLine title) throws SourceException {
        if (NumberedThreadParser.appliesTo(rest)) {
            return new NumberedThreadParser(origin).parse(rest);
        }
        if (FlattenedThreadParser.appliesTo(rest)) {
            return new FlattenedThreadParser(origin).parse(rest);
        }
        throw new SourceException(origin + ": line " + title.number() + " (\"" + title.excerpt() + "\"): "
                + "not a blog thread: no \"N comments:\" header and no ReplyDelete/Delete comment links after it");
    }
}
