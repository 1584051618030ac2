package org.threadgraph.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.threadgraph.model.PostThread;

/**
 * Holds one page of a Blogger GData feed, Atom or JSON: a post's comments feed
 * ({@code /feeds/POSTID/comments/default}), the blog's comments feed or its posts feed
 * ({@code /feeds/posts/default}). A crawler reads the paging links and the posts from it; the feed
 * sources turn it into {@link PostThread}s.
 *
 * <pre>{@code
 * FeedPage page = FeedPage.parse(url, body);            // Atom, JSON or JSONP, told apart by content
 * page.nextUrl().ifPresent(queue::add);                  // rel="next"
 * for (FeedPage.PostEntry p : page.posts()) {            // posts feed entries
 *     queue.add(p.commentsFeedUrl());
 * }
 * List<PostThread> threads = FeedPage.combine(pages).threads(options);
 * }</pre>
 */
public final class FeedPage {

    /** The format name of an Atom feed page. */
    public static final String ATOM = "blogger-feed-atom";
    /** The format name of a JSON (or JSONP) feed page. */
    public static final String JSON = "blogger-feed-json";

    /**
     * Describes one entry of a posts feed.
     *
     * @param postId          Blogger's post id
     * @param blogId          Blogger's blog id, or null
     * @param title           title, or null
     * @param permalink       the post's page ({@code link rel="alternate"}), or null
     * @param published       publication instant, or null
     * @param commentCount    {@code thr:total}, or null when the feed does not say
     * @param commentsFeedUrl the post's comments feed ({@code link rel="replies"} of Atom type), or null
     */
    public record PostEntry(String postId, String blogId, String title, String permalink, Instant published,
                            Integer commentCount, String commentsFeedUrl) {
    }

    private final String origin;
    private final String format;
    private final String feedId;
    private final String title;
    private final List<FeedEntry.Link> links;
    private final List<FeedEntry.Person> authors;
    private final Integer totalResults;
    private final Integer startIndex;
    private final Integer itemsPerPage;
    private final List<FeedEntry> entries;

    private FeedPage(String origin, String format, String feedId, String title, List<FeedEntry.Link> links,
                     List<FeedEntry.Person> authors, Integer totalResults, Integer startIndex, Integer itemsPerPage,
                     List<FeedEntry> entries) {
        this.origin = origin;
        this.format = format;
        this.feedId = feedId;
        this.title = title;
        this.links = List.copyOf(links);
        this.authors = List.copyOf(authors);
        this.totalResults = totalResults;
        this.startIndex = startIndex;
        this.itemsPerPage = itemsPerPage;
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses a feed page held in memory, Atom or JSON/JSONP as its content shows.
     *
     * @param origin URL or file the content came from, named in errors
     * @throws SourceException when the content is not a readable feed; the message names the origin and line
     */
    public static FeedPage parse(String origin, String content) throws SourceException {
        Objects.requireNonNull(content, "content");
        if (JsonText.looksLikeJson(content)) {
            return parseJson(origin, content);
        }
        return parseAtom(origin, new StringReader(content));
    }

    /** Parses a feed page document; see {@link #parse(String, String)}. */
    public static FeedPage parse(SourceDocument document) throws SourceException {
        if (JsonText.looksLikeJson(document.head())) {
            return parseJson(document.origin(), document.text());
        }
        try (Reader r = document.open()) {
            return parseAtom(document.origin(), r);
        } catch (IOException e) {
            throw TextFiles.unreadable(document.origin(), e);
        }
    }

    /**
     * Returns one page holding the entries of several pages of the same feed (duplicates dropped),
     * so that a crawler that fetched every page can have the comments numbered as the post page
     * numbers them.
     */
    public static FeedPage combine(List<FeedPage> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages");
        }
        FeedPage first = pages.get(0);
        Map<String, FeedEntry> byId = new LinkedHashMap<>();
        Integer start = null;
        for (FeedPage p : pages) {
            for (FeedEntry e : p.entries) {
                byId.putIfAbsent(e.id() != null ? e.id() : "#" + byId.size(), e);
            }
            if (p.startIndex != null) {
                start = start == null ? p.startIndex : Math.min(start, p.startIndex);
            }
        }
        List<FeedEntry.Link> links = new ArrayList<>();
        for (FeedEntry.Link l : first.links) {
            if (!"next".equals(l.rel())) {
                links.add(l);
            }
        }
        FeedPage last = pages.get(pages.size() - 1);
        for (FeedEntry.Link l : last.links) {
            if ("next".equals(l.rel())) {
                links.add(l);
            }
        }
        return new FeedPage(first.origin + (pages.size() > 1 ? " (+" + (pages.size() - 1) + " pages)" : ""),
                first.format, first.feedId, first.title, links, first.authors, last.totalResults, start,
                first.itemsPerPage, new ArrayList<>(byId.values()));
    }

