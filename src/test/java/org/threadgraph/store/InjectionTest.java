package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.SourceDocument;
import org.threadgraph.sources.SourceException;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.sources.Sources;
import org.threadgraph.testing.SharedNeo4j;

/**
 * Titles, author names, profile URLs, sign-offs and comment texts that look like Cypher are stored
 * as text and never run (issue 12, item 3): a Blogger comments feed and a text copy carrying them
 * are read by the real readers, written by {@link ThreadWriter}, and read back exactly, and the
 * graph has the same labels, types and counts as after the same files with harmless words.
 */
class InjectionTest {

    /** Cypher, parameter, identifier and template syntax, each tried in every field. */
    static final List<String> PAYLOADS = List.of(
            "'}) DETACH DELETE n //",
            "\" OR 1=1 //",
            "$param",
            "`backtick` and ``two``",
            ":Label",
            "\\u0060 escaped backtick",
            "{{BASE}} and {{",
            "CALL db.clear()",
            "MATCH (n) DETACH DELETE n",
            "'; CALL dbms.shutdown() //",
            "x`}) SET n:Hacked //",
            "\\'})-[:OWNS]->(m) RETURN m //");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SourceOptions OPTIONS = new SourceOptions(Blog.ofUrl("https://probationmatters.blogspot.com/"),
            SourceOptions.DEFAULT_ZONE);

    private Database db;

    @BeforeEach
    void clear() {
        db = SharedNeo4j.cleared();
    }

    @Test
    void payloadsAreStoredAsTextAndReadBackExactly() throws Exception {
        List<PostThread> threads = ingest(PAYLOADS::get);
        String all = String.join("\n", texts(threads));
        for (String payload : PAYLOADS) {
            assertTrue(all.contains(payload), "the readers kept the payload, so the test exercises it: " + payload);
        }
        ThreadReader reader = new ThreadReader(db);
        for (PostThread t : threads) {
            StoredThread stored = reader.read(t.post().id());
            assertEquals(t.post().title(), stored.post().title());
            assertEquals(t.post().bodyText(), stored.post().bodyText());
            Map<String, Comment> byId = new LinkedHashMap<>();
            stored.comments().forEach(c -> byId.put(c.id(), c));
            assertEquals(t.comments().size(), byId.size());
            for (Comment c : t.comments()) {
                assertEquals(c.text(), byId.get(c.id()).text());
                assertEquals(c.author().displayName(), byId.get(c.id()).author().displayName());
                assertEquals(c.author().profileUrl(), byId.get(c.id()).author().profileUrl());
            }
        }
    }

    @Test
    void payloadsLeaveTheGraphAsHarmlessWordsDo() throws Exception {
        ingest(i -> "harmless words number " + i);
        Map<String, Long> labels = GraphStats.labelCounts(db);
        Map<String, Long> types = GraphStats.relationshipCounts(db);

        db = SharedNeo4j.cleared();
        ingest(PAYLOADS::get);
        assertEquals(labels, GraphStats.labelCounts(db), "no node deleted, added or relabelled");
        assertEquals(types, GraphStats.relationshipCounts(db));
        assertTrue(labels.get("Comment") > 20, labels.toString());
    }

    /** Reads both files with the words given for each field number, writes them, and returns what was read. */
    private List<PostThread> ingest(java.util.function.IntFunction<String> word) throws Exception {
        UnaryOperator<String> nth = new UnaryOperator<>() {
            private int i;

            @Override
            public String apply(String s) {
                return word.apply(i++ % PAYLOADS.size());
            }
        };
        List<PostThread> threads = new ArrayList<>();
        threads.addAll(read("payload-feed.json", bloggerFeed(nth)));
        threads.addAll(read("payload-copy.txt", textCopy(nth)));
        try (ThreadWriter writer = new ThreadWriter(db)) {
            threads.forEach(writer::write);
        }
        return threads;
    }

    private static List<PostThread> read(String name, String content) throws SourceException {
        SourceDocument doc = SourceDocument.ofString(name, content, OPTIONS);
        List<PostThread> out = new ArrayList<>();
        Sources.detect(doc).read(doc, out::add);
        return out;
    }

    /** The bundled feed of "TR Is Crap Says Research" with every title, name, profile and text replaced. */
    private static String bloggerFeed(UnaryOperator<String> word) throws IOException {
        JsonNode doc;
        try (InputStream in = InjectionTest.class.getResourceAsStream("/samples/blogger/seed000-comments-p1.json")) {
            doc = JSON.readTree(in);
        }
        ObjectNode feed = (ObjectNode) doc.get("feed");
        feed.putObject("title").put("type", "text").put("$t", "Comments on On Probation: " + word.apply(null));
        for (JsonNode e : feed.get("entry")) {
            ObjectNode entry = (ObjectNode) e;
            String text = word.apply(null);
            entry.putObject("title").put("type", "text").put("$t", text);
            entry.putObject("content").put("type", "html").put("$t", html(text + " said " + word.apply(null)));
            ObjectNode author = (ObjectNode) entry.get("author").get(0);
            author.putObject("name").put("$t", word.apply(null));
            author.putObject("uri").put("$t", "https://www.blogger.com/profile/1?" + word.apply(null));
        }
        return JSON.writeValueAsString(doc);
    }

    /** A numbered text copy (as a browser saves a post page) whose title, body, comments, replies and sign-offs are the words. */
    private static String textCopy(UnaryOperator<String> word) {
        StringBuilder sb = new StringBuilder("Sunday 12 January 2020\n\n").append(word.apply(null)).append("\n\n")
                .append("The post says ").append(word.apply(null)).append(".\n\n8 comments:\n");
        for (int i = 1; i <= 4; i++) {
            sb.append("\n  ").append(i).append(". I think ").append(word.apply(null)).append(" is right.\n\n    '")
                    .append(word.apply(null)).append("\n\n    ReplyDelete\n    Replies\n");
            sb.append("    1. Anon, ").append(word.apply(null)).append(" is wrong.\n\n      Delete\n");
        }
        return sb.toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String> texts(List<PostThread> threads) {
        List<String> out = new ArrayList<>();
        for (PostThread t : threads) {
            out.add(t.post().title());
            out.add(t.post().bodyText());
            for (Comment c : t.comments()) {
                out.add(c.text());
                out.add(String.valueOf(c.author().displayName()));
                out.add(String.valueOf(c.author().profileUrl()));
            }
        }
        return out;
    }
}
