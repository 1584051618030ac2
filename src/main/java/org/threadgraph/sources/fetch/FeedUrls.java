package org.threadgraph.sources.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the Blogger feed URLs a crawl requests, always on the blog's own host:
 * {@code BASE/feeds/posts/default?alt=json&orderby=published&start-index=N&max-results=M} and
 * {@code BASE/feeds/POSTID/comments/default?alt=json&start-index=N&max-results=M}, and maps a
 * feed's {@code rel="next"} link back onto that host (Blogger writes it on {@code www.blogger.com}).
 */
public final class FeedUrls {

    private static final Pattern BLOGGER_FEED_PATH = Pattern.compile("^/feeds/(\\d+)/");
    private static final Pattern POST_COMMENTS_PATH = Pattern.compile("^/feeds/(\\d+)/comments/");
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX",
            Locale.ROOT);

    private FeedUrls() {
    }

    /**
     * Returns {@code scheme://host[:port]} of a blog's URL (its path, query and fragment dropped).
     *
     * @throws IllegalArgumentException with a one-line message when it is not an http(s) URL with a host
     */
    public static String base(String blogUrl) {
        URI uri = parse(blogUrl);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(blogUrl + ": not an http(s) URL (e.g. https://example.blogspot.com/)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(blogUrl + ": the URL names no host");
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    /** Returns the host of a URL in lower case, or null when it has none or is malformed. */
    public static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Returns true for an http(s) URL: what {@code ingest} fetches instead of opening as a file. */
    public static boolean isHttpUrl(String arg) {
        String a = arg.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /** Returns true when the URL's path is a Blogger feed ({@code /feeds/…}). */
    public static boolean isFeed(String url) {
        try {
            String path = new URI(url.strip()).getPath();
            return path != null && path.startsWith("/feeds/");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Returns the post id of a {@code /feeds/POSTID/comments/…} URL on a blog's host, or null. */
    public static String commentsFeedPostId(String url) {
        try {
            String path = new URI(url.strip()).getPath();
            Matcher m = POST_COMMENTS_PATH.matcher(path == null ? "" : path);
            return m.find() ? m.group(1) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * Returns the first page of the posts feed, oldest limit and newest limit (either null) given as
     * {@code published-min}/{@code published-max} in the blog's zone.
     */
    public static String postsFeed(String base, int start, int pageSize, Instant publishedMin, Instant publishedMax,
                                   ZoneId zone) {
        StringBuilder sb = new StringBuilder(base).append("/feeds/posts/default?alt=json&orderby=published");
        if (publishedMin != null) {
            sb.append("&published-min=").append(encode(RFC3339.format(publishedMin.atZone(zone))));
        }
        if (publishedMax != null) {
            sb.append("&published-max=").append(encode(RFC3339.format(publishedMax.atZone(zone))));
        }
        return sb.append("&start-index=").append(start).append("&max-results=").append(pageSize).toString();
    }

    /** Returns a page of a post's comments feed, newest comments first (the feed's own order). */
    public static String commentsFeed(String base, String postId, int start, int pageSize) {
        return base + "/feeds/" + postId + "/comments/default?alt=json&start-index=" + start + "&max-results="
                + pageSize;
    }

    /**
     * Returns the URL of the page after {@code current}, on current's host: the {@code rel="next"}
     * link itself when it is on that host, or current's path with the link's query when the link
     * is a {@code blogger.com/feeds/BLOGID/…} URL of the same blog (as Blogger writes it).
     *
     * @param blogId the feed's blog id, to check the link against, or null
     * @throws FetchException (OFF_HOST) when the link leads anywhere else
     */
    public static String next(String current, String nextHref, String blogId) throws FetchException {
        URI cur = parse(current);
        URI next;
        try {
            next = cur.resolve(new URI(nextHref.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(current, FetchException.Kind.BAD_URL,
                    current + ": the feed's next-page link is malformed: " + nextHref);
        }
        String host = next.getHost() == null ? "" : next.getHost().toLowerCase(Locale.ROOT);
        String query = mergeQueries(cur.getRawQuery(), next.getRawQuery());
        if (host.equalsIgnoreCase(cur.getHost())) {
            return cur.getScheme() + "://" + cur.getRawAuthority() + next.getRawPath() + (query == null ? "" : "?" + query);
        }
        Matcher m = BLOGGER_FEED_PATH.matcher(next.getRawPath() == null ? "" : next.getRawPath());
        boolean bloggerFeed = (host.equals("blogger.com") || host.endsWith(".blogger.com")) && m.find()
                && (blogId == null || blogId.equals(m.group(1)));
        if (!bloggerFeed) {
            throw new FetchException(current, FetchException.Kind.OFF_HOST, current
                    + ": the feed's next page is on another host (" + nextHref + "); not followed");
        }
        return cur.getScheme() + "://" + cur.getRawAuthority() + cur.getRawPath() + (query == null ? "" : "?" + query);
    }

    /**
     * Returns the current page's query with the next link's parameters put over it, so that
     * {@code alt}, {@code orderby} and the window stay when a next link leaves them out.
     */
    static String mergeQueries(String current, String next) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String q : new String[] {current, next}) {
            if (q == null || q.isEmpty()) {
                continue;
            }
            for (String pair : q.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? null : pair.substring(eq + 1));
                }
            }
        }
        if (params.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(k).append(v == null ? "" : "=" + v));
        return sb.toString();
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url + ": not a URL (" + e.getReason() + ")");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
