package org.threadgraph.sources;

import java.time.ZoneId;
import java.util.Objects;
import org.threadgraph.model.Blog;

/**
 * What a user tells the sources that the input itself may not say.
 *
 * @param blog   the blog a text copy belongs to (text copies do not name their blog)
 * @param zone   the blog's time zone, used to derive the clock readers saw from an instant
 * @param strict whether a document with any warning fails (a {@link SourceException} naming the
 *               first warning) instead of being read with its warnings
 */
public record SourceOptions(Blog blog, ZoneId zone, boolean strict) {

    /** The zone of On Probation and most UK blogs. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    public SourceOptions {
        Objects.requireNonNull(blog, "blog");
        Objects.requireNonNull(zone, "zone");
    }

    /** Returns lenient options: documents are read with their warnings. */
    public SourceOptions(Blog blog, ZoneId zone) {
        this(blog, zone, false);
    }

    /** Returns options for an unnamed blog in the default zone. */
    public static SourceOptions defaults() {
        return new SourceOptions(new Blog(Blog.UNKNOWN_KEY, null, null, null), DEFAULT_ZONE);
    }

    /** Returns these options with strict reading on or off. */
    public SourceOptions withStrict(boolean on) {
        return new SourceOptions(blog, zone, on);
    }
}
