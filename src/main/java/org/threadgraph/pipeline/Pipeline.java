package org.threadgraph.pipeline;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.sources.fetch.BlogCrawler;
import org.threadgraph.sources.fetch.CrawlListener;
import org.threadgraph.sources.fetch.CrawlWindow;
import org.threadgraph.sources.fetch.FeedUrls;
import org.threadgraph.sources.fetch.FetchPolicy;
import org.threadgraph.sources.fetch.HttpFetcher;
import org.threadgraph.store.CrawlState;
import org.threadgraph.store.Database;
import org.threadgraph.store.SourceFiles;
import org.threadgraph.store.ThreadReader;
import org.threadgraph.store.ThreadWriter;

/**
 * The stages over one database, ingest → link → analyse, as every command runs them. Ingest writes
 * only what is new or changed and links only the posts it changed; blog-wide passes (identities,
 * quotes, centrality, camps, entity counts) run once at the end of a run, over the whole blog.
 */
public final class Pipeline {

    private final Database db;
    private final Gazetteer gazetteer;
    private final PipelineListener listener;

    /** Returns a pipeline over the database that finds the gazetteer's people and organisations. */
    public Pipeline(Database db, Gazetteer gazetteer, PipelineListener listener) {
        this.db = db;
        this.gazetteer = gazetteer;
        this.listener = listener;
    }

    /** Returns the ids of the stored posts: one post by id or permalink, or every post when null. */
    public List<String> postIds(String postIdOrUrl) {
        return new ThreadReader(db).postIds(postIdOrUrl);
    }

    /**
     * Reads the inputs in order, each on its own (one that fails is reported and the rest are read),
     * then, when {@code link} is set, links the posts that are new or changed and refreshes the
     * analysis of those among them that were analysed before.
     *
     * @param policy how to fetch URL inputs
     */
    public IngestResult ingest(List<Input> inputs, SourceOptions options, FetchPolicy policy, boolean link) {
        return ingest(inputs, options, policy, link, FirstLoad.Load.cypher("bulk import is offered by ingest only"));
    }

    /**
     * Completes an ingest that {@link FirstLoad} prepared: after a bulk load, links what it stored; otherwise
     * reads and writes the inputs through Cypher as {@link #ingest(List, SourceOptions, FetchPolicy, boolean)}.
     */
    public IngestResult ingest(List<Input> inputs, SourceOptions options, FetchPolicy policy, boolean link,
                               FirstLoad.Load load) {
        List<DocumentOutcome> outcomes;
        Set<String> changed;
        int unchanged;
        if (load.path().bulk()) {
            outcomes = load.outcomes();
            changed = new LinkedHashSet<>(load.postIds());
            unchanged = 0;
        } else {
            outcomes = new ArrayList<>();
            changed = new LinkedHashSet<>();
            unchanged = write(inputs, options, policy, outcomes, changed);
        }
        if (!link || changed.isEmpty()) {
            return new IngestResult(outcomes, changed, unchanged, null, Set.of(), 0, load.path());
        }
        LinkTotals links = link(changed);
        Refreshed refreshed = refresh(changed);
        return new IngestResult(outcomes, changed, unchanged, links, refreshed.posts(), refreshed.blogFiguresBehind(),
                load.path());
    }

    /** Reads the inputs through the Cypher writer; returns how many threads were found stored unchanged. */
    private int write(List<Input> inputs, SourceOptions options, FetchPolicy policy, List<DocumentOutcome> outcomes,
                      Set<String> changed) {
        List<String> origins = inputs.stream().map(i -> i instanceof Input.File f ? Ingest.origin(f.path())
                : i instanceof Input.Document d ? d.document().origin() : null).filter(o -> o != null).toList();
        try (ThreadWriter writer = new ThreadWriter(db)) {
            SourceFiles sources = new SourceFiles(db);
            Ingest ingest = new Ingest(writer, sources.recorded(origins), sources::digests);
            HttpFetcher fetcher = null;
            int done = 0;
            for (Input input : inputs) {
                DocumentOutcome outcome;
                if (input instanceof Input.File f) {
                    outcome = ingest.file(f.path(), options);
                } else if (input instanceof Input.Document d) {
                    outcome = ingest.document(d.document());
                } else {
                    String url = ((Input.Url) input).url();
                    if (fetcher == null) {
                        fetcher = new HttpFetcher(policy, List.of(), listener::note);
                    }
                    String host = FeedUrls.host(url);
                    if (host != null) {
                        fetcher.allowHost(host);
                    }
                    outcome = ingest.url(url, fetcher, options);
                }
                outcomes.add(outcome);
                listener.document(outcome);
                listener.progress("ingest", ++done, inputs.size());
            }
            writer.flush();
            changed.addAll(writer.writtenPostIds());
            return writer.unchangedThreads();
        }
    }

