package org.threadgraph.sources.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.threadgraph.sources.SourceException;

/**
 * Fetches pages and feeds one at a time, politely and safely, with {@link java.net.http.HttpClient}:
 * <ul>
 * <li>each host's {@code robots.txt} is read once (per scheme, host and port) before the first
 *     request there and obeyed for threadgraph's product token ({@link RobotsTxt}); a missing one
 *     (HTTP 4xx) allows everything, one that cannot be read (5xx, 429, timeout, refused connection,
 *     a redirect off the host) forbids everything, as RFC 9309 section 2.3.1 says;</li>
 * <li>a fixed pause ({@link FetchPolicy#delay()}) between the end of one request and the start of
 *     the next, retries included;</li>
 * <li>bounded retries with exponential back-off on timeouts, dropped or cut connections, HTTP 408,
 *     429 and 5xx, honouring {@code Retry-After} (seconds or an HTTP date) up to
 *     {@link FetchPolicy#maxRetryAfter()}, and reporting a longer one as rate limiting without
 *     waiting; a body that the caller's parser rejects (a truncated or damaged feed) is retried the
 *     same way;</li>
 * <li>a timeout for connecting and for each whole response, headers and body, so a server that
 *     stalls after the headers or drips its body is cut off; and a deadline for each URL, all its
 *     attempts, redirects and waits included ({@link FetchPolicy#deadline()});</li>
 * <li>a size cap per response, checked against {@code Content-Length} and while reading (and again
 *     after gzip decompression): a larger response is stopped and reported, never used;</li>
 * <li>only {@code http}/{@code https} URLs on the allowed hosts are requested, and redirects are
 *     followed by hand (at most {@value #MAX_REDIRECTS}) only when they stay on the same host and
 *     port (an upgrade from http on port 80 to https on 443 excepted);</li>
 * <li>a User-Agent that names threadgraph ({@link FetchPolicy#userAgent(String)}).</li>
 * </ul>
 * Failures end as a {@link FetchException} whose message is one line naming the URL. Not thread-safe:
 * one fetcher serves one sequential crawl.
 */
public final class HttpFetcher {

    /** Redirects followed for one request. */
    public static final int MAX_REDIRECTS = 5;

    /** Turns a fetched body into a value; a {@link SourceException} means the body is unusable and is retried. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String url, String body) throws SourceException;
    }

    private static final String ACCEPT = "application/json, application/atom+xml;q=0.9, text/html;q=0.8, "
            + "application/xhtml+xml;q=0.8, text/plain;q=0.5, */*;q=0.1";
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([A-Za-z0-9._:-]+)");

    private final FetchPolicy policy;
    private final Set<String> hosts = new TreeSet<>();
    private final Map<String, RobotsTxt> robots = new HashMap<>();
    private final Consumer<String> notices;
    private final HttpClient client;
    private long lastEnd = Long.MIN_VALUE;
    private int requests;
    private int retries;
    private long bytes;

