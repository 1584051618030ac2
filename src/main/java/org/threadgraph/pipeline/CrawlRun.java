package org.threadgraph.pipeline;

import org.threadgraph.sources.fetch.BlogCrawler;

/**
 * What a crawl did.
 *
 * @param result   the crawler's counts and what it skipped
 * @param requests HTTP requests made
 * @param retries  retries among them
 * @param bytes    bytes received
 * @param links    the link run over the posts the crawl changed, or null when none changed
 * @param refreshed posts the crawl changed whose earlier analysis was refreshed
 * @param blogFiguresBehind changed posts the blog-wide figures do not count yet, see
 *                 {@link IngestResult#blogFiguresBehind}
 */
public record CrawlRun(BlogCrawler.Result result, int requests, int retries, long bytes, LinkTotals links,
                       int refreshed, int blogFiguresBehind) {
}
