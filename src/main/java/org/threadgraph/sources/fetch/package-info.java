/**
 * Fetching blogs over HTTP: {@link org.threadgraph.sources.fetch.HttpFetcher} (one polite request at
 * a time: robots.txt obeyed ({@link org.threadgraph.sources.fetch.RobotsTxt}), fixed delay, bounded
 * retries with back-off and a capped {@code Retry-After}, a timeout per request and a deadline per
 * URL, a size cap, only the blog's host and port, a User-Agent naming threadgraph),
 * {@link org.threadgraph.sources.fetch.FeedUrls} (the Blogger feed URLs on the blog's own host),
 * {@link org.threadgraph.sources.fetch.FeedPager} (every page of one feed, stopping where the next
 * links loop or stop advancing) and {@link org.threadgraph.sources.fetch.BlogCrawler} (a whole blog,
 * resumable and incremental through a {@link org.threadgraph.sources.fetch.CrawlLedger}).
 * Fetched documents are read by the readers of {@link org.threadgraph.sources}; this package never
 * touches the database: the command line backs the ledger with {@code org.threadgraph.store.CrawlState}
 * and the thread writer.
 */
package org.threadgraph.sources.fetch;
