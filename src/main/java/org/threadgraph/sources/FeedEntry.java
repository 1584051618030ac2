package org.threadgraph.sources;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <entry>} of a Blogger GData feed or export, read from Atom XML or its JSON mapping,
 * in the shape the mappers need. Fields a form lacks are null.
 *
 * @param place       where the entry is, for messages: "line 12" (Atom) or "feed.entry[3]" (JSON)
 * @param id          entry id, e.g. {@code tag:blogger.com,1999:blog-B.post-C}
 * @param published   RFC 3339 text
 * @param title       title text
 * @param contentHtml content (or summary) as HTML
 * @param links       every {@code link}
 * @param authors     every {@code author}
 * @param inReplyTo   {@code thr:in-reply-to@ref} (the post's tag id for a comment)
 * @param properties  {@code gd:extendedProperty} name to value
 * @param total       {@code thr:total}, or null
 * @param kinds       category terms after {@code kind#} (post, comment, template, settings, page)
 * @param type        Takeout {@code blogger:type} (POST, PAGE, COMMENT)
 * @param status      Takeout {@code blogger:status}
 * @param parent      Takeout {@code blogger:parent} (the post)
 * @param replyTo     Takeout {@code blogger:inReplyTo} (the parent comment), or null
 * @param draft       whether {@code app:draft} says yes or Takeout status is DRAFT
 * @param filename    Takeout {@code blogger:filename} (path of the post on the blog)
 */
record FeedEntry(String place, String id, String published, String title, String contentHtml, List<Link> links,
                 List<Person> authors, String inReplyTo, Map<String, String> properties, Integer total,
                 List<String> kinds, String type, String status, String parent, String replyTo, boolean draft,
                 String filename) {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String GD = "http://schemas.google.com/g/2005";
    static final String THR = "http://purl.org/syndication/thread/1.0";
    static final String BLOGGER = "http://schemas.google.com/blogger/2018";

    /** A {@code link} element. */
    record Link(String rel, String type, String href, String title) {
    }

    /** An {@code author} element; {@code type} is Takeout's BLOGGER / ANONYMOUS, else null. */
    record Person(String name, String uri, String type) {
    }

    /** Returns the href of the first link with the rel (and the type, when not null), or null. */
    String link(String rel, String type) {
        for (Link l : links) {
            if (rel.equals(l.rel()) && (type == null || type.equals(l.type())) && l.href() != null) {
                return l.href();
            }
        }
        return null;
    }

    /** Returns the first author, or null. */
    Person author() {
        return authors.isEmpty() ? null : authors.get(0);
    }

    /** Returns true when a category marks the entry as this kind ("post", "comment", …). */
    boolean isKind(String kind) {
        return kinds.contains(kind);
    }

    /** Reads an Atom {@code <entry>} element. */
    static FeedEntry ofXml(XmlNode e) {
        List<Link> links = links(e);
        List<Person> authors = new ArrayList<>();
        for (XmlNode a : atomChildren(e, "author")) {
            authors.add(person(a));
        }
        XmlNode reply = e.child(THR, "in-reply-to");
        Map<String, String> props = new LinkedHashMap<>();
        for (XmlNode p : e.children(GD, "extendedProperty")) {
            if (p.attr("name") != null) {
                props.put(p.attr("name"), p.attr("value") != null ? p.attr("value") : p.text());
            }
        }
        String totalText = e.childText(THR, "total");
        List<String> kinds = new ArrayList<>();
        for (XmlNode c : atomChildren(e, "category")) {
            kind(c.attr("term"), kinds);
        }
        boolean draft = false;
        for (XmlNode c : e.children()) {
            if (c.name().equals("control")) {
                for (XmlNode d : c.children()) {
                    draft |= d.name().equals("draft") && d.text().equalsIgnoreCase("yes");
                }
            }
        }
        String status = e.childText(BLOGGER, "status");
        draft |= "DRAFT".equalsIgnoreCase(status);
        XmlNode replyTo = e.child(BLOGGER, "inReplyTo");
        return new FeedEntry("line " + e.line(), atomText(e, "id"), atomText(e, "published"), atomText(e, "title"),
                content(e), links, authors, reply == null ? null : reply.attr("ref"), props, integer(totalText),
                kinds, e.childText(BLOGGER, "type"), status, e.childText(BLOGGER, "parent"),
                replyTo == null ? null : replyTo.text(), draft, e.childText(BLOGGER, "filename"));
    }

    /** Reads an entry of the JSON mapping of a feed ({@code {"$t": …}} scalars); the place names its JSON path. */
    static FeedEntry ofJson(JsonNode e, String place) {
        List<Link> links = new ArrayList<>();
        for (JsonNode l : list(e.get("link"))) {
            links.add(new Link(str(l, "rel"), str(l, "type"), str(l, "href"), str(l, "title")));
        }
        List<Person> authors = new ArrayList<>();
        for (JsonNode a : list(e.get("author"))) {
            authors.add(new Person(t(a.get("name")), t(a.get("uri")), null));
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (JsonNode p : list(e.get("gd$extendedProperty"))) {
            if (str(p, "name") != null) {
                props.put(str(p, "name"), str(p, "value"));
            }
        }
        List<String> kinds = new ArrayList<>();
        for (JsonNode c : list(e.get("category"))) {
            kind(str(c, "term"), kinds);
        }
        JsonNode reply = e.get("thr$in-reply-to");
        String html = t(e.get("content"));
        if (html == null) {
            html = t(e.get("summary"));
        }
        return new FeedEntry(place, t(e.get("id")), t(e.get("published")), t(e.get("title")), html, links, authors,
                reply == null ? null : str(reply, "ref"), props, integer(t(e.get("thr$total"))), kinds,
                null, null, null, null, false, null);
    }

    /** Returns the {@code $t} text of a JSON GData scalar, or null. */
    static String t(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        JsonNode v = node.get("$t");
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }

    /** Returns an identifier field stripped, or null when it is missing or blank (a blank id names nothing). */
    static String id(JsonNode node, String field) {
        String v = str(node, field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** Returns a JSON node as a list: an array's items, a single object as one item, nothing as none. */
    static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    /** Returns a string field of a JSON object, or null. */
    static String str(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        // An object or array where text belongs is treated as missing, not as "".
        return v == null || !v.isValueNode() || v.isNull() ? null : v.asText();
    }

    /** Returns the Atom (or unqualified) children of a feed element with the name. */
    static List<XmlNode> atomChildren(XmlNode node, String name) {
        List<XmlNode> out = node.children(ATOM, name);
        if (out.isEmpty()) {
            out = node.children("", name);
        }
        return out;
    }

    /** Returns the text of the Atom (or unqualified) child with the name, or null. */
    static String atomText(XmlNode node, String name) {
        String t = node.childText(ATOM, name);
        return t != null ? t : node.childText("", name);
    }

    /** Returns every Atom link of an element. */
    static List<Link> links(XmlNode node) {
        List<Link> links = new ArrayList<>();
        for (XmlNode l : atomChildren(node, "link")) {
            links.add(new Link(l.attr("rel"), l.attr("type"), l.attr("href"), l.attr("title")));
        }
        return links;
    }

    /** Returns an Atom person construct. */
    static Person person(XmlNode a) {
        return new Person(atomText(a, "name"), atomText(a, "uri"), a.childText(BLOGGER, "type"));
    }

    static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String content(XmlNode e) {
        for (String name : new String[] {"content", "summary"}) {
            XmlNode c = e.child(ATOM, name);
            if (c == null) {
                c = e.child("", name);
            }
            if (c != null) {
                return "xhtml".equals(c.attr("type")) ? c.innerXml() : c.rawText();
            }
        }
        return null;
    }

    private static void kind(String term, List<String> kinds) {
        if (term != null && term.contains("#") && term.contains("/kind#")) {
            kinds.add(term.substring(term.lastIndexOf('#') + 1));
        }
    }
}
