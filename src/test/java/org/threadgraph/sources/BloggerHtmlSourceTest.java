package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadgraph.sources.BloggerFixtures.OWNER;
import static org.threadgraph.sources.BloggerFixtures.PROBATION;
import static org.threadgraph.sources.BloggerFixtures.fixture;
import static org.threadgraph.sources.BloggerFixtures.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;

class BloggerHtmlSourceTest {

    private final BloggerHtmlSource source = new BloggerHtmlSource();

    @Test
    void readsServerRenderedThreadedPage() throws Exception {
        List<PostThread> threads = read(source, fixture("threaded-server.html"), SourceOptions.defaults());
        assertEquals(1, threads.size());
        PostThread t = threads.get(0);
        assertEquals("blogger-html", t.report().format());
        assertEquals(List.of(), t.report().warnings());
        assertEquals("probationmatters.blogspot.com", t.blog().key());
        assertEquals("On Probation", t.blog().title());
        assertEquals(BloggerFixtures.BLOG_ID, t.blog().bloggerId());

        Post p = t.post();
        assertEquals("7100000000000000001", p.id());
        assertEquals("https://probationmatters.blogspot.com/2022/07/probation-treadmill-fixture.html", p.url());
        assertEquals("The Probation Treadmill", p.title());
        assertEquals(LocalDate.of(2022, 7, 3), p.date());
        assertEquals(Instant.parse("2022-07-03T05:45:00Z"), p.published());
        assertEquals("Jim Brown", p.authorName());
        assertEquals(7, p.declaredCommentCount());
        assertTrue(p.bodyText().startsWith("I notice that Russell Webster"));
        assertTrue(p.bodyText().contains("European Journal of Probation.\n\nRunning on the treadmill"));

        List<Comment> cs = t.comments();
        assertEquals(7, cs.size());
        assertEquals(List.of("1", "2", "2.1", "2.2", "3", "3.1", "4"), cs.stream().map(Comment::label).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), cs.stream().map(Comment::position).toList());

        Comment first = cs.get(0);
        assertEquals("7110000000000000001", first.id());
        assertEquals("7100000000000000001", first.postId());
        assertNull(first.parentId());
        assertTrue(first.author().isAnonymous());
        assertEquals(Instant.parse("2022-07-03T08:14:39.261Z"), first.published());
        assertEquals("09:14", first.clock()); // "July 3, 2022 at 9:14 AM"
        assertEquals("Mass supervision has nothing to do with probation in my view.\n"
                + "Mass supervision is the knot weed that's strangled probation services.", first.text());
        assertEquals(1.0, first.boundaryConfidence());

        Comment profile = cs.get(1);
        assertEquals("Getafix", profile.author().displayName());
        assertEquals("https://www.blogger.com/profile/17100000000000000042", profile.author().profileUrl());
        assertFalse(profile.author().blogAuthor());
        assertEquals("More “research” telling us things we already know. Who needs this misinformation?\n\n'Getafix",
                profile.text());

        Comment owner = cs.get(2);
        assertEquals("7110000000000000002", owner.parentId());
        assertTrue(owner.author().blogAuthor());
        assertEquals(OWNER, owner.author().profileUrl());

        Comment removed = cs.get(3);
        assertTrue(removed.removed());
        assertEquals("This comment has been removed by the author.", removed.text());
        assertEquals("7110000000000000002", removed.parentId());

