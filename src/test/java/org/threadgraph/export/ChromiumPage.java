package org.threadgraph.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.threadgraph.testing.SharedNeo4j;

/**
 * A page in headless Chromium that a test drives as a user would, through the DevTools protocol on a
 * local port: it runs scripts in the page, types, and takes screenshots. One fresh profile per page.
 */
public final class ChromiumPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

    private ChromiumPage(Process chromium, Path profile, WebSocket socket) {
        this.chromium = chromium;
        this.profile = profile;
        this.socket = socket;
    }

    /** Opens {@code url} in a 1400x900 window. */
    public static ChromiumPage open(String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("threadgraph-chromium");
        Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1400,900", url)
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            // Chromium writes the port it chose into the profile.
            Path portFile = profile.resolve("DevToolsActivePort");
            for (int i = 0; i < 300 && !Files.exists(portFile); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(portFile), "chromium opened no DevTools port");
            String port = Files.readAllLines(portFile).get(0);
            HttpResponse<String> targets = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            String pageSocket = null;
            for (JsonNode target : JSON.readTree(targets.body())) {
                if ("page".equals(target.path("type").asText())) {
                    pageSocket = target.path("webSocketDebuggerUrl").asText();
                }
            }
            assertTrue(pageSocket != null, targets.body());
            Listener listener = new Listener();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(pageSocket), listener).join();
            ChromiumPage page = new ChromiumPage(chromium, profile, socket);
            listener.page = page;
            return page;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            chromium.destroyForcibly();
            SharedNeo4j.deleteTree(profile);
            throw e;
        }
    }

    /** Returns the value of a script run in the page (a promise is awaited), as JSON. */
    public JsonNode evaluate(String script) {
        ObjectNode params = JSON.createObjectNode().put("expression", script).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode reply = send("Runtime.evaluate", params);
        assertTrue(!reply.path("result").has("exceptionDetails"), script + ": " + reply);
        return reply.path("result").path("result").path("value");
    }

    /** Waits until {@code script} returns a non-empty string, and returns it. */
    public String waitFor(String script, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String value = evaluate(script).asText("");
            if (!value.isEmpty() && !"false".equals(value)) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not within " + timeout.toSeconds() + " s: " + script);
    }

    /** Types {@code text} into the element that {@code selector} finds, as keystrokes would. */
    public void type(String selector, String text) {
        evaluate("document.querySelector(" + JSON.valueToTree(selector) + ").focus()");
        send("Input.insertText", JSON.createObjectNode().put("text", text));
    }

    /** Writes what the window shows to {@code png}. */
    public void screenshot(Path png) throws IOException {
        JsonNode reply = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(reply.path("result").path("data").asText()));
    }

    private JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        try {
            return reply.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(method + " got no reply", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        chromium.destroy();
        if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
            chromium.destroyForcibly().waitFor();
        }
        SharedNeo4j.deleteTree(profile);
    }

    /** Collects a message's parts and hands each reply to the command waiting for it. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();
        private volatile ChromiumPage page;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                try {
                    JsonNode node = JSON.readTree(message.toString());
                    CompletableFuture<JsonNode> reply = node.has("id") ? page.replies.remove(node.get("id").asInt())
                            : null;
                    if (reply != null) {
                        reply.complete(node);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("DevTools sent no JSON: " + message, e);
                } finally {
                    message.setLength(0);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