    /** Returns the file or URL the page was read from. */
    public String origin() {
        return origin;
    }

    /** Returns {@value #ATOM} or {@value #JSON}. */
    public String format() {
        return format;
    }

    /** Returns the feed's id, e.g. {@code tag:blogger.com,1999:blog-B.postP..comments}, or null. */
    public String feedId() {
        return feedId;
    }

    /** Returns the feed's title, e.g. "Comments on On Probation: TR Is Crap Says Research", or null. */
    public String title() {
        return title;
    }

    /** Returns Blogger's blog id from the feed id or its links, or null. */
    public String blogId() {
        String id = BloggerIds.blogId(feedId);
        if (id == null) {
            id = BloggerIds.servicePostBlogId(link("self"));
        }
        return id;
    }

    /** Returns the post id when this is one post's comments feed, else null. */
    public String postId() {
        String id = BloggerIds.commentsFeedPostId(feedId);
        if (id == null && link("self") != null && link("self").contains("/comments/")) {
            id = BloggerIds.feedUrlPostId(link("self"));
        }
        return id;
    }

    /** Returns the page the feed belongs to ({@code link rel="alternate"}): the post's permalink or the blog. */
    public String alternateUrl() {
        return link("alternate");
    }

    /** Returns the URL of the next page ({@code link rel="next"}), or empty on the last page. */
    public Optional<String> nextUrl() {
        return Optional.ofNullable(link("next"));
    }

    /** Returns openSearch:totalResults, the number of entries in the whole feed, when given. */
    public OptionalInt totalResults() {
        return totalResults == null ? OptionalInt.empty() : OptionalInt.of(totalResults);
    }

    /** Returns openSearch:startIndex (1-based) of this page's first entry, when given. */
    public OptionalInt startIndex() {
        return startIndex == null ? OptionalInt.empty() : OptionalInt.of(startIndex);
    }

    /** Returns openSearch:itemsPerPage, when given. */
    public OptionalInt itemsPerPage() {
        return itemsPerPage == null ? OptionalInt.empty() : OptionalInt.of(itemsPerPage);
    }

    /** Returns how many entries this page holds. */
    public int entryCount() {
        return entries.size();
    }

    /** Returns the posts this page lists (a posts feed); empty for a comments feed. */
    public List<PostEntry> posts() {
        List<PostEntry> out = new ArrayList<>();
        for (FeedEntry e : entries) {
            if (FeedComments.isComment(e)) {
                continue;
            }
            String postId = BloggerIds.afterPost(e.id());
            if (postId == null) {
                continue;
            }
            String blog = BloggerIds.blogId(e.id());
            out.add(new PostEntry(postId, blog != null ? blog : blogId(), e.title(), e.link("alternate", "text/html"),
                    Clocks.plausibleOrNull(Clocks.instant(e.published())), e.total(), e.link("replies", "application/atom+xml")));
        }
        return out;
    }

    /** Returns the threads this page holds, one per post; see {@link FeedThreads}. */
    public List<PostThread> threads(SourceOptions options) {
        return FeedThreads.of(this, options);
    }

    List<FeedEntry> entries() {
        return entries;
    }

