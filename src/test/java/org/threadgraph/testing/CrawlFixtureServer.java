package org.threadgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.zip.GZIPOutputStream;

/**
 * A small Blogger blog served on 127.0.0.1 by the JDK's HTTP server, from the fixtures in
 * {@code fixtures/crawl/}: the posts feed (3 posts, at most {@value #POSTS_PER_PAGE} a page) and each
 * post's comments feed (newest first, at most {@value #COMMENTS_PER_PAGE} a page), paged by
 * {@code start-index}/{@code max-results} with {@code rel="next"} links written on
 * {@code www.blogger.com} as Blogger writes them; {@code published-min}/{@code published-max} are
 * ignored, as a server may. The thread of seed 000 is also served as a post page. Switches make a
 * path fail once with a status, answer with a truncated body, redirect, stall before or after the
 * headers, send an endless body, write other next links or ignore {@code start-index}; every
 * request is logged with its arrival time and User-Agent. {@code /robots.txt} answers 404 unless
 * {@link #robots} says otherwise, and its requests are logged apart ({@link #robotsRequests()}), so
 * that {@link #requests()} lists what a crawl asked for.
 */
public final class CrawlFixtureServer implements AutoCloseable {

    public static final String BLOG_ID = "3416740238526591238";
    /** The Probation Treadmill (2022-07, 8 comments; 2 more with {@link #addNewComments()}). */
    public static final String TREADMILL = "2204919734660154837";
    /** Pick of the Week 56 (2020-01, 16 comments). */
    public static final String PICK = "8843620177134952201";
    /** TR Is Crap Says Research (2016-02, 15 comments). */
    public static final String TR_CRAP = "5018843112046671093";
    /** The post page served for {@link #TR_CRAP}. */
    public static final String TR_CRAP_PAGE = "/2016/02/tr-is-crap-says-research.html";

    public static final int POSTS_PER_PAGE = 2;
    public static final int COMMENTS_PER_PAGE = 5;

    /** One logged request. */
    public record Request(String path, String query, long nanos, String userAgent) {

