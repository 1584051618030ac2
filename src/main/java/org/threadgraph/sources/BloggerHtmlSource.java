package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/**
 * Reads a saved or fetched Blogger post page. The comments' shape is told from the markup, not the
 * file name, and named in the report: {@code blogger-html} (threaded, server-rendered),
 * {@code blogger-html-js} (threaded, saved after Blogger's script ran), {@code blogger-html-legacy}
 * (the old flat list). A page listing several posts and no comments (an archive page) gives one
 * thread per post.
 */
final class BloggerHtmlSource implements ThreadSource {

    private static final Pattern HTML = Pattern.compile("(?i)<!doctype html|<html[\\s>]|<body[\\s>]");
    private static final Pattern BLOGGER = Pattern.compile("(?i)blogger\\.com|blogspot\\.|itemprop=['\"]blogId"
            + "|['\"]post-body|comment-holder|comments-block|bc_0_|content=['\"]blogger['\"]");

    @Override
    public String format() {
        return HtmlComments.THREADED;
    }

    /** Returns true for an HTML page that carries Blogger markup or links. */
    @Override
    public boolean accepts(String head) {
        return HTML.matcher(head).find() && BLOGGER.matcher(head).find();
    }

    @Override
    public void read(SourceDocument document, ThreadSink sink) throws SourceException {
        String origin = document.origin();
        String html = document.text();
        Document page = Jsoup.parse(html);
        Elements bodies = page.select(".post-body");
        boolean comments = HtmlComments.present(page);
        if (bodies.isEmpty() && !comments) {
            throw new SourceException(origin + ": no comments section and no post body; not a Blogger post page");
        }
        if (bodies.size() > 1 && !comments) {
            for (Element body : bodies) {
                List<String> warnings = new ArrayList<>();
                Element scope = body.closest(".post, .hentry, [itemprop=blogPost], article");
                PostPageMeta meta = PostPageMeta.read(page, scope != null ? scope : body.parent(), false,
                        document.options(), warnings);
                sink.accept(new PostThread(meta.blog(), meta.post(), List.of(), List.of(),
                        new SourceReport(origin, HtmlComments.THREADED, warnings)));
            }
            return;
        }
        List<String> warnings = new ArrayList<>();
        if (bodies.size() > 1) {
            warnings.add("the page shows " + bodies.size() + " posts and comments; comments filed under the first");
        }
        Element postScope = bodies.isEmpty() ? null : bodies.first().closest(".post, .hentry, [itemprop=blogPost], article");
        PostPageMeta meta = PostPageMeta.read(page, postScope != null && bodies.size() > 1 ? postScope : page, true,
                document.options(), warnings);
        Element scope = HtmlComments.scope(page);
        String format = HtmlComments.variant(scope);
        String postId = meta.post().id();
        List<Comment> list = format.equals(HtmlComments.LEGACY)
                ? HtmlComments.legacy(scope, postId, document.options(), warnings)
                : HtmlComments.threaded(scope, postId, document.options(), warnings);
        Integer declared = meta.post().declaredCommentCount();
        if (declared != null && declared != list.size()) {
            warnings.add("comments header: says " + declared + " comments, the page shows " + list.size());
        }
        if (list.isEmpty() && !comments) {
            warnings.add("no comments section on the page: 0 comments read"
                    + (endsComplete(html) ? "" : "; the page ends before </html>, so it may be cut short"));
        } else if (!endsComplete(html)) {
            warnings.add("the page ends before </html>; it may be cut short and comments lost");
        }
        pagingWarnings(page, list.size(), warnings);
        sink.accept(new PostThread(meta.blog(), meta.post(), list, List.of(), new SourceReport(origin, format, warnings)));
    }

    /** Returns true when the page's last tag closes the document, as every saved or fetched page does. */
    private static boolean endsComplete(String html) {
        int end = html.length();
        while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) {
            end--;
        }
        return html.regionMatches(true, Math.max(0, end - "</html>".length()), "</html>", 0, "</html>".length());
    }

    private static void pagingWarnings(Document page, int shown, List<String> warnings) {
        Element more = page.selectFirst("div.loadmore");
        if (more != null && !more.hasClass("hidden") && !more.hasClass("loaded")) {
            warnings.add("the page shows only the first " + shown
                    + " comments ('Load more'); read the comments feed for the rest");
        }
        Element paging = page.selectFirst(".paging-control-container");
        if (paging != null && !paging.text().isBlank()) {
            warnings.add("comments are paged (" + paging.text().strip().toLowerCase(Locale.ROOT)
                    + "); this page shows " + shown);
        }
    }
}
