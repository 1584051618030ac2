package org.threadgraph.sources.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadgraph.sources.FeedPage;

/**
 * Follows one feed's {@code rel="next"} links page by page, on the first page's host, and stops,
 * saying why, as soon as they stop leading anywhere new: a next link back to a page already read
 * (a page pointing to itself, or a cycle A → B → A), a {@code start-index} that does not grow or
 * passes the feed's own {@code openSearch:totalResults}, a page that brings no entry not already
 * seen (a server that ignores {@code start-index}), or more than {@value #MAX_PAGES} pages. Each
 * check needs only the pages read, so a looping feed costs at most one repeated page.
 */
final class FeedWalk {

    /** The most pages read from one feed, the last guard for a feed that pages forever with new entries. */
    static final int MAX_PAGES = 10_000;

    private static final Pattern START_INDEX = Pattern.compile("(?:^|&)start-index=(\\d{1,9})(?:&|$)");

    private final Set<String> visited = new HashSet<>();
    private final Set<String> seen = new HashSet<>();
    private String url;
    private int pages;
    private String stopped;

    /** Starts a walk at a feed's first page. */
    FeedWalk(String firstUrl) {
        this.url = firstUrl;
    }

    /** Returns the URL of the page to read next, or null when the walk is over. */
    String url() {
        return url;
    }

    /** Returns how many pages were read. */
    int pages() {
        return pages;
    }

    /** Returns why the walk stopped before the feed's end, or null when the feed ended (or has not). */
    String stopped() {
        return stopped;
    }

    /**
     * Records the page just read from {@link #url()} and moves to the next one.
     *
     * @param entryIds the ids of the page's entries (posts or comments)
     * @return true when another page is to be read
     * @throws FetchException when the next link is malformed or leads off the host
     */
    boolean advance(FeedPage page, Collection<String> entryIds) throws FetchException {
        pages++;
        visited.add(url);
        int fresh = 0;
        for (String id : entryIds) {
            fresh += seen.add(id) ? 1 : 0;
        }
        if (page.entryCount() == 0 || page.nextUrl().isEmpty()) {
            return end(null);
        }
        if (fresh == 0) {
            return end("page " + pages + " (" + url + ") holds no entry that "
                    + (pages == 1 ? "has an id threadgraph reads" : "earlier pages did not"));
        }
        String next = FeedUrls.next(url, page.nextUrl().get(), page.blogId());
        if (visited.contains(next)) {
            return end("the next link of page " + pages + " leads back to a page already read (" + next + ")");
        }
        OptionalInt from = startIndex(url);
        OptionalInt to = startIndex(next);
        if (from.isPresent() && to.isPresent() && to.getAsInt() <= from.getAsInt()) {
            return end("the next link of page " + pages + " does not advance (start-index " + from.getAsInt()
                    + ", then " + to.getAsInt() + ")");
        }
        if (to.isPresent() && page.totalResults().isPresent() && to.getAsInt() > page.totalResults().getAsInt()) {
            return end("the next link of page " + pages + " asks for start-index " + to.getAsInt()
                    + ", past the " + page.totalResults().getAsInt() + " entries the feed says it holds");
        }
        if (pages >= MAX_PAGES) {
            return end("it has more than " + MAX_PAGES + " pages");
        }
        url = next;
        return true;
    }

    private boolean end(String why) {
        stopped = why == null ? null : "paging stopped after " + pages + " page" + (pages == 1 ? "" : "s") + ": " + why;
        url = null;
        return false;
    }

    private static OptionalInt startIndex(String url) {
        try {
            String query = new URI(url).getRawQuery();
            Matcher m = START_INDEX.matcher(query == null ? "" : query);
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        } catch (URISyntaxException e) {
            return OptionalInt.empty();
        }
    }
}
