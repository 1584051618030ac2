package org.threadgraph.sources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;

/**
 * Reads the comments of a Blogger post page in its three shapes: threaded as the server renders
 * it ({@code li.comment#cID}, replies nested in {@code div#cID-rt > ol#cID-ra}), the same after
 * Blogger's script ran ({@code bc_0_} ids, the comment id on {@code div.comment-block#cID}), and the
 * legacy flat list ({@code dl#comments-block} of dt/dd).
 */
final class HtmlComments {

    /** Format name of server-rendered threaded comments. */
    static final String THREADED = "blogger-html";
    /** Format name of threaded comments saved after Blogger's script rewrote them. */
    static final String SCRIPTED = "blogger-html-js";
    /** Format name of the legacy, non-threaded comment list. */
    static final String LEGACY = "blogger-html-legacy";

    private static final Set<String> SAID = Set.of("said", "says", "wrote", "dijo", "disse", "a dit", "schrieb",
            "ha detto", "zei", "skrev", "sa", "napisał", "napísal", "napsal", "sagte", "écrit");

    private HtmlComments() {
    }

    /** Returns the part of the page that holds the comments: {@code #comments}, else the page. */
    static Element scope(Document page) {
        Element comments = page.selectFirst("#comments");
        return comments != null ? comments : page;
    }

    /** Returns true when the page has any comments markup (a section, a holder or comments). */
    static boolean present(Document page) {
        return page.selectFirst("#comments, #comment-holder, li.comment, dl#comments-block, dt.comment-author") != null;
    }

    /** Returns the format of the page's comments, told by their markup. */
    static String variant(Element scope) {
        boolean threaded = scope.selectFirst("li.comment, #comment-holder, .comment-thread") != null;
        if (!threaded && scope.selectFirst("dl#comments-block, dt.comment-author") != null) {
            return LEGACY;
        }
        if (scope.selectFirst("[id^=bc_0_]") != null) {
            return SCRIPTED;
        }
        Elements items = scope.select("li.comment");
        if (!items.isEmpty() && items.stream().noneMatch(li -> BloggerIds.fromElementId(li.id()) != null)
                && scope.selectFirst("div.comment-block[id^=c]") != null) {
            return SCRIPTED;
        }
        return THREADED;
    }

    /** Returns the threaded comments (server-rendered or scripted) in page order, numbered. */
    static List<Comment> threaded(Element scope, String postId, SourceOptions options, List<String> warnings) {
        List<Comment> comments = new ArrayList<>();
        int index = 0;
        for (Element li : scope.select("li.comment")) {
            index++;
            String id = threadedId(li);
            if (id == null) {
                warnings.add("comment " + index + " on the page: no comment id found; skipped");
                continue;
            }
            Element parentLi = li.parent() == null ? null : li.parent().closest("li.comment");
            String parentId = parentLi == null ? null : threadedId(parentLi);
            Element cite = first(own(li, "cite.user"), own(li, ".comment-header cite"));
            boolean owner = (cite != null && cite.hasClass("blog-author")) || !own(li, ".blog-author").isEmpty();
            Author author = author(cite, owner);
            Element stamp = first(own(li, ".datetime a[href]"), own(li, ".comment-timestamp a[href]"),
                    own(li, "a[href*=showComment]"));
            Element body = first(own(li, ".comment-content"));
            comments.add(comment(id, postId, parentId, author, stamp, body, options, warnings));
        }
        return Threading.numberInPageOrder(comments, warnings);
    }

    /** Returns the legacy flat comments in page order, numbered "1", "2", …. */
    static List<Comment> legacy(Element scope, String postId, SourceOptions options, List<String> warnings) {
        Element list = scope.selectFirst("dl#comments-block");
        Elements dts = list != null ? list.select("dt.comment-author, dt[id^=c]") : scope.select("dt.comment-author");
        List<Comment> comments = new ArrayList<>();
        int index = 0;
        for (Element dt : dts) {
            index++;
            Element body = null;
            Element footer = null;
            for (Element s = dt.nextElementSibling(); s != null && !s.normalName().equals("dt");
                 s = s.nextElementSibling()) {
                if (s.hasClass("comment-footer")) {
                    footer = s;
                } else if (s.hasClass("comment-body") || (body == null && s.normalName().equals("dd"))) {
                    body = s;
                }
            }
            Element stamp = footer == null ? null
                    : first(footer.select(".comment-timestamp a[href]"), footer.select("a[href*=showComment]"));
            String id = BloggerIds.fromElementId(dt.id());
            if (id == null) {
                Element anchor = dt.selectFirst("a[name^=c]");
                id = anchor == null ? null : BloggerIds.fromElementId(anchor.attr("name"));
            }
            if (id == null && stamp != null) {
                id = BloggerIds.anchorCommentId(stamp.attr("href"));
            }
            if (id == null) {
                warnings.add("comment " + index + " on the page: no comment id found; skipped");
                continue;
            }
            comments.add(comment(id, postId, null, legacyAuthor(dt), stamp, body, options, warnings));
        }
        return Threading.numberInPageOrder(comments, warnings);
    }