    List<FeedEntry.Person> authors() {
        return authors;
    }

    /** Returns the href of the first feed-level link with the rel, or null. */
    String link(String rel) {
        for (FeedEntry.Link l : links) {
            if (rel.equals(l.rel()) && l.href() != null) {
                return l.href();
            }
        }
        return null;
    }

    private static FeedPage parseJson(String origin, String text) throws SourceException {
        JsonNode root = JsonText.parse(origin, text);
        JsonNode feed = root.get("feed");
        if (feed == null || !feed.isObject()) {
            throw new SourceException(origin + ": JSON without a \"feed\" object; not a Blogger feed");
        }
        List<FeedEntry.Link> links = new ArrayList<>();
        for (JsonNode l : FeedEntry.list(feed.get("link"))) {
            links.add(new FeedEntry.Link(FeedEntry.str(l, "rel"), FeedEntry.str(l, "type"),
                    FeedEntry.str(l, "href"), FeedEntry.str(l, "title")));
        }
        List<FeedEntry.Person> authors = new ArrayList<>();
        for (JsonNode a : FeedEntry.list(feed.get("author"))) {
            authors.add(new FeedEntry.Person(FeedEntry.t(a.get("name")), FeedEntry.t(a.get("uri")), null));
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode e : FeedEntry.list(feed.get("entry"))) {
            entries.add(FeedEntry.ofJson(e, "feed.entry[" + entries.size() + "]"));
        }
        return new FeedPage(origin, JSON, FeedEntry.t(feed.get("id")), FeedEntry.t(feed.get("title")), links, authors,
                FeedEntry.integer(FeedEntry.t(feed.get("openSearch$totalResults"))),
                FeedEntry.integer(FeedEntry.t(feed.get("openSearch$startIndex"))),
                FeedEntry.integer(FeedEntry.t(feed.get("openSearch$itemsPerPage"))), entries);
    }

    private static FeedPage parseAtom(String origin, Reader reader) throws SourceException {
        try {
            XMLStreamReader r = SafeXml.open(reader);
            XmlNode feed = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw SafeXml.dtd(r);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!r.getLocalName().equals("feed")) {
                        throw new SourceException(origin + ": line " + r.getLocation().getLineNumber()
                                + ": root element <" + r.getLocalName() + "> is not an Atom <feed>");
                    }
                    feed = XmlNode.read(r);
                    break;
                }
            }
            if (feed == null) {
                throw new SourceException(origin + ": no XML element found; not an Atom feed");
            }
            List<FeedEntry.Person> authors = new ArrayList<>();
            for (XmlNode a : FeedEntry.atomChildren(feed, "author")) {
                authors.add(FeedEntry.person(a));
            }
            List<FeedEntry> entries = new ArrayList<>();
            for (XmlNode e : FeedEntry.atomChildren(feed, "entry")) {
                entries.add(FeedEntry.ofXml(e));
            }
            return new FeedPage(origin, ATOM, FeedEntry.atomText(feed, "id"), FeedEntry.atomText(feed, "title"),
                    FeedEntry.links(feed), authors, openSearch(feed, "totalResults"), openSearch(feed, "startIndex"),
                    openSearch(feed, "itemsPerPage"), entries);
        } catch (XMLStreamException e) {
            throw SafeXml.error(origin, e);
        }
    }

    /** Reads an openSearch element whatever its namespace version. */
    private static Integer openSearch(XmlNode feed, String name) {
        for (XmlNode c : feed.children()) {
            if (c.name().equals(name) && c.namespace().contains("opensearch")) {
                return FeedEntry.integer(c.text());
            }
        }
        return null;
    }

    /** Returns the distinct post ids the page's comment entries belong to. */
    Set<String> commentPostIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (FeedEntry e : entries) {
            if (FeedComments.isComment(e)) {
                String id = FeedComments.postId(e);
                ids.add(id != null ? id : postId());
            }
        }
        ids.remove(null);
        return Collections.unmodifiableSet(ids);
    }
}