    /** Links the posts again, each in its own transaction, then the blog-wide passes once. */
    public LinkTotals link(Collection<String> postIds) {
        return new Linking(db, gazetteer).run(postIds, listener);
    }

    /** Analyses the posts, each in its own transaction, then the blog once, and writes the results. */
    public AnalysisResult analyse(Collection<String> postIds) {
        return new Analysis(db).run(postIds, listener);
    }

    /**
     * Returns the last crawl of the blog, if any.
     *
     * @param blogKey the blog's key, see {@link org.threadgraph.model.Blog#key()}
     */
    public Optional<CrawlState.BlogCrawl> lastCrawl(String blogKey) {
        return new CrawlState(db).blog(blogKey);
    }

    /**
     * Crawls the blog at {@code base} politely and incrementally (see {@link BlogCrawler}), keeping
     * the crawl's state in the graph, then links the posts it changed.
     */
    public CrawlRun crawl(String base, CrawlWindow window, boolean refetch, FetchPolicy policy, SourceOptions options,
                          int pageSize, CrawlListener crawlListener) {
        CrawlState state = new CrawlState(db);
        String blogKey = options.blog().key();
        state.started(blogKey, base + "/", window.since() == null ? null : window.since().toString(),
                window.until() == null ? null : window.until().toString(), Instant.now());
        HttpFetcher fetcher = new HttpFetcher(policy, List.of(URI.create(base).getHost()), crawlListener::notice);
        BlogCrawler.Result result;
        Set<String> changed;
        try (ThreadWriter writer = new ThreadWriter(db)) {
            StoredCrawlLedger ledger = new StoredCrawlLedger(state, new ThreadReader(db), writer);
            result = new BlogCrawler(fetcher, ledger, crawlListener, options, pageSize).crawl(base, window, refetch);
            writer.flush();
            changed = new LinkedHashSet<>(writer.writtenPostIds());
        }
        state.finished(blogKey, Instant.now(), result.fetched(), result.newComments(), result.skipped().size());
        LinkTotals links = changed.isEmpty() ? null : link(changed);
        Refreshed refreshed = refresh(changed);
        return new CrawlRun(result, fetcher.requests(), fetcher.retries(), fetcher.bytes(), links,
                refreshed.posts().size(), refreshed.blogFiguresBehind());
    }

    /**
     * Recomputes the blog-wide figures (centrality, participant camps, entity counts) when they lag
     * behind changed posts; returns how many changed posts they lagged (0: nothing was done).
     */
    public int refreshBlogFigures() {
        Analysis analysis = new Analysis(db);
        int behind = analysis.blogFiguresBehind();
        if (behind > 0) {
            analysis.blog(new PostHighlights());
        }
        return behind;
    }

    /** Recomputes the blog-wide figures alone, leaving every post's analysis as it is. */
    public AnalysisResult analyseBlog() {
        return new Analysis(db).blog(new PostHighlights());
    }

    /**
     * Refreshes the analysis of the changed posts that were analysed before (the others wait for
     * {@code analyse}). The blog-wide figures are left for later, lazily: they span the whole blog, so
     * recomputing them costs the same for one changed post as for all, and a nightly crawl should not
     * pay that each time. The blogs record how many changed posts the figures lag;
     * {@link #refreshBlogFigures} (run by the commands that show them) or {@code analyse} catch up.
     */
    private Refreshed refresh(Set<String> changed) {
        Analysis analysis = new Analysis(db);
        Set<String> analysed = analysis.analysed(changed);
        if (analysed.isEmpty()) {
            return new Refreshed(Set.of(), 0);
        }
        analysis.posts(changed.stream().filter(analysed::contains).toList(), listener);
        analysis.blogFiguresMissed(analysed.size());
        return new Refreshed(analysed, analysis.blogFiguresBehind());
    }

    /** The posts whose analysis was refreshed, and how many changed posts the blog-wide figures now lag. */
    private record Refreshed(Set<String> posts, int blogFiguresBehind) {
    }
}
