package org.threadgraph.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Serves one page, the Neo4j Browser guide, on a free port of the address Browser is served on. Neo4j's
 * own web server serves no page of ours, and Browser fetches a guide with a cross-origin request, so the
 * page answers Browser's origin (and only it) with the CORS headers that let Browser read it.
 */
final class GuideServer implements AutoCloseable {

    static final String PATH = "/threadgraph-guide.html";

    private final HttpServer server;
    private final String host;

    private GuideServer(HttpServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Starts serving {@code html} to the Neo4j Browser served at {@code host:browserPort}. */
    static GuideServer start(String host, int browserPort, String html) {
        // A user who opens Browser as localhost rather than 127.0.0.1 is the same Browser.
        Set<String> origins = "127.0.0.1".equals(host)
                ? Set.of("http://127.0.0.1:" + browserPort, "http://localhost:" + browserPort)
                : Set.of("http://" + host + ":" + browserPort);
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
            server.createContext("/", exchange -> answer(exchange, origins, page));
            server.start();
            return new GuideServer(server, host);
        } catch (IOException e) {
            throw new StoreException("cannot serve the Neo4j Browser guide on " + host + ": " + e.getMessage(),
                    true, e);
        }
    }

    private static void answer(HttpExchange exchange, Set<String> origins, byte[] page) throws IOException {
        try (exchange) {
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (origin != null && origins.contains(origin)) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                // Browser asks for a fresh copy with these two headers, which needs a preflight.
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "pragma, cache-control");
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET");
            }
            exchange.getResponseHeaders().set("Vary", "Origin");
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
            } else if ("OPTIONS".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(204, -1);
            } else if ("GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, OPTIONS");
                exchange.sendResponseHeaders(405, -1);
            }
        }
    }

    /** Returns the address of the guide. */
    String url() {
        return "http://" + host + ":" + server.getAddress().getPort() + PATH;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
