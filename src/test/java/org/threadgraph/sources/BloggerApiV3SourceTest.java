package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.sources.BloggerFixtures.PROBATION;
import static org.threadgraph.sources.BloggerFixtures.fixture;
import static org.threadgraph.sources.BloggerFixtures.read;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

class BloggerApiV3SourceTest {

    private final BloggerApiV3Source source = new BloggerApiV3Source();

    @Test
    void readsCommentList() throws Exception {
        List<PostThread> threads = read(source, fixture("api-v3-comments.json"), PROBATION);
        assertEquals(1, threads.size());
        PostThread t = threads.get(0);
        assertEquals("blogger-api-v3", t.report().format());
        assertEquals("probationmatters.blogspot.com", t.blog().key());
        assertEquals(BloggerFixtures.BLOG_ID, t.blog().bloggerId());
        assertEquals("7800000000000000001", t.post().id());
        Map<String, Comment> cs = BloggerFixtures.byId(threads);
        assertEquals(4, cs.size());
        assertFalse(cs.containsKey("7810000000000000005"), "spam skipped");
        assertTrue(t.report().warnings().contains("skipped comments: 1 with status spam"), t.report().warnings().toString());
        assertEquals(List.of("1", "1.1", "1.2", "2"), t.comments().stream().map(Comment::label).toList());
        assertEquals("7810000000000000001", cs.get("7810000000000000002").parentId());
        assertTrue(cs.get("7810000000000000003").removed(), "status emptied");
        assertEquals(Instant.parse("2019-11-30T08:11:02.120Z"), cs.get("7810000000000000001").published());
        assertEquals("08:11", cs.get("7810000000000000001").clock());
        assertEquals(BloggerFixtures.OWNER, cs.get("7810000000000000004").author().profileUrl());
    }

    @Test
    void pagedListIsNotNumbered() throws Exception {
        String paged = Files.readString(fixture("api-v3-comments.json"))
                .replace("\"kind\": \"blogger#commentList\",", "\"kind\": \"blogger#commentList\", \"nextPageToken\": \"CgkIFBDw\",");
        List<PostThread> out = new ArrayList<>();
        source.read(SourceDocument.ofString("page1.json", paged, PROBATION), out::add);
        assertTrue(out.get(0).comments().stream().allMatch(c -> c.label() == null && c.position() == 0));
    }

    @Test
    void emptyListIsAnError() {
        SourceException e = assertThrows(SourceException.class, () -> source.read(
                SourceDocument.ofString("empty.json", "{\"kind\":\"blogger#commentList\"}", PROBATION), t -> { }));
        assertTrue(e.getMessage().startsWith("empty.json: "), e.getMessage());
    }
}
