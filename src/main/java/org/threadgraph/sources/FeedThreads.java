package org.threadgraph.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/**
 * Turns a feed page into threads: one per post it mentions. A post's comments are numbered like
 * the post page ("5", "5.2") only when the page holds all of them (it starts at entry 1 and
 * {@code openSearch:totalResults} is no more than its comments); otherwise position 0, no label.
 */
final class FeedThreads {

    private static final String COMMENTS_ON = "Comments on ";

    private FeedThreads() {
    }

    /** Returns the threads of a page, posts-feed entries first, then comments grouped by post. */
    static List<PostThread> of(FeedPage page, SourceOptions options) {
        List<String> pageWarnings = new ArrayList<>();
        Blog blog = blog(page, options, pageWarnings);
        FeedComments.Owner owner = new FeedComments.Owner();
        for (FeedEntry.Person a : page.authors()) {
            owner.add(a.name(), a.uri());
        }
        String feedPostId = page.postId();
        List<PostThread> out = new ArrayList<>();
        Map<String, List<Comment>> byPost = new LinkedHashMap<>();
        if (feedPostId != null) {
            byPost.put(feedPostId, new ArrayList<>());
        }
        int commentEntries = 0;
        for (FeedEntry e : page.entries()) {
            if (!FeedComments.isComment(e)) {
                PostThread post = postEntry(page, e, blog, options);
                if (post != null) {
                    out.add(post);
                } else {
                    pageWarnings.add(place(e) + ": entry is neither a comment nor a post; skipped");
                }
                continue;
            }
            commentEntries++;
            Comment c = FeedComments.toComment(e, feedPostId, owner, options.zone(), pageWarnings);
            if (c != null) {
                byPost.computeIfAbsent(c.postId(), k -> new ArrayList<>()).add(c);
            }
        }
        int start = page.startIndex().orElse(1);
        Integer total = page.totalResults().isPresent() ? page.totalResults().getAsInt() : null;
        boolean onePost = byPost.size() == 1;
        boolean complete = feedPostId != null && onePost && start == 1 && total != null && total <= commentEntries;
        String[] titles = titles(page.title(), blog.title());
        for (Map.Entry<String, List<Comment>> group : byPost.entrySet()) {
            List<String> warnings = new ArrayList<>(pageWarnings);
            pageWarnings.clear();
            List<Comment> comments = group.getValue();
            if (complete) {
                comments = Threading.numberByPublished(comments, warnings);
            } else if (group.getKey().equals(feedPostId)) {
                warnings.add("feed page holds comments " + start + "–" + (start + commentEntries - 1)
                        + (total != null ? " of " + total : "") + "; positions and labels left unknown");
            }
            Post post;
            if (group.getKey().equals(feedPostId)) {
                post = new Post(feedPostId, blog.key(), BloggerIds.permalink(page.alternateUrl()), titles[1], null, null,
                        null, null, null);
            } else {
                post = Post.stub(group.getKey(), blog.key());
            }
            out.add(new PostThread(blog, post, comments, List.of(),
                    new SourceReport(page.origin(), page.format(), warnings)));
        }
        if (!pageWarnings.isEmpty() && !out.isEmpty()) {
            PostThread last = out.remove(out.size() - 1);
            List<String> w = new ArrayList<>(last.report().warnings());
            w.addAll(pageWarnings);
            out.add(new PostThread(last.blog(), last.post(), last.comments(), last.quotes(),
                    new SourceReport(last.report().origin(), last.report().format(), w)));
        }
        return out;
    }

    private static PostThread postEntry(FeedPage page, FeedEntry e, Blog blog, SourceOptions options) {
        String postId = BloggerIds.afterPost(e.id());
        if (postId == null) {
            return null;
        }
        List<String> warnings = new ArrayList<>();
        Instant published = Clocks.published(e.published(), "post " + postId, warnings);
        FeedEntry.Person a = e.author();
        Post post = new Post(postId, blog.key(), BloggerIds.permalink(e.link("alternate", "text/html")), e.title(),
                published == null ? null : published.atZone(options.zone()).toLocalDate(), published,
                e.contentHtml() == null ? null : HtmlText.ofHtml(e.contentHtml()), a == null ? null : a.name(),
                e.total());
        return new PostThread(blog, post, List.of(), List.of(), new SourceReport(page.origin(), page.format(), warnings));
    }

    /** Returns the blog: the host of the feed's page, its id, its title; else the user's blog. */
    static Blog blog(FeedPage page, SourceOptions options, List<String> warnings) {
        String host = BloggerIds.host(page.alternateUrl());
        if (host == null) {
            for (FeedEntry e : page.entries()) {
                host = BloggerIds.host(e.link("alternate", null));
                if (host != null) {
                    break;
                }
            }
        }
        String title = titles(page.title(), options.blog().title())[0];
        if (page.postId() == null && page.commentPostIds().isEmpty()) {
            title = page.title(); // a posts feed is titled with the blog's name
        }
        return blog(host, title, page.blogId(), options, warnings);
    }

    /** Returns the blog of a host (or the user's blog when there is none) with title and id filled. */
    static Blog blog(String host, String title, String bloggerId, SourceOptions options, List<String> warnings) {
        Blog given = options.blog();
        if (host == null) {
            if (Blog.UNKNOWN_KEY.equals(given.key())) {
                warnings.add("the document names no blog host; filed under '" + given.key()
                        + "' (name the blog in the options)");
            }
            return new Blog(given.key(), given.url(), given.title() != null ? given.title() : title,
                    given.bloggerId() != null ? given.bloggerId() : bloggerId);
        }
        Blog found = Blog.ofUrl(host);
        found = new Blog(found.key(), found.url(), title, bloggerId);
        return found.key().equals(given.key()) ? found.fillFrom(given) : found;
    }

    /**
     * Splits "Comments on BLOG: TITLE" into blog and post title, at the known blog title when given,
     * else at the first ": ". Returns nulls for parts it cannot tell.
     */
    static String[] titles(String feedTitle, String knownBlogTitle) {
        if (feedTitle == null || !feedTitle.startsWith(COMMENTS_ON)) {
            return new String[] {null, null};
        }
        String rest = feedTitle.substring(COMMENTS_ON.length());
        if (knownBlogTitle != null && rest.startsWith(knownBlogTitle + ": ")) {
            return new String[] {knownBlogTitle, rest.substring(knownBlogTitle.length() + 2)};
        }
        int colon = rest.indexOf(": ");
        if (colon < 0) {
            return new String[] {rest, null};
        }
        return new String[] {rest.substring(0, colon), rest.substring(colon + 2)};
    }

    private static String place(FeedEntry e) {
        return e.place();
    }
}
