package org.threadgraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Writes a generated post as the Blogger post page a browser saves: the classic template's post
 * header and microdata, and the server-rendered threaded comments (top-level {@code li.comment}
 * elements, each reply nested in {@code div#cID-rt > ol#cID-ra > div}), as
 * {@code ../shared/formats/blogger.md} describes.
 */
final class PostPageWriter {

    private static final DateTimeFormatter DATE_HEADER = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final String BLANK_AVATAR = "//resources.blogblog.com/img/blank.gif";
    private static final String PROFILE_AVATAR = "//www.blogger.com/img/blogger_logo_round_35.png";

    private final SyntheticBlog blog;

    PostPageWriter(SyntheticBlog blog) {
        this.blog = blog;
    }

    void write(SyntheticPost post, Writer out) throws IOException {
        ZonedDateTime published = post.published().atZone(SyntheticBlog.ZONE);
        String url = post.permalink();
        out.write("<!DOCTYPE html>\n<html class='v2' dir='ltr' lang='en'><head>\n"
                + "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n"
                + "<meta content='blogger' name='generator'/>\n"
                + "<link href='" + url + "' rel='canonical'/>\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"https://" + SyntheticBlog.HOST
                + "/feeds/" + post.id() + "/comments/default\"/>\n"
                + "<link rel=\"service.post\" type=\"application/atom+xml\" href=\"https://www.blogger.com/feeds/"
                + blog.blogId() + "/posts/default\"/>\n"
                + "<title>" + escape(SyntheticBlog.TITLE + ": " + post.title()) + "</title></head><body>\n"
                + "<div class='date-outer'><h2 class='date-header'><span>" + DATE_HEADER.format(published)
                + "</span></h2>\n<div class='date-posts'><div class='post-outer'>\n"
                + "<div class='post hentry' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
                + "<meta content='" + blog.blogId() + "' itemprop='blogId'/><meta content='" + post.id()
                + "' itemprop='postId'/><a name='" + post.id() + "'></a>\n"
                + "<h3 class='post-title entry-title' itemprop='name'>" + escape(post.title()) + "</h3>\n"
                + "<div class='post-body entry-content' id='post-body-" + post.id() + "' itemprop='articleBody'>"
                + html(post.body()) + "</div>\n"
                + "<div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
                + "<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' "
                + "itemtype='http://schema.org/Person'><span itemprop='name'>" + escape(blog.owner().name())
                + "</span></span></span>\n<span class='post-timestamp'>at <meta content='" + url + "' itemprop='url'/>"
                + "<a class='timestamp-link' href='" + url + "' rel='bookmark' title='permanent link'>"
                + "<abbr class='published' itemprop='datePublished' title='"
                + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published.withNano(0)) + "'>" + TIME.format(published)
                + "</abbr></a></span></div></div>\n</div>\n");
        out.write("<div class='comments' id='comments'><a name='comments'></a><h4>" + post.comments().size()
                + " comments:</h4>\n<div class='comments-content'><div id='comment-holder'>\n"
                + "<div class=\"comment-thread toplevel-thread\"><ol id=\"top-ra\">\n");
        Map<String, List<SyntheticComment>> replies = new LinkedHashMap<>();
        List<SyntheticComment> tops = new ArrayList<>();
        for (SyntheticComment c : post.comments()) {
            if (c.parentId() == null) {
                tops.add(c);
            } else {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        for (SyntheticComment top : tops) {
            comment(post, top, replies.getOrDefault(top.id(), List.of()), out);
        }
        out.write("</ol><div id=\"top-continue\" class=\"continue\"><a class=\"comment-reply\" target=\"_self\">"
                + "Add comment</a></div>\n<div class=\"loadmore hidden\" data-post-id=\"" + post.id()
                + "\"><a target=\"_self\">Load more...</a></div></div>\n</div></div>\n</div></div></div></div>\n"
                + "</body></html>\n");
    }

    private void comment(SyntheticPost post, SyntheticComment c, List<SyntheticComment> replies, Writer out)
            throws IOException {
        Persona a = c.author();
        String cite = a.anonymous() ? escape(a.name())
                : "<a href=\"https://www.blogger.com/profile/" + a.profileId() + "\" rel=\"nofollow\">"
                + escape(a.name()) + "</a>";
        out.write("<li class=\"comment\" id=\"c" + c.id() + "\"><div class=\"avatar-image-container\"><img src=\""
                + (a.anonymous() ? BLANK_AVATAR : PROFILE_AVATAR) + "\" alt=\"\"/></div><div class=\"comment-block\">"
                + "<div class=\"comment-header\"><cite class=\"user\">" + cite + "</cite><span class=\"icon user"
                + (a.owner() ? " blog-author" : " ") + "\"></span><span class=\"datetime secondary-text\">"
                + "<a rel=\"nofollow\" href=\"" + post.permalink() + "?showComment=" + c.published().toEpochMilli()
                + "#c" + c.id() + "\">" + STAMP.format(c.published().atZone(SyntheticBlog.ZONE)) + "</a></span></div>"
                + "<p class=\"comment-content\">" + html(c.text()) + "</p><span class=\"comment-actions secondary-text\">"
                + (c.parentId() == null ? "<a class=\"comment-reply\" target=\"_self\" data-comment-id=\"" + c.id()
                + "\">Reply</a>" : "")
                + "<span class=\"item-control blog-admin\"><a target=\"_self\" href=\"https://www.blogger.com/"
                + "delete-comment.g?blogID=" + blog.blogId() + "&amp;postID=" + c.id() + "\">Delete</a></span></span>"
                + "</div><div class=\"comment-replies\"><div id=\"c" + c.id() + "-rt\" class=\"comment-thread "
                + "inline-thread" + (replies.isEmpty() ? " hidden" : "") + "\"><span class=\"thread-toggle "
                + "thread-expanded\"><span class=\"thread-arrow\"></span><span class=\"thread-count\">"
                + "<a target=\"_self\">Replies</a></span></span><ol id=\"c" + c.id() + "-ra\" class=\"thread-chrome "
                + "thread-expanded\"><div>");
        for (SyntheticComment reply : replies) {
            comment(post, reply, List.of(), out);
        }
        out.write("</div><div id=\"c" + c.id() + "-continue\" class=\"continue\"><a class=\"comment-reply\" "
                + "target=\"_self\" data-comment-id=\"" + c.id() + "\">Reply</a></div></ol></div></div>"
                + "<div class=\"comment-replybox-single\" id=\"c" + c.id() + "-ce\"></div></li>\n");
    }

    /** Returns text as HTML with its line breaks as {@code <br />}. */
    static String html(String text) {
        return escape(text).replace("\n", "<br />");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
