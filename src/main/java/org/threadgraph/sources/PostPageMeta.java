package org.threadgraph.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Ids;
import org.threadgraph.model.Post;

/**
 * Reads a post's metadata from a Blogger post page: ids from the microdata, the
 * {@code post-body-ID} and the feed links; title, date header, publication time, author, body,
 * and the "N comments:" header.
 *
 * @param blog the blog, from the permalink's host (or the user's blog)
 * @param post the post
 */
record PostPageMeta(Blog blog, Post post) {

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d[\\d,.]*)");
    private static final Pattern FRAME_BLOG = Pattern.compile("/comment/frame/(\\d+)");
    private static final Pattern FRAME_POST = Pattern.compile("[?&]po=(\\d+)");

    /**
     * Reads the metadata of one post.
     *
     * @param page   the whole page
     * @param scope  the post's container, or the page when it shows a single post
     * @param single whether the page shows this post alone (an item page), so page-level links describe it
     */
    static PostPageMeta read(Document page, Element scope, boolean single, SourceOptions options,
                             List<String> warnings) {
        String blogId = attr(scope, "meta[itemprop=blogId]", "content");
        if (blogId == null && single) {
            blogId = blogIdFromPage(page);
        }
        String title = text(scope, ".post-title");
        String permalink = single ? permalink(page, scope) : postLink(scope);
        String shown = attr(scope, "abbr.published[title]", "title");
        if (Clocks.instant(shown) == null) {
            shown = attr(scope, "time.published[datetime]", "datetime");
        }
        if (Clocks.instant(shown) == null) {
            shown = attr(scope, "[itemprop=datePublished][content]", "content");
        }
        Instant published = Clocks.instant(shown) == null ? null : Clocks.published(shown, "the post", warnings);
        LocalDate date = date(page, scope, single, published, options);
        String host = BloggerIds.host(permalink);
        if (host == null && single) {
            host = BloggerIds.host(attr(page, "link[rel=alternate][type=application/atom+xml]", "href"));
            if (host != null && host.endsWith("blogger.com")) {
                host = null;
            }
        }
        Blog blog = FeedThreads.blog(host, single ? blogTitle(page, title) : page.title().strip(), blogId, options,
                warnings);
        String postId = postId(page, scope, single);
        if (postId == null) {
            postId = Ids.textPostId(blog.key(), date, title);
            warnings.add("the page shows no Blogger post id; using " + postId + " from date and title");
        }
        Element body = scope.selectFirst(".post-body");
        Post post = new Post(postId, blog.key(), permalink, title, date, published,
                body == null ? null : HtmlText.of(body), author(scope), single ? declaredCount(page) : null);
        return new PostPageMeta(blog, post);
    }

    private static String blogIdFromPage(Document page) {
        String id = BloggerIds.servicePostBlogId(attr(page, "link[rel=service.post]", "href"));
        if (id == null) {
            id = BloggerIds.queryId(attr(page, "a#comment-editor-src", "href"), "blogID");
        }
        if (id == null) {
            String frame = attr(page, "iframe[src*=/comment/frame/]", "src");
            if (frame == null) {
                frame = attr(page, "a[href*=/comment/frame/]", "href");
            }
            Matcher m = FRAME_BLOG.matcher(frame == null ? "" : frame);
            id = m.find() ? m.group(1) : null;
        }
        if (id == null) {
            id = BloggerIds.queryId(attr(page, "a[href*=delete-comment.g]", "href"), "blogID");
        }
        return id;
    }

    private static String postId(Document page, Element scope, boolean single) {
        String id = attr(scope, "meta[itemprop=postId]", "content");
        if (id == null) {
            Element body = scope.selectFirst(".post-body[id^=post-body-]");
            if (body != null && body.id().substring("post-body-".length()).matches("\\d+")) {
                id = body.id().substring("post-body-".length());
            }
        }
        if (id != null || !single) {
            return id;
        }
        for (Element link : page.select("link[rel=alternate][href*=/comments/default]")) {
            id = BloggerIds.feedUrlPostId(link.attr("href"));
            if (id != null) {
                return id;
            }
        }
        id = attr(page, "div.loadmore[data-post-id]", "data-post-id");
        if (id == null) {
            id = BloggerIds.queryId(attr(page, "a#comment-editor-src", "href"), "postID");
        }
        if (id == null) {
            String frame = attr(page, "iframe[src*=/comment/frame/]", "src");
            Matcher m = FRAME_POST.matcher(frame == null ? "" : frame);
            id = m.find() ? m.group(1) : null;
        }
        return id;
    }

    private static String permalink(Document page, Element scope) {
        String url = attr(page, "link[rel=canonical]", "href");
        if (url == null) {
            url = attr(page, "meta[property=og:url]", "content");
        }
        if (url == null) {
            url = postLink(scope);
        }
        return BloggerIds.permalink(url);
    }

    private static String postLink(Element scope) {
        String url = attr(scope, "meta[itemprop=url]", "content");
        if (url == null) {
            url = attr(scope, ".post-title a[href]", "href");
        }
        if (url == null) {
            url = attr(scope, "a.timestamp-link[href]", "href");
        }
        return BloggerIds.permalink(url);
    }

    private static LocalDate date(Document page, Element scope, boolean single, Instant published,
                                  SourceOptions options) {
        Element outer = scope.closest(".date-outer");
        String header = outer != null ? text(outer, ".date-header") : null;
        if (header == null && single) {
            header = text(page, ".date-header");
        }
        LocalDate date = DateLines.find(header).orElse(null);
        if (date == null) {
            date = DateLines.find(text(scope, "time.published")).orElse(null);
        }
        if (date == null && published != null) {
            date = published.atZone(options.zone()).toLocalDate();
        }
        return date;
    }

    private static String author(Element scope) {
        String name = text(scope, ".post-author [itemprop=name], .post-author .fn, [itemprop=author] [itemprop=name]");
        if (name == null) {
            name = text(scope, ".post-author");
            if (name != null) {
                name = name.replaceFirst("(?i)^posted by\\s*", "").strip();
            }
        }
        return name == null || name.isEmpty() ? null : name;
    }

    /** Returns the number in the comments section's "15 comments:" header, 0 for "No comments:", or null. */
    static Integer declaredCount(Document page) {
        Element h4 = page.selectFirst("#comments h4, .comments h4, #comments h3.title, .comments h3.title");
        if (h4 == null) {
            return null;
        }
        String t = h4.text();
        Matcher m = FIRST_NUMBER.matcher(t);
        if (m.find()) {
            try {
                return Integer.valueOf(m.group(1).replaceAll("[,.]", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return t.toLowerCase().startsWith("no ") ? 0 : null;
    }

    /** Returns the blog's name from a "Blog: Post" page title. */
    private static String blogTitle(Document page, String postTitle) {
        String t = page.title().strip();
        if (t.isEmpty()) {
            return null;
        }
        if (postTitle != null && t.endsWith(": " + postTitle)) {
            return t.substring(0, t.length() - postTitle.length() - 2).strip();
        }
        if (postTitle != null && t.equals(postTitle)) {
            return null;
        }
        return postTitle == null ? t : null;
    }

    private static String attr(Element scope, String css, String attribute) {
        Element e = scope.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static String text(Element scope, String css) {
        Element e = scope.selectFirst(css);
        if (e == null) {
            return null;
        }
        String v = e.text().replace('\u00a0', ' ').strip();
        return v.isEmpty() ? null : v;
    }
}
