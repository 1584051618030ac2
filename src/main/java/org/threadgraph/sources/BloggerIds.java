package org.threadgraph.sources;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls Blogger's numeric ids and profile URLs out of the strings its formats carry them in. Ids
 * stay strings: they run to 19 digits and are compared, never computed with.
 */
final class BloggerIds {

    private static final Pattern AFTER_POST = Pattern.compile("\\.post-?(\\d+)");
    private static final Pattern BLOG = Pattern.compile("blog-(\\d+)");
    private static final Pattern COMMENTS_FEED_ID = Pattern.compile("\\.post(\\d+)\\.\\.comments");
    private static final Pattern SHOW_COMMENT = Pattern.compile("[?&]showComment=(\\d{1,15})");
    private static final Pattern ANCHOR = Pattern.compile("#c(\\d+)\\s*$");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    private static final Pattern PROFILE = Pattern.compile(
            // A character class, not a repeated group: Java's regex engine recurses once per group repetition.
            "(?i)^(?:https?:)?//(?:[a-z0-9.-]*\\.)?blogger\\.com/profile/(\\d+)\\b.*$");
    private static final Pattern FEED_BLOG_POST = Pattern.compile("/feeds/\\d+/(\\d+)/comments/");
    private static final Pattern FEED_POST = Pattern.compile("/feeds/(\\d+)/comments/");
    private static final Pattern SERVICE_POST = Pattern.compile("/feeds/(\\d+)/posts/");
    private static final Pattern QUERY_ID = Pattern.compile("[?&]%s=(\\d+)");

    private BloggerIds() {
    }

    /** Returns the id after {@code .post-} in a tag id (a post's or a comment's), or null. */
    static String afterPost(String tagId) {
        return group(AFTER_POST, tagId);
    }

    /** Returns the blog id after {@code blog-} in a tag id, or null. */
    static String blogId(String tagId) {
        return group(BLOG, tagId);
    }

    /** Returns the post id of a per-post comments feed id ({@code …postNNN..comments}), or null. */
    static String commentsFeedPostId(String feedId) {
        return group(COMMENTS_FEED_ID, feedId);
    }

    /**
     * Returns the post id in a comments feed URL, or null: {@code blogger.com/feeds/BLOG/POST/comments/…}
     * or {@code HOST/feeds/POST/comments/…}; {@code blogger.com/feeds/BLOG/comments/…} is the
     * blog's comments feed and names no post.
     */
    static String feedUrlPostId(String url) {
        String id = group(FEED_BLOG_POST, url);
        if (id != null) {
            return id;
        }
        String host = host(url);
        return host != null && host.endsWith("blogger.com") ? null : group(FEED_POST, url);
    }

    /** Returns the blog id in a {@code /feeds/BLOG/posts/…} URL, or null. */
    static String servicePostBlogId(String url) {
        return group(SERVICE_POST, url);
    }

    /** Returns the value of a numeric query parameter such as {@code blogID} or {@code postID}, or null. */
    static String queryId(String url, String name) {
        return group(Pattern.compile(String.format(QUERY_ID.pattern(), Pattern.quote(name))), url);
    }

    /** Returns the epoch milliseconds of a {@code ?showComment=} link, or null. */
    static Long showCommentMillis(String href) {
        String ms = group(SHOW_COMMENT, href);
        return ms == null ? null : Long.valueOf(ms);
    }

    /** Returns the comment id of a {@code #cNNN} anchor at the end of a link, or null. */
    static String anchorCommentId(String href) {
        return group(ANCHOR, href);
    }

    /** Returns the last path segment of a URL when it is all digits (a {@code related} link's parent id), or null. */
    static String lastSegmentId(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("[?#].*$", "");
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return DIGITS.matcher(last).matches() ? last : null;
    }

    /** Returns the digits of an id given bare, as a tag id, or as a URL ending in the id, or null. */
    static String anyId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (DIGITS.matcher(v).matches()) {
            return v;
        }
        String id = afterPost(v);
        return id != null ? id : lastSegmentId(v);
    }

    /** Returns the comment id of an {@code id="c123"} attribute, or null. */
    static String fromElementId(String elementId) {
        if (elementId == null || !elementId.matches("c\\d{1,19}")) {
            return null;
        }
        return elementId.substring(1);
    }

    /**
     * Returns a Blogger profile URL in the one form {@code https://www.blogger.com/profile/N}, any
     * other URL stripped of blanks, or null for a blank value.
     */
    static String profileUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        Matcher m = PROFILE.matcher(u);
        if (m.matches()) {
            return "https://www.blogger.com/profile/" + m.group(1);
        }
        return u;
    }

    /** Returns true when the URL is a Blogger profile (after {@link #profileUrl}). */
    static boolean isProfile(String url) {
        return url != null && url.startsWith("https://www.blogger.com/profile/");
    }

    /** Returns a permalink without {@code ?showComment}, {@code ?m=1} or a fragment. */
    static String permalink(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        return url.strip().replaceFirst("#.*$", "").replaceFirst("\\?.*$", "");
    }

    /** Returns the host of a URL in lower case, or null when it has none. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//([^/?#:]+)").matcher(url.strip());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String group(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