        assertEquals("15:33", cs.get(4).clock()); // 3:33 PM
        assertEquals("7110000000000000005", cs.get(5).parentId());
        assertEquals("00:05", cs.get(6).clock()); // July 4, 2022 at 12:05 AM
        assertEquals(Instant.parse("2022-07-03T23:05:15.013Z"), cs.get(6).published());
    }

    @Test
    void readsPageSavedAfterBloggersScriptRan() throws Exception {
        PostThread t = read(source, fixture("scripted.html"), SourceOptions.defaults()).get(0);
        assertEquals("blogger-html-js", t.report().format());
        assertEquals("7200000000000000001", t.post().id());
        assertEquals(LocalDate.of(2020, 1, 12), t.post().date());
        List<Comment> cs = t.comments();
        assertEquals(List.of("7210000000000000001", "7210000000000000002", "7210000000000000003",
                "7210000000000000004", "7210000000000000005"), cs.stream().map(Comment::id).toList());
        assertEquals(List.of("1", "1.1", "2", "2.1", "3"), cs.stream().map(Comment::label).toList());
        assertEquals("7210000000000000001", cs.get(1).parentId());
        assertEquals("7210000000000000003", cs.get(3).parentId());
        assertTrue(cs.get(3).author().blogAuthor(), "cite.user.blog-author marks the owner");
        assertEquals("Jim Brown", cs.get(3).author().displayName());
        assertEquals("20:30", cs.get(3).clock());
        assertEquals(Instant.parse("2020-01-12T20:30:12.381Z"), cs.get(3).published());
        assertEquals("How long has Jim's blog been going.\nHow many times have we been saying the same thing over "
                + "and over again.", cs.get(4).text());
    }

    @Test
    void readsLegacyFlatList() throws Exception {
        PostThread t = read(source, fixture("legacy.html"), SourceOptions.defaults()).get(0);
        assertEquals("blogger-html-legacy", t.report().format());
        assertEquals(List.of(), t.report().warnings());
        assertEquals(6, t.post().declaredCommentCount());
        List<Comment> cs = t.comments();
        assertEquals(6, cs.size());
        assertTrue(cs.stream().allMatch(c -> c.parentId() == null));
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), cs.stream().map(Comment::label).toList());
        assertEquals("Anonymous", cs.get(0).author().displayName());
        assertTrue(cs.get(0).author().isAnonymous());
        assertEquals("Netnanny", cs.get(1).author().displayName());
        assertEquals("https://www.blogger.com/profile/17300000000000000077", cs.get(1).author().profileUrl());
        assertEquals("13:15", cs.get(2).clock());
        assertTrue(cs.get(3).removed());
        assertEquals("This comment has been removed by a blog administrator.", cs.get(3).text());
        assertTrue(cs.get(4).author().blogAuthor());
        assertEquals("So true annon@ 13:15\nIncorporated within TR was money for resettlement prisons and through "
                + "the gate programmes.", cs.get(5).text());
        assertEquals(Instant.parse("2018-08-13T15:45:09Z"), cs.get(5).published());
    }

    @Test
    void warnsWhenHeaderCountDiffersAndLoadMoreIsShown() throws Exception {
        String page = """
                <!DOCTYPE html><html><head><link href='https://example.blogspot.com/2020/01/x.html' rel='canonical'/>
                <title>Example: X</title></head><body>
                <h2 class='date-header'><span>Sunday 12 January 2020</span></h2>
                <div class='post hentry'><meta content='11' itemprop='blogId'/><meta content='22' itemprop='postId'/>
                <h3 class='post-title entry-title'>X</h3><div class='post-body entry-content' id='post-body-22'>Body</div></div>
                <div class='comments' id='comments'><h4>250 comments:</h4><div id='comment-holder'>
                <div class="comment-thread toplevel-thread"><ol id="top-ra">
                <li class="comment" id="c33"><div class="comment-block"><div class="comment-header"><cite class="user">Anonymous</cite>
                <span class="datetime secondary-text"><a href="https://example.blogspot.com/2020/01/x.html">12 January 2020 at 10:00</a></span></div>
                <p class="comment-content">Hello</p></div></li></ol>
                <div class="loadmore" data-post-id="22"><a>Load more...</a></div></div></div></div></body></html>""";
        List<PostThread> out = new ArrayList<>();
        source.read(SourceDocument.ofString("x.html", page, SourceOptions.defaults()), out::add);
        PostThread t = out.get(0);
        assertEquals("example.blogspot.com", t.blog().key());
        assertEquals("Example", t.blog().title());
        Comment c = t.comments().get(0);
        assertEquals("33", c.id());
        assertNull(c.published(), "no showComment in the link");
        assertEquals("10:00", c.clock());
        List<String> w = t.report().warnings();
        assertTrue(w.stream().anyMatch(s -> s.contains("says 250 comments, the page shows 1")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("Load more")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.startsWith("comment 33: no showComment")), w.toString());
    }

    @Test
    void readsArchivePageWithSeveralPostsAsSeveralThreads() throws Exception {
        String page = """
                <html><head><title>Example</title></head><body>
                <div class='date-outer'><h2 class='date-header'><span>Monday, 3 February 2020</span></h2>
                <div class='post hentry'><meta content='11' itemprop='blogId'/><meta content='22' itemprop='postId'/>
                <h3 class='post-title'><a href='https://example.blogspot.com/2020/02/a.html'>A</a></h3>
                <div class='post-body' id='post-body-22'>Body A</div></div></div>
                <div class='date-outer'><h2 class='date-header'><span>Sunday, 2 February 2020</span></h2>
                <div class='post hentry'><meta content='11' itemprop='blogId'/><meta content='23' itemprop='postId'/>
                <h3 class='post-title'><a href='https://example.blogspot.com/2020/02/b.html'>B</a></h3>
                <div class='post-body' id='post-body-23'>Body B</div></div></div></body></html>""";
        List<PostThread> out = new ArrayList<>();
        source.read(SourceDocument.ofString("archive.html", page, SourceOptions.defaults()), out::add);
        assertEquals(2, out.size());
        assertEquals("22", out.get(0).post().id());
        assertEquals(LocalDate.of(2020, 2, 3), out.get(0).post().date());
        assertEquals("https://example.blogspot.com/2020/02/b.html", out.get(1).post().url());
        assertEquals(LocalDate.of(2020, 2, 2), out.get(1).post().date());
    }

    @Test
    void fillsBlogFromOptionsWhenThePageNamesNoHost() throws Exception {
        String page = "<html><body><div class='post'><meta content='22' itemprop='postId'/>"
                + "<h3 class='post-title'>T</h3><div class='post-body'>B</div></div></body></html>";
        List<PostThread> out = new ArrayList<>();
        source.read(SourceDocument.ofString("saved.html", page, PROBATION), out::add);
        assertEquals("probationmatters.blogspot.com", out.get(0).blog().key());
        assertEquals("22", out.get(0).post().id());
    }

    @Test
    void pageWithoutPostOrCommentsIsAnErrorNamingTheFile() {
        SourceException e = assertThrows(SourceException.class,
                () -> read(source, fixture("damaged-no-post.html"), SourceOptions.defaults()));
        assertTrue(e.getMessage().contains("damaged-no-post.html: no comments section and no post body"), e.getMessage());
    }

    @Test
    void commentsAreKeyedByIdAcrossShapes() throws Exception {
        Map<String, Comment> all = BloggerFixtures.byId(read(source, fixture("threaded-server.html"), PROBATION));
        assertEquals("2.2", all.get("7110000000000000004").label());
    }
}
