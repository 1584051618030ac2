package org.threadgraph.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;

/**
 * Broken and hostile input for every parser (issue 12 item 1, issue 11 item 8): each is read with
 * warnings naming the place, or refused with a {@link SourceException} naming the file and place;
 * none overflows the stack or exhausts the heap (the suite runs under -Xmx2g). Large inputs are
 * generated here into a temporary folder, never checked in.
 */
class HostileInputTest {

    private static final SourceOptions OPTIONS = new SourceOptions(Blog.ofUrl("example.blogspot.com"),
            SourceOptions.DEFAULT_ZONE);

    @TempDir
    Path dir;

    // --- empty, binary, oversized, encodings ---

    @Test
    void emptyFileIsRefusedByName() throws IOException {
        Path f = write("empty.html", "");
        assertEquals(f + ": the file is empty", failure(f));
    }

    @Test
    void binaryFileIsNotATextFile() throws IOException {
        Path f = dir.resolve("picture.png");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        String message = failure(f);
        assertTrue(message.startsWith(f + ": not a text file (a NUL byte at offset 8"), message);
        assertTrue(!message.contains("Input length"), message);
    }

    @Test
    void twoHundredMegabytesOfRandomBytesAreRefusedAtOnce() throws IOException {
        Path f = dir.resolve("random.bin");
        byte[] chunk = new byte[1 << 20];
        Random random = new Random(12);
        try (var out = Files.newOutputStream(f)) {
            for (int i = 0; i < 200; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        long start = System.nanoTime();
        String message = failure(f);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(message.startsWith(f + ": not a text file"), message);
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }

    @Test
    void oneGigabyteSparseFileInsideAnHtmlCommentIsRefusedBySize() throws IOException {
        Path f = write("sparse.html", "<!DOCTYPE html><html><body class='blogspot.com'><!-- ");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(1L << 30);
        }
        String message = failure(f);
        assertTrue(message.startsWith(f + ": the file is 1024.0 MB; threadgraph reads files of at most 256.0 MB"), message);
    }

    @Test
    void latin1TextCopyIsReadAsWindows1252WithAWarningNamingTheLine() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, String.join("\n", "A Title", "", "The post.", "", "1 comments:", "", "  1. Caf\u00e9 talk.", "",
                "    ReplyDelete", "").getBytes(StandardCharsets.ISO_8859_1));
        PostThread t = readOne(f);
        assertEquals("Caf\u00e9 talk.", t.comments().get(0).text());
        assertEquals("not valid UTF-8 at line 7, byte 41 (0xE9); read as Windows-1252 (Latin-1)",
                t.report().warnings().get(0));
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        Path f = dir.resolve("utf16.txt");
        Files.write(f, String.join("\n", "A Title", "", "The post.", "", "1 comments:", "", "  1. \u00c7a va.", "",
                "    ReplyDelete", "").getBytes(StandardCharsets.UTF_16));
        assertEquals("\u00c7a va.", readOne(f).comments().get(0).text());
    }

    // --- truncated ---

    @Test
    void truncatedJsonFeedNamesTheLine() throws IOException {
        String feed = jsonFeed(entry("11", "2016-02-23T21:54:00Z", "First"));
        Path f = write("cut.json", feed.substring(0, feed.length() / 2));
        String message = failure(f);
        assertTrue(message.matches(java.util.regex.Pattern.quote(f.toString()) + ": line 1: not JSON: .*"), message);
    }

    @Test
    void truncatedAtomFeedNamesTheLine() throws IOException {
        Path f = write("cut.atom", atomFeed("<entry><id>tag:blogger.com,1999:blog-1.post-11</id>\n<content>cut"));
        String message = failure(f);
        assertTrue(message.startsWith(f + ": line 2: not well-formed XML"), message);
    }

    @Test
    void pageCutShortBeforeItsCommentsWarnsOfZeroComments() throws IOException {
        Path f = write("cut.html", "<!DOCTYPE html><html><head><meta content='blogger' name='generator'/></head><body>"
                + "<div class='post hentry'><h3 class='post-title'>T</h3><div class='post-body'>The post");
        PostThread t = readOne(f);
        assertEquals(0, t.comments().size());
        assertTrue(t.report().warnings().contains("no comments section on the page: 0 comments read; "
                + "the page ends before </html>, so it may be cut short"), t.report().warnings().toString());
    }

    @Test
    void postWithNoCommentsReadsCleanly() throws IOException {
        Path f = write("none.json", jsonFeed());
        PostThread t = readOne(f);
        assertEquals("2", t.post().id());
        assertEquals(List.of(), t.comments());
    }

    // --- sizes and depths ---

    @Test
    void twentyMegabyteCommentIsReadWhole() throws IOException {
        String big = "word ".repeat(4 * 1024 * 1024);
        PostThread t = readOne(write("big.json", jsonFeed(entry("11", "2016-02-23T21:54:00Z", big))));
        assertEquals(big.strip().length(), t.comments().get(0).text().length());
    }

    @Test
    void tenThousandNestedAtomElementsAreRefusedByDepth() throws IOException {
        Path f = write("deep.atom", atomFeed("<entry>\n" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</entry>"));
        String message = failure(f);
        assertTrue(message.startsWith(f + ": line 2: elements nested more than 64 deep inside <feed> (line 1)"), message);
    }

    @Test
    void twoHundredThousandDeepAtomEntryDoesNotOverflowTheStack() throws IOException {
        Path f = write("deeper.atom", atomFeed("<entry>" + "<a>".repeat(200_000)));
        assertTrue(failure(f).contains("nested more than 64 deep"));
    }

    @Test
    void tenThousandNestedJsonArraysAreRefusedByDepth() throws IOException {
        Path f = write("deep.json", "{\"feed\": {\"id\": {\"$t\": \"tag:blogger.com,1999:blog-1.post2..comments\"}, "
                + "\"entry\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}}");
        String message = failure(f);
        assertEquals(f + ": line 1: not JSON: nested more than 100 deep (column 179)", message);
    }

    @Test
    void tenThousandNestedHtmlElementsAreRead() throws IOException {
        Path f = write("deep.html", "<!DOCTYPE html><html><head><meta content='blogger' name='generator'/></head><body>"
                + "<div class='post-body'>" + "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000)
                + "</div><div id='comments'><h4>0 comments:</h4></div></body></html>");
        assertEquals(0, readOne(f).comments().size());
    }

    @Test
    void jsonpAfterManyNewlinesOrLeadingSpacesIsUnwrapped() throws IOException {
        String body = jsonFeed(entry("11", "2016-02-23T21:54:00Z", "First"));
        assertEquals(1, readOne(write("nl.js", "\n".repeat(6_000) + "cb(" + body + ");")).comments().size());
        assertEquals(1, readOne(write("sp.js", " ".repeat(100_000) + "// API callback\ncb(" + body + ");"))
                .comments().size());
    }

    // --- silent loss made visible ---

    @Test
    void duplicateCommentIdsWithDifferentTextsKeepTheFirstAndSaySo() throws IOException {
        Path f = write("dup.json", jsonFeed(entry("11", "2016-02-23T21:54:00Z", "First text"),
                entry("11", "2016-02-23T22:00:00Z", "Second text")));
        PostThread t = readOne(f);
        assertEquals(List.of("First text"), t.comments().stream().map(Comment::text).toList());
        assertTrue(t.report().warnings().contains("comment 11 appears twice with different texts; kept the first "
                + "(#1 \"First text\"), dropped the second (#2 \"Second text\")"), t.report().warnings().toString());
    }

    @Test
    void theSameCommentTwiceIsKeptOnceWithoutAWarning() throws IOException {
        String e = entry("11", "2016-02-23T21:54:00Z", "Same text");
        PostThread t = readOne(write("twice.json", jsonFeed(e, e)));
        assertEquals(1, t.comments().size());
        assertEquals(List.of(), t.report().warnings());
    }

    @Test
    void contentAsAnObjectOrMissingWarnsOfEmptyText() throws IOException {
        String asObject = entry("11", "2016-02-23T21:54:00Z", null).replace("\"published\"",
                "\"content\": {\"type\": \"html\", \"$t\": {\"nested\": 1}}, \"published\"");
        PostThread t = readOne(write("content.json", jsonFeed(asObject, entry("12", "2016-02-23T21:55:00Z", null))));
        assertEquals(List.of("", ""), t.comments().stream().map(Comment::text).toList());
        assertTrue(t.report().warnings().contains("comment 11 (feed.entry[0]): no content, or content that is not text;"
                + " text left empty"), t.report().warnings().toString());
        assertTrue(t.report().warnings().contains("comment 12 (feed.entry[1]): no content, or content that is not text;"
                + " text left empty"), t.report().warnings().toString());
    }

    @Test
    void wrongJsonTypesAreSkippedWithWarningsNotExceptions() throws IOException {
        Path f = write("types.json", jsonFeed("42", "\"text\"", "[1, 2]", "{\"id\": [1], \"published\": {\"$t\": 7}}"));
        PostThread t = readOne(f);
        assertEquals(0, t.comments().size());
        assertTrue(t.report().warnings().contains("feed.entry[0]: entry is neither a comment nor a post; skipped"),
                t.report().warnings().toString());
    }

    @Test
    void feedThatIsNotAnObjectIsRefused() throws IOException {
        Path f = write("array.json", "{\"feed\": [\"tag:blogger.com,1999:blog-1\"]}");
        assertTrue(failure(f).startsWith(f + ": "));
    }

    @Test
    void impossibleDatesAreKeptAsTextNotUsedForTimes() throws IOException {
        Path f = write("dates.json", jsonFeed(entry("11", "2016-13-01T10:00:00Z", "month 13"),
                entry("12", "0001-01-01T00:00:00Z", "year 1"), entry("13", "9999-12-31T23:59:59Z", "year 9999"),
                entry("14", "+10000-01-01T00:00:00Z", "year 10000")));
        PostThread t = readOne(f);
        assertEquals(4, t.comments().size());
        t.comments().forEach(c -> assertNull(c.published(), c.id()));
        List<String> w = t.report().warnings();
        assertTrue(w.contains("comment 11: published time '2016-13-01T10:00:00Z' unreadable"), w.toString());
        assertTrue(w.contains("comment 12: published time '0001-01-01T00:00:00Z' is before Blogger existed (1999-08-01);"
                + " kept as text only, not used for times"), w.toString());
        assertTrue(w.contains("comment 13: published time '9999-12-31T23:59:59Z' is in the future; kept as text only,"
                + " not used for times"), w.toString());
        assertTrue(w.contains("comment 14: published time '+10000-01-01T00:00:00Z' is in the future; kept as text only,"
                + " not used for times"), w.toString());
    }

    @Test
    void apiListWithWrongTypesWarnsPerItem() throws IOException {
        Path f = write("api.json", "{\"kind\": \"blogger#commentList\", \"items\": [7, {\"id\": \"5\", \"post\": {\"id\": \"2\"},"
                + " \"content\": {\"x\": 1}, \"published\": \"0001-01-01T00:00:00Z\"}]}");
        PostThread t = readOne(f);
        assertEquals(1, t.comments().size());
        assertTrue(t.report().warnings().contains("items[0]: no comment id or post.id; skipped"), t.report().warnings().toString());
        assertTrue(t.report().warnings().contains("comment 5 (items[1]): no content, or content that is not text; "
                + "text left empty"), t.report().warnings().toString());
    }

    // --- XML safety ---

    @Test
    void externalEntityIsRefusedAndNothingIsRead() throws IOException {
        Path secret = write("secret.txt", "top secret");
        Path f = write("xxe.atom", "<?xml version='1.0'?>\n<!DOCTYPE feed [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>\n"
                + "<feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-1.post2..comments</id>"
                + "<entry><content>&x;</content></entry></feed>");
        String message = failure(f);
        assertTrue(message.startsWith(f + ": line 2: DOCTYPE declarations are not allowed"), message);
    }

    // --- strict ---

    @Test
    void strictFailsOnTheFirstWarningAndPassesNothingOn() throws IOException {
        Path f = write("dates.json", jsonFeed(entry("11", "0001-01-01T00:00:00Z", "year 1")));
        SourceDocument d = SourceDocument.ofFile(f, OPTIONS.withStrict(true));
        List<PostThread> passed = new ArrayList<>();
        SourceException e = assertThrows(SourceException.class, () -> Sources.detect(d).read(d, passed::add));
        assertTrue(e.getMessage().startsWith(f + ": comment 11: published time '0001-01-01T00:00:00Z' is before"),
                e.getMessage());
        assertEquals(List.of(), passed);
    }

    @Test
    void strictReadsADocumentWithoutWarnings() throws IOException, SourceException {
        Path f = write("clean.json", jsonFeed(entry("11", "2016-02-23T21:54:00Z", "Fine")));
        SourceDocument d = SourceDocument.ofFile(f, OPTIONS.withStrict(true));
        List<PostThread> passed = new ArrayList<>();
        Sources.detect(d).read(d, passed::add);
        assertEquals(1, passed.get(0).comments().size());
    }

    // --- helpers ---

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static PostThread readOne(Path f) {
        List<PostThread> threads = read(f);
        assertEquals(1, threads.size(), threads.toString());
        return threads.get(0);
    }

    private static List<PostThread> read(Path f) {
        SourceDocument d = SourceDocument.ofFile(f, OPTIONS);
        List<PostThread> out = new ArrayList<>();
        try {
            Sources.detect(d).read(d, out::add);
        } catch (SourceException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return out;
    }

    private static String failure(Path f) {
        SourceDocument d = SourceDocument.ofFile(f, OPTIONS);
        List<PostThread> out = new ArrayList<>();
        SourceException e = assertThrows(SourceException.class, () -> Sources.detect(d).read(d, out::add));
        assertEquals(List.of(), out, "threads passed on before the failure");
        return e.getMessage();
    }

    private static String atomFeed(String body) {
        return "<feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-1.post2..comments</id>" + body;
    }

    private static String jsonFeed(String... entries) {
        return "{\"feed\": {\"id\": {\"$t\": \"tag:blogger.com,1999:blog-1.post2..comments\"}, \"link\": [{\"rel\": "
                + "\"alternate\", \"type\": \"text/html\", \"href\": \"https://example.blogspot.com/2016/02/p.html\"}], "
                + "\"openSearch$totalResults\": {\"$t\": \"" + entries.length + "\"}, "
                + "\"entry\": [" + String.join(", ", entries) + "]}}";
    }

    private static String entry(String id, String published, String content) {
        return "{\"id\": {\"$t\": \"tag:blogger.com,1999:blog-1.post-" + id + "\"}, \"published\": {\"$t\": \"" + published
                + "\"}, " + (content == null ? "" : "\"content\": {\"type\": \"html\", \"$t\": \"" + content + "\"}, ")
                + "\"thr$in-reply-to\": {\"ref\": \"tag:blogger.com,1999:blog-1.post-2\"}, "
                + "\"author\": [{\"name\": {\"$t\": \"Anonymous\"}}]}";
    }
}
