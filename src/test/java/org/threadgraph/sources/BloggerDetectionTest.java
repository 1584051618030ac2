package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threadgraph.model.PostThread;

/** Format detection goes by content: every fixture is renamed to a neutral name before detection. */
class BloggerDetectionTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of("fixture", "threaded-server.html", "blogger-html", "blogger-html"),
                Arguments.of("fixture", "scripted.html", "blogger-html", "blogger-html-js"),
                Arguments.of("fixture", "legacy.html", "blogger-html", "blogger-html-legacy"),
                Arguments.of("fixture", "comments-p1.atom", "blogger-feed-atom", "blogger-feed-atom"),
                Arguments.of("fixture", "comments-p2.atom", "blogger-feed-atom", "blogger-feed-atom"),
                Arguments.of("fixture", "posts.atom", "blogger-feed-atom", "blogger-feed-atom"),
                Arguments.of("fixture", "comments.json", "blogger-feed-json", "blogger-feed-json"),
                Arguments.of("fixture", "comments.jsonp", "blogger-feed-json", "blogger-feed-json"),
                Arguments.of("fixture", "posts.json", "blogger-feed-json", "blogger-feed-json"),
                Arguments.of("fixture", "export.xml", "blogger-export", "blogger-export"),
                Arguments.of("fixture", "takeout-feed.atom", "blogger-takeout", "blogger-takeout"),
                Arguments.of("fixture", "api-v3-comments.json", "blogger-api-v3", "blogger-api-v3"),
                Arguments.of("seed", "seed000.html", "blogger-html", "blogger-html"),
                Arguments.of("seed", "seed001-comments-p1.json", "blogger-feed-json", "blogger-feed-json"));
    }

    static Stream<Arguments> damaged() {
        return Stream.of(
                Arguments.of("damaged-truncated.json", "blogger-feed-json", "line \\d+: not JSON: Unexpected end-of-input.*"),
                Arguments.of("damaged-no-post.html", "blogger-html", "no comments section and no post body.*"),
                Arguments.of("damaged-doctype.atom", "blogger-feed-atom", "line 2: DOCTYPE declarations are not allowed.*"),
                Arguments.of("damaged-truncated-export.xml", "blogger-export", "line \\d+: not well-formed XML: .*"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("readable")
    void detectsByContent(String kind, String name, String source, String reported) throws Exception {
        Path original = kind.equals("seed") ? BloggerFixtures.seed(name) : BloggerFixtures.fixture(name);
        Path renamed = Files.copy(original, tmp.resolve("input.dat"));
        SourceDocument doc = BloggerFixtures.doc(renamed);
        ThreadSource detected = Sources.detect(doc);
        assertEquals(source, detected.format());
        List<PostThread> out = new ArrayList<>();
        detected.read(doc, out::add);
        assertTrue(!out.isEmpty());
        assertTrue(out.stream().allMatch(t -> t.report().format().equals(reported)
                && t.report().origin().equals(renamed.toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void damagedInputGivesErrorNamingTheFile(String name, String source, String message) throws Exception {
        Path renamed = Files.copy(BloggerFixtures.fixture(name), tmp.resolve("broken.dat"));
        SourceDocument doc = BloggerFixtures.doc(renamed);
        ThreadSource detected = Sources.detect(doc);
        assertEquals(source, detected.format());
        SourceException e = assertThrows(SourceException.class, () -> detected.read(doc, t -> { }));
        String expected = java.util.regex.Pattern.quote(renamed.toString()) + ": " + message;
        assertTrue(e.getMessage().matches(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n\tat "), "no stack trace in the message");
    }
}
