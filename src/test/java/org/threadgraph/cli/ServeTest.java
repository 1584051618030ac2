package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.threadgraph.export.Chromium;
import org.threadgraph.export.ChromiumPage;
import org.threadgraph.store.Database;
import org.threadgraph.testing.SharedNeo4j;
import org.threadgraph.testing.WriteForms;

/**
 * {@code serve --browser} in a second process, as a user runs it: other commands reach it by --db (with
 * the stored password) and by --uri; nobody without the password gets in; read-only queries through it
 * refuse every write; Neo4j Browser and its HTTP API answer; the password appears in no output and no
 * file of the database folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {

    private static final Duration BROWSER_WAIT = Duration.ofSeconds(90);
    private static final String GUIDE = "document.querySelector('[data-testid=guidesDrawer]')";
    private static final String FRAMES = "[...document.querySelectorAll('[data-testid=frame]')].map(f => f.innerText)";
    private static final String SEED = "src/main/resources/samples/seeds/001_7bdf047bcd8d19ad.txt";

    private static Path root;
    private static Path db;
    private static int boltPort;
    private static int httpPort;
    private static Process serve;
    private static Path serveLog;
    private static final List<String> printed = new ArrayList<>();

    @BeforeAll
    static void startServeInAnotherProcess() throws Exception {
        root = Files.createTempDirectory("threadgraph-serve-test");
        db = root.resolve("data");
        boltPort = freePort();
        httpPort = freePort();
        serveLog = root.resolve("serve.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ThreadgraphCommand.class.getName(), "serve", "--db", db.toString(), "--port",
                Integer.toString(boltPort), "--browser", "--http-port", Integer.toString(httpPort)));
        serve = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(serveLog.toFile()).start();
        for (int i = 0; i < 1500 && serve.isAlive() && !Files.readString(serveLog).contains("Press Ctrl-C"); i++) {
            Thread.sleep(200);
        }
        assertTrue(Files.readString(serveLog).contains("Press Ctrl-C"), Files.readString(serveLog));
    }

    @AfterAll
    static void stopServe() throws Exception {
        if (serve != null) {
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        }
        assertFalse(Files.exists(db.resolve("threadgraph-serve.properties")), "serve withdraws its address");
        SharedNeo4j.deleteTree(root);
    }

    private static CliRunner.Run cli(String... args) {
        CliRunner.Run run = CliRunner.run(args);
        printed.add(run.out());
        printed.add(run.err());
        return run;
    }

    private static String uri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Test
    @Order(1)
    void ingestLinkAndAnalyseRunAgainstTheServerInTheOtherProcess() {
        CliRunner.Run ingest = cli("ingest", "--db", db.toString(), "--no-link", "--blog",
                "https://probationmatters.blogspot.com/", SEED);
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("serve at " + uri()), ingest.out());
        CliRunner.Run link = cli("link", "--uri", uri(), "--all");
        assertEquals(0, link.exitCode(), link.err());
        CliRunner.Run analyse = cli("analyse", "--uri", uri(), "--all");
        assertEquals(0, analyse.exitCode(), analyse.err());
        CliRunner.Run graph = cli("query", "--uri", uri(), "--format", "csv", "MATCH (c:Comment) WITH count(c) AS "
                + "comments MATCH ()-[r:RESPONDS_TO]->() WITH comments, count(r) AS responses "
                + "MATCH (:Participant)-[a:ACTIVE_IN]->(:Post) WHERE a.pagerank IS NOT NULL "
                + "RETURN comments, responses, count(a) > 0 AS ranked");
        assertEquals(0, graph.exitCode(), graph.err());
        // Seed 001 holds 8 comments; each answers something, and its participants are ranked.
        assertEquals("comments,responses,ranked\n8,8,true", graph.out().strip(), graph.out());
    }

    static Stream<AuthToken> wrongCredentials() {
        return Stream.of(AuthTokens.none(), AuthTokens.basic("neo4j", "wrong-password"),
                AuthTokens.basic("neo4j", "neo4j"), AuthTokens.basic("someone", ""));
    }

    @ParameterizedTest
    @MethodSource("wrongCredentials")
    @Order(2)
    void aDriverWithoutThePasswordIsRefused(AuthToken token) {
        try (var driver = GraphDatabase.driver(uri(), token, Config.builder().withoutEncryption().build())) {
            assertThrows(SecurityException.class, driver::verifyConnectivity);
        }
    }

    static Stream<String> writeForms() {
        return WriteForms.all().stream();
    }

    @ParameterizedTest
    @MethodSource("writeForms")
    @Order(3)
    void aReadOnlyQueryThroughServeRefusesEveryWrite(String form) {
        CliRunner.Run run = cli("query", "--db", db.toString(), form);
        assertEquals(1, run.exitCode(), form + " ran: " + run.out());
        assertTrue(run.err().startsWith("threadgraph: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        CliRunner.Run after = cli("query", "--db", db.toString(), "--format", "csv",
                "MATCH (n) WITH count(n) AS nodes MATCH (c:Comment) RETURN nodes > 8 AS kept, count(c) AS comments, "
                        + "count{ MATCH (:Scratch) } AS scratch");
        assertEquals("kept,comments,scratch\ntrue,8,0", after.out().strip(), form + " changed the graph");
    }

    @Test
    @Order(4)
    void aSecondServeSaysWhereTheFirstListens() {
        CliRunner.Run second = cli("serve", "--db", db.toString(), "--port", Integer.toString(boltPort + 1));
        assertEquals(1, second.exitCode());
        assertTrue(second.err().contains("already running") && second.err().contains(uri())
                && second.err().contains("http://127.0.0.1:" + httpPort + "/browser/"), second.err());
    }

    @Test
    @Order(5)
    void neo4jBrowserAndItsHttpApiAnswer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + httpPort;
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Neo4j Browser</title>"), page.body());
        Matcher script = Pattern.compile("src=\"([^\"]+\\.js)\"").matcher(page.body());
        assertTrue(script.find(), page.body());
        HttpResponse<String> js = http.send(HttpRequest.newBuilder(URI.create(base + "/browser/" + script.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 10_000, "the Browser's script is served");

        String query = "{\"statements\":[{\"statement\":" + jsonString(NamedQueries.load("posts-overview"))
                + "}]}";
        HttpRequest.Builder commit = HttpRequest.newBuilder(URI.create(base + "/db/neo4j/tx/commit"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query));
        HttpResponse<String> refused = http.send(commit.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode(), refused.body());
        String basic = Base64.getEncoder().encodeToString(("neo4j:" + password()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(commit.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"errors\":[]") && answer.body().contains("The Probation Treadmill"), answer.body());
    }

    @Test
    @Order(5)
    void theGuideIsServedOnThisMachineToNeo4jBrowserOnly() throws Exception {
        Matcher printedGuide = Pattern.compile("type :guide (http://127\\.0\\.0\\.1:\\d+/threadgraph-guide\\.html)")
                .matcher(Files.readString(serveLog));
        assertTrue(printedGuide.find(), Files.readString(serveLog));
        URI guide = URI.create(printedGuide.group(1));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> fromBrowser = http.send(HttpRequest.newBuilder(guide)
                .header("Origin", "http://127.0.0.1:" + httpPort).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fromBrowser.statusCode());
        assertEquals("http://127.0.0.1:" + httpPort,
                fromBrowser.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(fromBrowser.body().contains("<h3>comments-by-participant</h3>"), fromBrowser.body());
        printed.add(fromBrowser.body());
        HttpResponse<String> fromElsewhere = http.send(HttpRequest.newBuilder(guide)
                .header("Origin", "http://example.org").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                fromElsewhere.headers().toString());
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(guide.resolve("/etc/passwd")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(guide)
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
    }

    @Test
    @Order(6)
    void neo4jBrowserOpensTheGuideOnConnectAndRunsANamedQueryFromIt() throws Exception {
        Chromium.assume();
        try (ChromiumPage page = ChromiumPage.open("http://127.0.0.1:" + httpPort + "/browser/")) {
            page.waitFor("!!document.querySelector('[data-testid=password]')", BROWSER_WAIT);
            page.type("[data-testid=username]", "neo4j");
            page.type("[data-testid=password]", password());
            page.evaluate("document.querySelector('[data-testid=connect]').click()");
            String contents = page.waitFor(GUIDE + " && " + GUIDE + ".innerText.includes('Reading the thread graph')"
                    + " && " + GUIDE + ".innerText", BROWSER_WAIT);
            for (NamedQueries.NamedQuery q : NamedQueries.all()) {
                assertTrue(contents.contains(q.name() + ": " + q.description()), contents);
            }
            for (int i = 0; i < 20 && !"comments-by-participant".equals(page.evaluate(GUIDE + ".querySelector('h3')"
                    + ".innerText").asText()); i++) {
                page.evaluate("document.querySelector('[data-testid=guideNextSlide]').click()");
                Thread.sleep(300);
            }
            // Connecting set $key once; the slide's parameter block sets it again, and its query runs in one click.
            String keySet = FRAMES + ".filter(t => t.startsWith(':param key')).length";
            page.waitFor(keySet + " === 1", BROWSER_WAIT);
            page.evaluate(GUIDE + ".querySelectorAll('pre .fa-play-circle-o')[0].click()");
            page.waitFor(keySet + " === 2", BROWSER_WAIT);
            page.evaluate(GUIDE + ".querySelectorAll('pre .fa-play-circle-o')[1].click()");
            // The most active writer of seed 001 opened the thread with this comment.
            page.waitFor(FRAMES + ".some(t => t.startsWith('MATCH (w:Participant {key: $key})') "
                    + "&& t.includes('Mass supervision has nothing to do with probation'))", BROWSER_WAIT);
            page.screenshot(Path.of("target", "neo4j-browser-guide.png"));
        }
    }

    @Test
    @Order(7)
    void thePasswordIsInAPrivateFileAndNowhereElse() throws IOException {
        String password = password();
        Path file = Database.passwordFile(db);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(file.startsWith(db.toAbsolutePath()), file.toString());
        printed.add(Files.readString(serveLog));
        for (String text : printed) {
            assertFalse(text.contains(password), "printed: " + text);
        }
        try (Stream<Path> files = Files.walk(db)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains(password), f.toString());
            }
        }
    }

    private static String password() throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(Database.passwordFile(db))) {
            p.load(in);
        }
        return p.getProperty("password");
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
