package org.threadgraph.sources.fetch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.CrawlThreads;
import org.threadgraph.sources.FeedPage;
import org.threadgraph.sources.SourceOptions;

/**
 * Crawls one Blogger blog through its feeds, on the blog's own host only:
 * <ol>
 * <li>Lists the posts: every page of {@code /feeds/posts/default?alt=json&orderby=published}
 *     (newest first, {@code published-min}/{@code published-max} from the window), keeping the
 *     posts inside the window (checked here too, as servers may ignore the parameters) and stopping
 *     at the first page older than the window. Each listed post's metadata is stored.</li>
 * <li>Decides per post from the {@link CrawlLedger}: a post never completed is fetched whole; a
 *     completed post whose {@code thr:total} grew since is fetched incrementally; any other post is
 *     left alone, so a rerun continues an interrupted crawl and only fetches what is new. A post
 *     the feed lists with no comments is completed without a request.</li>
 * <li>Whole: every page of {@code /feeds/POSTID/comments/default?alt=json}, combined and numbered
 *     as the post page numbers them, then stored and the post marked complete.</li>
 * <li>Incremental: pages newest first, stopping after a page that holds no comment not already
 *     stored, or once stored and fetched comments reach the feed's total; the new comments are
 *     numbered among the stored ones ({@link CrawlThreads#withStored}) and stored.</li>
 * </ol>
 * A page that fails (after the fetcher's retries) skips its post, which stays not complete so the
 * next run tries it again; the crawl goes on. A feed whose next links loop or stop advancing
 * ({@link FeedWalk}) is read no further: the posts or comments read from it are kept, the stop is
 * reported as skipped, and such a post stays not complete. The crawl stops early when the host's
 * robots.txt forbids the posts feed (or cannot be read), when the server keeps answering 429 or asks
 * to wait longer than the fetcher waits (rate limiting), or after {@value #MAX_CONSECUTIVE_FAILURES}
 * posts in a row fail. Posts already stored stay stored whenever it stops.
 */
public final class BlogCrawler {

    /** Posts in a row that may fail before the crawl gives up (the server is down or refusing). */
    public static final int MAX_CONSECUTIVE_FAILURES = 5;

    /**
     * What a crawl did.
     *
     * @param listed      posts in the window the posts feed listed
     * @param unchanged   listed posts whose comments were complete already
     * @param fetched     posts whose comments were fetched and stored
     * @param incremental of those, how many were fetched incrementally
     * @param newComments comments stored that were not stored before
     * @param skipped     one line per skipped post or page
     * @param stopReason  why the crawl stopped before the end, or null
     */
    public record Result(int listed, int unchanged, int fetched, int incremental, int newComments,
                         List<String> skipped, String stopReason) {

        /** Returns true when nothing was skipped and the crawl ran to the end. */
        public boolean complete() {
            return skipped.isEmpty() && stopReason == null;
        }
    }

    private final HttpFetcher fetcher;
    private final CrawlLedger ledger;
    private final CrawlListener listener;
    private final SourceOptions options;
    private final int pageSize;

