package org.threadgraph.sources.fetch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threadgraph.sources.FeedPage;

/** Reads every page of one feed by its {@code rel="next"} links, kept on the first page's host. */
public final class FeedPager {

    private FeedPager() {
    }

    /**
     * Fetches the feed at {@code url} and every following page, as {@link FeedUrls#next} maps them.
     *
     * @throws FetchException when a page fails after retries or a next link leaves the host
     */
    public static List<FeedPage> all(HttpFetcher fetcher, String url) throws FetchException {
        List<FeedPage> pages = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String next = url;
        while (next != null && visited.add(next) && visited.size() <= BlogCrawler.MAX_PAGES) {
            FeedPage page = fetcher.get(next, FeedPage::parse);
            pages.add(page);
            if (page.entryCount() == 0 || page.nextUrl().isEmpty()) {
                break;
            }
            next = FeedUrls.next(next, page.nextUrl().get(), page.blogId());
        }
        return pages;
    }
}