    private static Comment comment(String id, String postId, String parentId, Author author, Element stamp,
                                   Element body, SourceOptions options, List<String> warnings) {
        Instant published = null;
        String clock = null;
        if (stamp != null) {
            Long ms = BloggerIds.showCommentMillis(stamp.attr("href"));
            published = ms == null ? null : Clocks.plausible(Instant.ofEpochMilli(ms), "comment " + id,
                    "showComment=" + ms + " (" + Instant.ofEpochMilli(ms) + ")", warnings);
            clock = Clocks.parse(stamp.text());
        }
        if (published == null && (stamp == null || BloggerIds.showCommentMillis(stamp.attr("href")) == null)) {
            warnings.add("comment " + id + ": no showComment time in its link; publication time unknown");
        }
        if (clock == null) {
            clock = Clocks.of(published, options.zone());
        }
        String text = HtmlText.of(body);
        boolean removed = (body != null && body.selectFirst(".deleted-comment") != null) || HtmlText.isRemovedNotice(text);
        if (body == null) {
            warnings.add("comment " + id + ": no comment text found");
        }
        return new Comment(id, postId, parentId, 0, null, author, published, clock, text, removed, 1.0);
    }

    private static String threadedId(Element li) {
        String id = BloggerIds.fromElementId(li.id());
        if (id != null) {
            return id;
        }
        for (Element block : own(li, "div.comment-block[id^=c], [id^=c]")) {
            id = BloggerIds.fromElementId(block.id());
            if (id != null) {
                return id;
            }
        }
        Element stamp = first(own(li, ".datetime a[href]"), own(li, "a[href*=showComment]"));
        id = stamp == null ? null : BloggerIds.anchorCommentId(stamp.attr("href"));
        if (id != null) {
            return id;
        }
        Element delete = first(own(li, "a[href*=delete-comment.g]"));
        return delete == null ? null : BloggerIds.queryId(delete.attr("href"), "postID");
    }

    private static Author author(Element cite, boolean owner) {
        if (cite == null) {
            return Author.UNATTRIBUTED;
        }
        Element link = cite.selectFirst("a[href]");
        String name = cite.text().replace('\u00a0', ' ').strip();
        String url = link == null ? null : BloggerIds.profileUrl(link.attr("href"));
        return new Author(name.isEmpty() ? null : name, url, owner);
    }

    private static Author legacyAuthor(Element dt) {
        boolean owner = dt.hasClass("blog-author") || dt.selectFirst(".blog-author") != null;
        for (Element a : dt.select("a[href]")) {
            if (a.closest(".avatar-image-container") == null && !a.text().isBlank()) {
                return new Author(a.text().strip(), BloggerIds.profileUrl(a.attr("href")), owner);
            }
        }
        Element copy = dt.clone();
        copy.select(".avatar-image-container, img, a[name], script, style").remove();
        String name = stripSaid(copy.text().replace('\u00a0', ' ').strip());
        return new Author(name.isEmpty() ? null : name, null, owner);
    }

    /** Returns an author line without its trailing "said..." (or a translation). */
    static String stripSaid(String line) {
        String s = line.replaceFirst("\\s*(\\.\\.\\.|…|:)\\s*$", "").strip();
        String lower = s.toLowerCase();
        for (String said : SAID) {
            if (lower.endsWith(" " + said) || lower.equals(said)) {
                return s.substring(0, s.length() - said.length()).strip();
            }
        }
        return s;
    }

    /** Returns the elements matching the query whose nearest enclosing comment is this one. */
    private static Elements own(Element li, String css) {
        Elements out = new Elements();
        for (Element e : li.select(css)) {
            if (e != li && e.closest("li.comment") == li) {
                out.add(e);
            }
        }
        return out;
    }

    @SafeVarargs
    private static Element first(List<Element>... lists) {
        for (List<Element> l : lists) {
            if (!l.isEmpty()) {
                return l.get(0);
            }
        }
        return null;
    }
}
