package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

/**
 * The property every fuzz test checks: a parser given any bytes either hands back well-formed
 * threads or throws a {@link SourceException} naming the input; any other exception or error is a
 * finding, which Jazzer saves as a regression input.
 */
final class ParserFuzzing {

    static final String ORIGIN = "fuzz-input";
    private static final SourceOptions OPTIONS = new SourceOptions(Blog.ofUrl("probationmatters.blogspot.com"),
            SourceOptions.DEFAULT_ZONE);

    private ParserFuzzing() {
    }

    /** Reads the bytes (as UTF-8, malformed sequences replaced) with the source and checks the outcome. */
    static void readOrRefuse(ThreadSource source, byte[] data) {
        SourceDocument document = SourceDocument.ofString(ORIGIN, new String(data, StandardCharsets.UTF_8), OPTIONS);
        String head;
        try {
            head = document.head();
        } catch (SourceException e) {
            assertTrue(e.getMessage().startsWith(ORIGIN), e.getMessage());
            return;
        }
        source.accepts(head);
        try {
            source.read(document, ParserFuzzing::check);
        } catch (SourceException e) {
            assertTrue(e.getMessage().startsWith(ORIGIN + ":"), e.getMessage());
        }
    }

    private static void check(PostThread thread) {
        assertNotNull(thread.post().id());
        for (Comment c : thread.comments()) {
            assertTrue(!c.id().isBlank(), "blank comment id");
            assertNotNull(c.postId());
        }
    }
}