    /**
     * Returns a fetcher.
     *
     * @param policy  delays, retries, limits and User-Agent
     * @param hosts   the only hosts it may request (compared without case); more with {@link #allowHost}
     * @param notices receives one-line notes on retries, for the user; may be null
     */
    public HttpFetcher(FetchPolicy policy, Collection<String> hosts, Consumer<String> notices) {
        this.policy = policy;
        hosts.forEach(this::allowHost);
        this.notices = notices == null ? s -> { } : notices;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.timeout())
                .build();
    }

    /** Lets the fetcher request URLs on this host too. */
    public void allowHost(String host) {
        hosts.add(host.toLowerCase(Locale.ROOT));
    }

    /** Returns the policy. */
    public FetchPolicy policy() {
        return policy;
    }

    /** Returns how many HTTP requests were sent, retries and redirects included. */
    public int requests() {
        return requests;
    }

    /** Returns how many requests were retries. */
    public int retries() {
        return retries;
    }

    /** Returns how many body bytes were received. */
    public long bytes() {
        return bytes;
    }

    /** Fetches a URL and returns its body as text. */
    public String get(String url) throws FetchException {
        return get(url, (u, body) -> body);
    }

    /**
     * Fetches a URL and parses its body, retrying (with back-off) when the parser rejects it, as a
     * truncated or damaged response would be.
     *
     * @throws FetchException when the URL is refused (another host, robots.txt), or fails or stays
     *                        unparseable after the retries or past the deadline
     */
    public <T> T get(String url, Parser<T> parser) throws FetchException {
        URI uri = check(url, url);
        obeyRobots(url, uri);
        return fetch(url, uri, parser);
    }

    /** Passes on a one-line note for the user, such as why a feed's paging stopped. */
    void notice(String message) {
        notices.accept(message);
    }

    private <T> T fetch(String url, URI uri, Parser<T> parser) throws FetchException {
        pace(url);
        long deadline = System.nanoTime() + policy.deadline().toNanos();
        for (int attempt = 1; ; attempt++) {
            Retry retry;
            try {
                String body = once(url, uri, deadline);
                try {
                    return parser.parse(url, body);
                } catch (SourceException e) {
                    String why = e.getMessage() == null ? "" : e.getMessage();
                    if (why.startsWith(url + ": ")) {
                        why = why.substring(url.length() + 2);
                    }
                    retry = new Retry(FetchException.Kind.UNREADABLE, 0, "unreadable response: " + oneLine(why), null);
                }
            } catch (Retry r) {
                retry = r;
            }
            if (attempt > policy.maxRetries()) {
                throw new FetchException(url, retry.kind, retry.status, url + ": " + retry.getMessage()
                        + (policy.maxRetries() > 0 ? " (after " + attempt + " attempts)" : ""));
            }
            Duration wait = policy.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
            if (retry.retryAfter != null) {
                if (retry.retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                    throw new FetchException(url, FetchException.Kind.RATE_LIMITED, retry.status, url + ": "
                            + retry.getMessage() + "; the server asks to wait " + seconds(retry.retryAfter)
                            + ", longer than the " + seconds(policy.maxRetryAfter()) + " threadgraph waits"
                            + " (--max-retry-after); not waited for");
                }
                if (retry.retryAfter.compareTo(wait) > 0) {
                    wait = retry.retryAfter;
                }
            }
            if (System.nanoTime() + wait.toNanos() >= deadline) {
                throw new FetchException(url, FetchException.Kind.DEADLINE, retry.status, url + ": "
                        + retry.getMessage() + "; gave up after " + attempt + " attempt" + (attempt == 1 ? "" : "s")
                        + ": waiting " + seconds(wait) + " for another would pass the " + seconds(policy.deadline())
                        + " limit for one URL (--deadline)");
            }
            notices.accept("retry " + attempt + "/" + policy.maxRetries() + " in " + seconds(wait) + ": " + url
                    + ": " + retry.getMessage());
            sleep(url, wait);
            retries++;
        }
    }

    /** Throws unless the host's robots.txt lets threadgraph fetch the URL; reads it on first use. */
    private void obeyRobots(String url, URI uri) throws FetchException {
        String origin = origin(uri);
        RobotsTxt rules = robots.get(origin);
        if (rules == null) {
            rules = readRobots(origin);
            robots.put(origin, rules);
        }
        if (rules.unreadable() != null) {
            throw new FetchException(url, FetchException.Kind.DISALLOWED, url + ": not fetched: " + rules.unreadable());
        }
        String rule = rules.disallowing(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        if (rule != null) {
            throw new FetchException(url, FetchException.Kind.DISALLOWED, url + ": not fetched: " + origin
                    + "/robots.txt forbids it for " + FetchPolicy.PRODUCT_TOKEN + " (" + rule + ")");
        }
    }

    private RobotsTxt readRobots(String origin) {
        String robotsUrl = origin + "/robots.txt";
        try {
            return fetch(robotsUrl, URI.create(robotsUrl), (u, body) -> RobotsTxt.parse(body, FetchPolicy.PRODUCT_TOKEN));
        } catch (FetchException e) {
            String why = e.getMessage().startsWith(robotsUrl + ": ")
                    ? e.getMessage().substring(robotsUrl.length() + 2) : e.getMessage();
            boolean missing = e.kind() == FetchException.Kind.HTTP_STATUS && e.status() >= 400 && e.status() < 500;
            if (missing) {
                return RobotsTxt.allowAll();
            }
            return RobotsTxt.unreachable(robotsUrl + " could not be read: " + why + "; RFC 9309 counts that as "
                    + "disallowing everything, so nothing on " + origin + " is fetched in this run; try again later");
        }
    }

    /** One request, following same-host redirects; returns the body of a 2xx response. */
    private String once(String url, URI start, long deadline) throws Retry, FetchException {
        // robots.txt is always allowed, and its own redirects are not checked against it
        boolean robotsFile = "/robots.txt".equals(start.getPath());
        URI uri = start;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> response = send(url, uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("location");
                if (location.isEmpty()) {
                    throw new FetchException(url, FetchException.Kind.HTTP_STATUS,
                            url + ": HTTP " + status + " without a Location to follow");
                }
                URI next;
                try {
                    next = uri.resolve(new URI(location.get().strip()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new FetchException(url, FetchException.Kind.BAD_URL,
                            url + ": redirect to a malformed URL " + location.get());
                }
                URI target = check(url, next.toString());
                if (!sameHostAndPort(uri, target)) {
                    throw new FetchException(url, FetchException.Kind.OFF_HOST, url + ": redirect to " + target
                            + " refused: it leaves " + uri.getHost() + " on port " + port(uri));
                }
                if (!robotsFile) {
                    obeyRobots(url, target);
                }
                uri = target;
                continue;
            }
            if (status >= 200 && status < 300) {
                return decode(url, response);
            }
            Duration retryAfter = retryAfter(response);
            if (status == 429) {
                throw new Retry(FetchException.Kind.RATE_LIMITED, status, "HTTP 429 Too Many Requests", retryAfter);
            }
            if (status >= 500 || status == 408) {
                throw new Retry(FetchException.Kind.HTTP_STATUS, status, "HTTP " + status, retryAfter);
            }
            throw new FetchException(url, FetchException.Kind.HTTP_STATUS, status, url + ": HTTP " + status
                    + (uri.equals(start) ? "" : " at " + uri));
        }
        throw new FetchException(url, FetchException.Kind.HTTP_STATUS,
                url + ": more than " + MAX_REDIRECTS + " redirects (a redirect loop?); not followed further");
    }

    private HttpResponse<byte[]> send(String url, URI uri, long deadline) throws Retry, FetchException {
        pace(url);
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw deadlinePassed(url);
        }
        boolean deadlineFirst = left < policy.timeout().toNanos();
        Duration timeout = deadlineFirst ? Duration.ofNanos(left) : policy.timeout();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", policy.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        requests++;
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBody(policy.maxBytes(), info));
        try {
            HttpResponse<byte[]> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            bytes += response.body().length;
            return response;
        } catch (TimeoutException e) {
            future.cancel(true);
            if (deadlineFirst) {
                throw deadlinePassed(url);
            }
            throw timedOut();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(url, FetchException.Kind.NETWORK, url + ": interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new FetchException(url, FetchException.Kind.TOO_LARGE, url + ": response larger than "
                        + policy.maxBytes() + " bytes (--max-bytes); stopped reading it");
            }
            if (cause instanceof HttpTimeoutException) {
                if (deadlineFirst) {
                    throw deadlinePassed(url);
                }
                throw timedOut();
            }
            if (cause instanceof ConnectException) {
                throw new Retry(FetchException.Kind.NETWORK, 0, "cannot connect to " + uri.getHost()
                        + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage())), null);
            }
            if (cause instanceof IOException) {
                throw new Retry(FetchException.Kind.NETWORK, 0, "connection failed or response cut short: "
                        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : oneLine(cause.getMessage())),
                        null);
            }
            throw new FetchException(url, FetchException.Kind.NETWORK, url + ": " + (cause == null ? e : cause));
        } finally {
            lastEnd = System.nanoTime();
        }
    }

    /** The URL's deadline struck: no more attempts. */
    private FetchException deadlinePassed(String url) {
        return new FetchException(url, FetchException.Kind.DEADLINE, url + ": no complete response within the "
                + seconds(policy.deadline()) + " limit for one URL (--deadline)");
    }

    /** The request's own timeout struck: worth another attempt while the deadline allows. */
    private Retry timedOut() {
        return new Retry(FetchException.Kind.NETWORK, 0, "timed out after " + seconds(policy.timeout())
                + " (--timeout)", null);
    }

    /** Waits until the delay has passed since the previous response ended. */
    private void pace(String url) throws FetchException {
        if (lastEnd == Long.MIN_VALUE) {
            return;
        }
        long waitNanos = policy.delay().toNanos() - (System.nanoTime() - lastEnd);
        if (waitNanos > 0) {
            sleep(url, Duration.ofNanos(waitNanos));
        }
    }

    private static void sleep(String url, Duration d) throws FetchException {
        try {
            TimeUnit.NANOSECONDS.sleep(d.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, FetchException.Kind.NETWORK, url + ": interrupted");
        }
    }

    private String decode(String url, HttpResponse<byte[]> response) throws Retry, FetchException {
        byte[] raw = response.body();
        String encoding = response.headers().firstValue("content-encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            raw = gunzip(url, raw);
        } else if (!encoding.isEmpty() && !encoding.equals("identity")) {
            throw new FetchException(url, FetchException.Kind.UNREADABLE,
                    url + ": response in an encoding threadgraph does not read (" + encoding + ")");
        }
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = CHARSET.matcher(response.headers().firstValue("content-type").orElse(""));
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(raw, charset);
    }

    private byte[] gunzip(String url, byte[] raw) throws Retry, FetchException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > policy.maxBytes()) {
                    throw new FetchException(url, FetchException.Kind.TOO_LARGE, url + ": response larger than "
                            + policy.maxBytes() + " bytes (--max-bytes) once decompressed; stopped reading it");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Retry(FetchException.Kind.UNREADABLE, 0, "damaged gzip response: " + oneLine(String.valueOf(
                    e.getMessage())), null);
        }
    }

    /** Returns the URI when it is http(s) on an allowed host; otherwise throws, naming the original URL. */
    private URI check(String url, String target) throws FetchException {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(url, FetchException.Kind.BAD_URL, url + ": not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, FetchException.Kind.BAD_URL, url + ": only http and https URLs are fetched"
                    + (target.equals(url) ? "" : " (redirect to " + target + ")"));
        }
        String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        if (host == null) {
            throw new FetchException(url, FetchException.Kind.BAD_URL, url + ": URL without a host");
        }
        if (!hosts.contains(host)) {
            throw new FetchException(url, FetchException.Kind.OFF_HOST, url + ": "
                    + (target.equals(url) ? "" : "redirect to ") + "host " + host + " refused: only "
                    + String.join(", ", hosts) + " may be fetched");
        }
        return uri;
    }

    /** Returns {@code scheme://host:port}, the unit robots.txt applies to (RFC 9309 section 2.3). */
    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Returns true when a redirect keeps host and port, or only upgrades http on 80 to https on 443. */
    private static boolean sameHostAndPort(URI from, URI to) {
        if (!from.getHost().equalsIgnoreCase(to.getHost())) {
            return false;
        }
        int a = port(from);
        int b = port(to);
        return a == b || (a == 80 && b == 443 && "http".equalsIgnoreCase(from.getScheme())
                && "https".equalsIgnoreCase(to.getScheme()));
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("retry-after");
        if (value.isEmpty()) {
            return null;
        }
        String v = value.get().strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    /** A failure worth another try. */
    private static final class Retry extends Exception {
        final FetchException.Kind kind;
        final int status;
        final Duration retryAfter;

        Retry(FetchException.Kind kind, int status, String message, Duration retryAfter) {
            super(message, null, false, false);
            this.kind = kind;
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    /** The body is over the size cap. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("response over the size cap");
        }
    }

    /** Collects a body up to a cap, cancelling the stream as soon as it is exceeded. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final boolean declaredTooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long max, HttpResponse.ResponseInfo info) {
            this.max = max;
            this.declaredTooLarge = info.headers().firstValueAsLong("content-length").orElse(-1) > max;
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredTooLarge) {
                // complete first: cancelling may report an IOException through onError at once
                result.completeExceptionally(new TooLarge());
                s.cancel();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (buffer.size() + (long) b.remaining() > max) {
                    result.completeExceptionally(new TooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }
}