        /** Returns the value of a query parameter, or null. */
        public String param(String name) {
            return params(query).get(name);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final String base;
    private final Map<String, ObjectNode> commentFeeds = new ConcurrentHashMap<>();
    private final ObjectNode postsFeed;
    private final List<Request> log = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Fault>> once = new ConcurrentHashMap<>();
    private final Map<String, Fault> always = new ConcurrentHashMap<>();
    private final Map<String, IntFunction<String>> nextLinks = new ConcurrentHashMap<>();
    private final Set<String> stuck = ConcurrentHashMap.newKeySet();
    private final List<Request> robotsLog = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean chunked;
    private volatile int robotsStatus = 404;
    private volatile String robotsBody = "not found";

    /** How a canned misbehaviour answers. */
    private enum Mode { STATUS, TRUNCATE, CUT, STALL, STALL_BODY, ENDLESS }

    /** A canned misbehaviour. */
    private record Fault(Mode mode, int status, String header, String value, Duration stall) {
    }

    private CrawlFixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "crawl-fixture-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        postsFeed = (ObjectNode) fixture("posts.json");
        for (String id : List.of(TREADMILL, PICK, TR_CRAP)) {
            commentFeeds.put(id, (ObjectNode) fixture("comments-" + id + ".json"));
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static CrawlFixtureServer start() {
        try {
            return new CrawlFixtureServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns {@code http://127.0.0.1:PORT}. */
    public String base() {
        return base;
    }

    /** Adds the two comments of {@code new-comments-TREADMILL.json} to the Treadmill's feed (and its thr:total). */
    public void addNewComments() {
        ArrayNode entries = (ArrayNode) commentFeeds.get(TREADMILL).get("feed").get("entry");
        fixture("new-comments-" + TREADMILL + ".json").get("entry").forEach(entries::add);
    }

    /**
     * Makes the next request for {@code key} fail with a status (and a Retry-After when not null).
     * A key is a path, or a path with {@code ?start-index=N} for one page.
     */
    public void failOnce(String key, int status, String retryAfter) {
        once.computeIfAbsent(key, k -> new ArrayDeque<>())
                .add(new Fault(Mode.STATUS, status, retryAfter == null ? null : "Retry-After", retryAfter, null));
    }

    /**
     * Makes every request for {@code key} answer 200 with only half the body: with a matching
     * Content-Length (a cut-off feed) or, when {@code cutConnection}, closing the connection before the
     * declared length is sent.
     */
    public void truncate(String key, boolean cutConnection) {
        always.put(key, new Fault(cutConnection ? Mode.CUT : Mode.TRUNCATE, 200, null, null, null));
    }

    /** Makes every request for {@code key} redirect (302) to the location. */
    public void redirect(String key, String location) {
        always.put(key, new Fault(Mode.STATUS, 302, "Location", location, null));
    }

    /** Makes every request for {@code key} wait this long before answering. */
    public void stall(String key, Duration wait) {
        always.put(key, new Fault(Mode.STALL, 200, null, null, wait));
    }

    /** Makes every request for {@code key} send the headers and half the body, then wait this long. */
    public void stallAfterHeaders(String key, Duration wait) {
        always.put(key, new Fault(Mode.STALL_BODY, 200, null, null, wait));
    }

    /** Makes every request for {@code key} answer 200 with a chunked body that never ends. */
    public void endlessBody(String key) {
        always.put(key, new Fault(Mode.ENDLESS, 200, null, null, null));
    }

    /**
     * Makes the feed at {@code path} write, on its page starting at entry N, the next link
     * {@code next.apply(N)} (a URL, or null for none) instead of Blogger's.
     */
    public void nextLink(String path, IntFunction<String> next) {
        nextLinks.put(path, next);
    }

    /** Makes the feed at {@code path} ignore {@code start-index}: every page holds its first entries. */
    public void ignoreStartIndex(String path) {
        stuck.add(path);
    }

    /**
     * Points every link of every entry (posts and comments: permalinks, replies, edit links,
     * authors' profiles) at {@code url}, as a hostile feed could.
     */
    public void linkEntriesTo(String url) {
        List<ObjectNode> docs = new ArrayList<>(commentFeeds.values());
        docs.add(postsFeed);
        for (ObjectNode doc : docs) {
            for (JsonNode entry : doc.get("feed").get("entry")) {
                entry.path("link").forEach(l -> ((ObjectNode) l).put("href", url));
                entry.path("author").forEach(a -> {
                    if (a.has("uri")) {
                        ((ObjectNode) a).putObject("uri").put("$t", url);
                    }
                });
            }
        }
    }

    /** Makes {@code /robots.txt} answer with this status and body (404 "not found" until called). */
    public void robots(int status, String body) {
        robotsStatus = status;
        robotsBody = body;
    }

    /** Returns a copy of the log of {@code /robots.txt} requests. */
    public List<Request> robotsRequests() {
        synchronized (robotsLog) {
            return new ArrayList<>(robotsLog);
        }
    }

    /** Sends bodies chunked, without a Content-Length, when true. */
    public void chunked(boolean on) {
        chunked = on;
    }

    /** Removes every switch. */
    public void clearFaults() {
        once.clear();
        always.clear();
        nextLinks.clear();
        stuck.clear();
    }

    /** Returns a copy of the request log. */
    public List<Request> requests() {
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    /** Empties the request log. */
    public void clearLog() {
        log.clear();
        robotsLog.clear();
    }

    /** Returns how many logged requests had this path. */
    public long count(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).count();
    }

    /** Returns how many logged requests were for a comments feed (any post, any page). */
    public long commentFeedRequests() {
        return requests().stream().filter(r -> r.path().matches("/feeds/\\d+/comments/default")).count();
    }

    /** Returns the path of a post's comments feed. */
    public static String commentsPath(String postId) {
        return "/feeds/" + postId + "/comments/default";
    }

    /** The path of the posts feed. */
    public static final String POSTS_PATH = "/feeds/posts/default";

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        boolean cut = false;
        try {
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getRawQuery();
            Request request = new Request(path, query, System.nanoTime(), ex.getRequestHeaders().getFirst("User-Agent"));
            if (path.equals("/robots.txt")) {
                robotsLog.add(request);
            } else {
                log.add(request);
            }
            Map<String, String> params = params(query);
            String pageKey = path + "?start-index=" + params.getOrDefault("start-index", "1");
            Fault fault = null;
            for (String key : List.of(pageKey, path)) {
                Deque<Fault> q = once.get(key);
                if (q != null && !q.isEmpty()) {
                    fault = q.poll();
                    break;
                }
                if (always.containsKey(key)) {
                    fault = always.get(key);
                    break;
                }
            }
            if (fault != null && fault.mode() == Mode.STALL) {
                try {
                    Thread.sleep(fault.stall().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                fault = null;
            }
            if (fault != null && fault.mode() == Mode.ENDLESS) {
                ex.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
                ex.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                java.util.Arrays.fill(chunk, (byte) ' ');
                // until the client hangs up, which ends in an IOException
                while (!Thread.currentThread().isInterrupted()) {
                    ex.getResponseBody().write(chunk);
                }
                return;
            }
            if (fault == null && path.equals("/robots.txt")) {
                byte[] body = robotsBody.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
                ex.sendResponseHeaders(robotsStatus, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            if (fault != null && fault.mode() == Mode.STATUS) {
                if (fault.header() != null) {
                    ex.getResponseHeaders().add(fault.header(), fault.value());
                }
                byte[] body = ("HTTP " + fault.status()).getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(fault.status(), body.length);
                ex.getResponseBody().write(body);
                return;
            }
            byte[] body;
            String type = "application/json; charset=UTF-8";
            if (path.equals(POSTS_PATH)) {
                body = postsPage(params);
            } else if (path.matches("/feeds/\\d+/comments/default") && commentFeeds.containsKey(postIdOf(path))) {
                body = commentsPage(postIdOf(path), params);
            } else if (path.equals(TR_CRAP_PAGE)) {
                body = resource("/samples/blogger/seed000.html");
                type = "text/html; charset=UTF-8";
            } else {
                byte[] notFound = "not found".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(404, notFound.length);
                ex.getResponseBody().write(notFound);
                return;
            }
            ex.getResponseHeaders().add("Content-Type", type);
            if (fault != null && fault.mode() == Mode.STALL_BODY) {
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body, 0, body.length / 2);
                ex.getResponseBody().flush();
                try {
                    Thread.sleep(fault.stall().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                ex.getResponseBody().write(body, body.length / 2, body.length - body.length / 2);
                return;
            }
            if (fault != null) {
                byte[] half = java.util.Arrays.copyOf(body, body.length / 2);
                if (fault.mode() == Mode.CUT) {
                    ex.sendResponseHeaders(200, body.length);
                    ex.getResponseBody().write(half);
                    ex.getResponseBody().flush();
                    // A handler that throws makes the JDK server drop the connection mid-body.
                    throw new CutConnection();
                }
                body = half;
            }
            String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
            if (type.startsWith("text/html") && accept != null && accept.contains("gzip")) {
                body = gzip(body);
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            ex.sendResponseHeaders(200, chunked ? 0 : body.length);
            ex.getResponseBody().write(body);
        } catch (CutConnection e) {
            cut = true;
            throw e;
        } catch (IOException | RuntimeException e) {
            // a client that gave up (timeout tests) is not the server's problem
        } finally {
            if (!cut) {
                ex.close();
            }
        }
    }

    /** Thrown out of the handler to have the connection closed before the declared length was sent. */
    private static final class CutConnection extends IOException {
        CutConnection() {
            super("connection cut on purpose");
        }
    }

    private byte[] postsPage(Map<String, String> params) throws IOException {
        ObjectNode doc = postsFeed.deepCopy();
        ObjectNode feed = (ObjectNode) doc.get("feed");
        for (JsonNode e : feed.get("entry")) {
            String id = e.get("id").get("$t").asText().replaceFirst(".*\\.post-", "");
            int n = commentFeeds.get(id).get("feed").get("entry").size();
            ((ObjectNode) e).putObject("thr$total").put("$t", Integer.toString(n));
        }
        return page(POSTS_PATH, doc, params, POSTS_PER_PAGE,
                "https://www.blogger.com/feeds/" + BLOG_ID + "/posts/default");
    }

    private byte[] commentsPage(String postId, Map<String, String> params) throws IOException {
        ObjectNode doc = commentFeeds.get(postId).deepCopy();
        return page(commentsPath(postId), doc, params, COMMENTS_PER_PAGE,
                "https://www.blogger.com/feeds/" + BLOG_ID + "/" + postId + "/comments/default");
    }

    /** Cuts one page out of a feed, newest entries first, with openSearch numbers and self/next links. */
    private byte[] page(String path, ObjectNode doc, Map<String, String> params, int cap, String bloggerFeedUrl)
            throws IOException {
        ObjectNode feed = (ObjectNode) doc.get("feed");
        List<JsonNode> entries = new ArrayList<>();
        feed.get("entry").forEach(entries::add);
        entries.sort(Comparator.comparing((JsonNode e) ->
                OffsetDateTime.parse(e.get("published").get("$t").asText()).toInstant()).reversed());
        int asked = Math.max(1, Integer.parseInt(params.getOrDefault("start-index", "1")));
        int start = stuck.contains(path) ? 1 : asked;
        int max = Math.min(cap, Math.max(1, Integer.parseInt(params.getOrDefault("max-results", "25"))));
        int total = entries.size();
        ArrayNode slice = JSON.createArrayNode();
        for (int i = start - 1; i < Math.min(total, start - 1 + max); i++) {
            slice.add(entries.get(i));
        }
        feed.set("entry", slice);
        feed.putObject("openSearch$totalResults").put("$t", Integer.toString(total));
        feed.putObject("openSearch$startIndex").put("$t", Integer.toString(start));
        feed.putObject("openSearch$itemsPerPage").put("$t", Integer.toString(max));
        ArrayNode links = (ArrayNode) feed.get("link");
        links.addObject().put("rel", "self").put("type", "application/atom+xml")
                .put("href", bloggerFeedUrl + "?alt=json&start-index=" + start + "&max-results=" + max);
        IntFunction<String> override = nextLinks.get(path);
        String next = override != null ? override.apply(asked)
                : start - 1 + max < total ? bloggerFeedUrl + "?alt=json&start-index=" + (start + max) + "&max-results=" + max
                : null;
        if (next != null) {
            links.addObject().put("rel", "next").put("type", "application/atom+xml").put("href", next);
        }
        return JSON.writeValueAsBytes(doc);
    }

    private JsonNode fixture(String name) {
        String text = new String(resource("/fixtures/crawl/" + name), StandardCharsets.UTF_8).replace("{{BASE}}", base);
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CrawlFixtureServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }

    private static String postIdOf(String path) {
        return path.split("/")[2];
    }

    static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