    /**
     * Returns a crawler.
     *
     * @param pageSize the {@code max-results} asked for per feed page (servers may give fewer)
     */
    public BlogCrawler(HttpFetcher fetcher, CrawlLedger ledger, CrawlListener listener, SourceOptions options,
                       int pageSize) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.listener = listener == null ? new CrawlListener() { } : listener;
        this.options = Objects.requireNonNull(options, "options");
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.pageSize = pageSize;
    }

    /**
     * Crawls the blog at {@code base} ({@code scheme://host[:port]}, see {@link FeedUrls#base}).
     *
     * @param refetch true to fetch every post in the window whole, whatever the ledger says
     */
    public Result crawl(String base, CrawlWindow window, boolean refetch) {
        List<String> skipped = new ArrayList<>();
        Map<String, FeedPage.PostEntry> posts = new LinkedHashMap<>();
        String stop = null;
        try {
            String why = listPosts(base, window, posts);
            if (why != null) {
                String line = "posts feed: " + why + "; the " + posts.size() + " posts listed before are crawled";
                skipped.add(line);
                listener.skipped(line);
            }
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.RATE_LIMITED) {
                stop = "the server is rate-limiting (HTTP 429)";
            } else if (e.kind() == FetchException.Kind.DISALLOWED) {
                stop = "robots.txt does not let threadgraph read the posts feed";
            }
            skipped.add("posts feed: " + e.getMessage());
            listener.skipped("posts feed: " + e.getMessage());
        }
        Map<String, Integer> done = refetch ? Map.of() : ledger.completedTotals(posts.keySet());
        List<FeedPage.PostEntry> todo = new ArrayList<>();
        List<FeedPage.PostEntry> empty = new ArrayList<>();
        for (FeedPage.PostEntry p : posts.values()) {
            Integer total = p.commentCount();
            Integer completed = done.get(p.postId());
            if (completed == null && total != null && total == 0) {
                empty.add(p);
            } else if (completed == null || total == null || total > completed) {
                todo.add(p);
            }
        }
        for (FeedPage.PostEntry p : empty) {
            ledger.postDone(p.postId(), 0, 0);
        }
        int unchanged = posts.size() - todo.size();
        listener.listed(posts.size(), todo.size());
        int fetched = 0;
        int incremental = 0;
        int newComments = 0;
        int failuresInARow = 0;
        for (FeedPage.PostEntry p : todo) {
            if (stop != null) {
                break;
            }
            boolean inc = done.containsKey(p.postId());
            String name = "post " + p.postId() + (p.title() == null ? "" : " \"" + p.title() + "\"") + ": ";
            try {
                PostFetch f = fetchPost(base, p, inc);
                newComments += f.fresh();
                if (f.stopped() == null) {
                    fetched++;
                    incremental += inc ? 1 : 0;
                    failuresInARow = 0;
                    continue;
                }
                String line = name + f.stopped();
                skipped.add(line);
                listener.skipped(line);
                failuresInARow++;
            } catch (FetchException e) {
                String line = name + e.getMessage();
                skipped.add(line);
                listener.skipped(line);
                // robots.txt forbidding one post's feed costs no request: go on with the others
                failuresInARow += e.kind() == FetchException.Kind.DISALLOWED ? 0 : 1;
                if (e.kind() == FetchException.Kind.RATE_LIMITED) {
                    stop = "the server is rate-limiting (HTTP 429)";
                }
            }
            if (stop == null && failuresInARow >= MAX_CONSECUTIVE_FAILURES) {
                stop = failuresInARow + " posts in a row failed";
            }
        }
        return new Result(posts.size(), unchanged, fetched, incremental, newComments, List.copyOf(skipped), stop);
    }

    /**
     * Reads the posts feed into {@code posts} (feed order) and stores each listed post's metadata.
     *
     * @return why paging stopped before the feed's end ({@link FeedWalk}), or null
     */
    private String listPosts(String base, CrawlWindow window, Map<String, FeedPage.PostEntry> posts)
            throws FetchException {
        FeedWalk walk = new FeedWalk(FeedUrls.postsFeed(base, 1, pageSize, window.min(), window.end(), window.zone()));
        while (walk.url() != null) {
            FeedPage page = fetcher.get(walk.url(), FeedPage::parse);
            List<FeedPage.PostEntry> entries = page.posts();
            Set<String> keep = new HashSet<>();
            boolean allOlder = !entries.isEmpty();
            for (FeedPage.PostEntry e : entries) {
                if (window.contains(e.published()) && !posts.containsKey(e.postId())) {
                    posts.put(e.postId(), e);
                    keep.add(e.postId());
                }
                allOlder &= window.before(e.published());
            }
            List<PostThread> threads = new ArrayList<>();
            for (PostThread t : page.threads(options)) {
                if (keep.contains(t.post().id())) {
                    threads.add(t);
                }
            }
            if (!threads.isEmpty()) {
                ledger.write(threads);
            }
            if (allOlder) {
                return null;
            }
            walk.advance(page, FeedPager.entryIds(page));
        }
        return walk.stopped();
    }

    /** What fetching one post's comments did: comments new to the store, and why paging stopped early, or null. */
    private record PostFetch(int fresh, String stopped) {
    }

    /**
     * Fetches and stores one post's comments. A comments feed whose paging loops is stored as far as
     * it was read, and the post is not marked complete.
     */
    private PostFetch fetchPost(String base, FeedPage.PostEntry post, boolean incremental) throws FetchException {
        Set<String> stored = ledger.storedCommentIds(post.postId());
        List<FeedPage> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        FeedWalk walk = new FeedWalk(FeedUrls.commentsFeed(base, post.postId(), 1, pageSize));
        Integer feedTotal = null;
        while (walk.url() != null) {
            FeedPage page = fetcher.get(walk.url(), FeedPage::parse);
            pages.add(page);
            if (feedTotal == null && page.totalResults().isPresent()) {
                feedTotal = page.totalResults().getAsInt();
            }
            int newOnPage = 0;
            List<String> ids = new ArrayList<>();
            for (PostThread t : page.threads(options)) {
                for (Comment c : t.comments()) {
                    ids.add(c.id());
                    if (seen.add(c.id()) && !stored.contains(c.id())) {
                        newOnPage++;
                    }
                }
            }
            if (incremental && page.entryCount() > 0 && page.nextUrl().isPresent()) {
                Set<String> all = new HashSet<>(stored);
                all.addAll(seen);
                if (newOnPage == 0 || (feedTotal != null && all.size() >= feedTotal)) {
                    break;
                }
            }
            walk.advance(page, ids);
        }
        List<PostThread> threads = new ArrayList<>(FeedPage.combine(pages).threads(options));
        List<String> warnings = new ArrayList<>();
        int fresh = 0;
        Set<String> held = new HashSet<>(stored);
        for (int i = 0; i < threads.size(); i++) {
            PostThread t = threads.get(i);
            if (t.post().id().equals(post.postId())) {
                for (Comment c : t.comments()) {
                    if (held.add(c.id())) {
                        fresh++;
                    }
                }
                if (incremental) {
                    t = CrawlThreads.withStored(t, ledger.storedComments(post.postId()), feedTotal);
                    threads.set(i, t);
                }
            }
            warnings.addAll(t.report().warnings());
        }
        ledger.write(threads);
        if (walk.stopped() != null) {
            return new PostFetch(fresh, "comments feed " + FeedUrls.commentsFeed(base, post.postId(), 1, pageSize)
                    + ": " + walk.stopped() + "; the " + held.size() + " comments held are stored, the post stays"
                    + " not complete");
        }
        ledger.postDone(post.postId(), post.commentCount(), held.size());
        listener.postDone(new CrawlListener.Post(post.postId(), post.title(), post.permalink(), post.commentCount()),
                incremental, pages.size(), fresh, warnings);
        return new PostFetch(fresh, null);
    }
}
