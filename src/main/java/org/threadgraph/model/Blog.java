package org.threadgraph.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A blog, identified by its host name so that every source form of the same blog agrees.
 *
 * @param key       the normalised host, e.g. {@code probationmatters.blogspot.com}
 * @param url       the blog's home page URL, or null when unknown
 * @param title     the blog's title, or null when unknown
 * @param bloggerId Blogger's numeric blog id as a string, or null when unknown
 */
public record Blog(String key, String url, String title, String bloggerId) {

    /** Key used when a text copy names no blog. */
    public static final String UNKNOWN_KEY = "unknown-blog";

    public Blog {
        Objects.requireNonNull(key, "key");
    }

    /** Returns the blog of the given URL or host; mobile and www prefixes are dropped. */
    public static Blog ofUrl(String urlOrHost) {
        String host = urlOrHost.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/?#].*$", "")
                .toLowerCase(Locale.ROOT);
        host = host.replaceFirst("^(www|m)\\.", "");
        return new Blog(host, "https://" + host + "/", null, null);
    }

    /** Returns a copy with every field this blog lacks taken from {@code other}. */
    public Blog fillFrom(Blog other) {
        return new Blog(key, url != null ? url : other.url, title != null ? title : other.title,
                bloggerId != null ? bloggerId : other.bloggerId);
    }
}
