package org.threadgraph.sources.fetch;

import java.util.ArrayList;
import java.util.List;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.FeedPage;
import org.threadgraph.sources.SourceOptions;

/** Reads every page of one feed by its {@code rel="next"} links, kept on the first page's host. */
public final class FeedPager {

    private FeedPager() {
    }

    /**
     * Fetches the feed at {@code url} and every following page, as {@link FeedUrls#next} maps them.
     * When the next links loop or stop advancing ({@link FeedWalk}), the pages read so far are
     * returned and the fetcher's notices say why paging stopped.
     *
     * @throws FetchException when a page fails after retries or a next link leaves the host
     */
    public static List<FeedPage> all(HttpFetcher fetcher, String url) throws FetchException {
        List<FeedPage> pages = new ArrayList<>();
        FeedWalk walk = new FeedWalk(url);
        while (walk.url() != null) {
            FeedPage page = fetcher.get(walk.url(), FeedPage::parse);
            pages.add(page);
            walk.advance(page, entryIds(page));
        }
        if (walk.stopped() != null) {
            fetcher.notice(url + ": " + walk.stopped() + "; the pages read are kept");
        }
        return pages;
    }

    /** Returns the ids of a page's posts and comments. */
    static List<String> entryIds(FeedPage page) {
        List<String> ids = new ArrayList<>();
        page.posts().forEach(p -> ids.add("post:" + p.postId()));
        for (PostThread t : page.threads(SourceOptions.defaults())) {
            for (Comment c : t.comments()) {
                ids.add("comment:" + c.id());
            }
        }
        return ids;
    }
}
