package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.sources.BloggerFixtures.fixture;
import static org.threadgraph.sources.BloggerFixtures.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;

class BloggerExportSourceTest {

    private static final String A = "7600000000000000001";
    private static final String B = "7600000000000000002";

    @Test
    void readsPostsAndCommentsSkippingTemplateSettingsPagesAndDrafts() throws Exception {
        List<PostThread> threads = read(new BloggerExportSource(), fixture("export.xml"), SourceOptions.defaults());
        assertEquals(4, threads.size(), "two post entries, then one comment chunk holding both posts' comments");
        assertTrue(threads.stream().allMatch(t -> t.report().format().equals("blogger-export")));
        assertTrue(threads.stream().allMatch(t -> t.blog().key().equals("probationmatters.blogspot.com")));
        assertEquals(BloggerFixtures.BLOG_ID, threads.get(0).blog().bloggerId());
        assertEquals("On Probation", threads.get(0).blog().title());

        Post b = threads.get(0).post();
        assertEquals(B, b.id());
        assertEquals("The Probation Treadmill", b.title());
        assertEquals("https://probationmatters.blogspot.com/2022/07/treadmill-again-fixture.html", b.url());
        assertEquals(LocalDate.of(2022, 7, 3), b.date());
        assertEquals(3, b.declaredCommentCount());
        Post a = threads.get(1).post();
        assertEquals(A, a.id());
        assertEquals(Instant.parse("2016-02-23T07:05:00Z"), a.published());
        assertTrue(a.bodyText().startsWith("Today sees the launch of an important piece of research"));

        Map<String, Comment> cs = BloggerFixtures.byId(threads);
        assertEquals(8, cs.size(), "the comment on the About page is skipped");
        Comment reply = cs.get("7610000000000000003");
        assertEquals(A, reply.postId());
        assertEquals("7610000000000000002", reply.parentId());
        assertEquals("2.1", reply.label());
        assertEquals("22:31", reply.clock());
        Comment owner = cs.get("7610000000000000004");
        assertTrue(owner.author().blogAuthor());
        assertEquals("2.2", owner.label());
        assertNull(cs.get("7620000000000000003").parentId());
        assertEquals("2", cs.get("7620000000000000003").label());
        assertEquals("1.1", cs.get("7620000000000000002").label());

        List<String> summary = threads.get(threads.size() - 1).report().warnings();
        assertTrue(summary.contains("skipped 1 × draft post, 1 × page entry, 2 × settings entry, 1 × template entry"),
                summary.toString());
        assertTrue(summary.contains("skipped 1 comments on drafts or pages"), summary.toString());
        assertTrue(summary.contains("read 2 posts and 8 comments"), summary.toString());
    }

    @Test
    void emitsCommentsInBoundedChunks() throws Exception {
        List<PostThread> threads = read(new BloggerExportSource(2), fixture("export.xml"), SourceOptions.defaults());
        // entries: post B, post A, then comments newest first: B B | B A | A A | A A
        assertEquals(7, threads.size());
        List<PostThread> chunks = threads.subList(2, threads.size());
        assertTrue(chunks.stream().allMatch(t -> t.comments().size() <= 2));
        assertTrue(chunks.stream().allMatch(t -> t.post().title() == null), "comment chunks carry stub posts");
        assertEquals(List.of(B, B, A, A, A), chunks.stream().map(t -> t.post().id()).toList());
        Map<String, Comment> cs = BloggerFixtures.byId(threads);
        assertEquals(8, cs.size());
        assertEquals("2.2", cs.get("7610000000000000004").label(), "numbering survives chunking");
    }

    @Test
    void truncatedExportIsAnErrorBeforeAnythingIsEmitted() {
        List<PostThread> out = new java.util.ArrayList<>();
        SourceException e = assertThrows(SourceException.class, () -> new BloggerExportSource().read(
                BloggerFixtures.doc(fixture("damaged-truncated-export.xml")), out::add));
        assertTrue(e.getMessage().matches(".*damaged-truncated-export\\.xml: line \\d+: not well-formed XML: .*"),
                e.getMessage());
        assertEquals(List.of(), out);
    }

    @Test
    void exportWithoutPostsOrCommentsIsAnError() {
        String empty = "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                + "<id>tag:blogger.com,1999:blog-1.archive</id><entry><id>tag:blogger.com,1999:blog-1.layout</id>"
                + "<category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#template'/>"
                + "</entry></feed>";
        SourceException e = assertThrows(SourceException.class, () -> new BloggerExportSource().read(
                SourceDocument.ofString("empty.xml", empty, SourceOptions.defaults()), t -> { }));
        assertTrue(e.getMessage().startsWith("empty.xml: the export holds no published posts or comments"), e.getMessage());
    }

    @Test
    void exportWithDoctypeIsRefused() {
        String evil = "<?xml version='1.0'?>\n<!DOCTYPE feed [<!ENTITY a 'aaaa'>]>\n<feed xmlns='http://www.w3.org/2005/Atom'>"
                + "<id>tag:blogger.com,1999:blog-1.archive</id><title>&a;</title></feed>";
        SourceException e = assertThrows(SourceException.class, () -> new BloggerExportSource().read(
                SourceDocument.ofString("evil.xml", evil, SourceOptions.defaults()), t -> { }));
        assertTrue(e.getMessage().startsWith("evil.xml: line 2: DOCTYPE"), e.getMessage());
    }
}
