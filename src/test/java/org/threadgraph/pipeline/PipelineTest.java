package org.threadgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Inference;
import org.threadgraph.model.SameAuthor;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.store.AnalysisStore;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.testing.SharedNeo4j;

class PipelineTest {

    private static final Path SAMPLES = Path.of("src/main/resources/samples");
    private static final Path TREADMILL_TEXT = SAMPLES.resolve("seeds/001_7bdf047bcd8d19ad.txt");
    private static final Path TREADMILL_PAGE = SAMPLES.resolve("blogger/seed001.html");
    private static final Path TREADMILL_FEED = SAMPLES.resolve("blogger/seed001-comments-p1.json");
    private static final SourceOptions OPTIONS = new SourceOptions(
            Blog.ofUrl("https://probationmatters.blogspot.com/"), SourceOptions.DEFAULT_ZONE);

    private Database db;
    private Pipeline pipeline;

    @BeforeEach
    void clear() {
        db = SharedNeo4j.cleared();
        pipeline = new Pipeline(db, Gazetteer.bundled(), PipelineListener.NONE);
    }

    private IngestResult ingest(Path... files) {
        return pipeline.ingest(java.util.Arrays.stream(files).<Input>map(Input.File::new).toList(), OPTIONS, null,
                true);
    }

    private long count(String cypher) {
        Object n = new CypherRunner(db).run(cypher, Map.of(), false).rows().get(0).get("n");
        return ((Number) n).longValue();
    }

    // Issue 12: the link stage looked for the text-copy id that merging with the Blogger page replaced.
    @Test
    void aTextCopyAndTheBloggerFormsOfItsPostInOneIngestAreLinkedAsOnePost() {
        IngestResult result = ingest(TREADMILL_TEXT, TREADMILL_PAGE, TREADMILL_FEED);
        assertEquals(List.of(), result.failures());
        assertNotNull(result.links());
        assertEquals(List.of(), result.links().failures());
        assertEquals(1, result.links().posts());
        assertEquals(1, count("MATCH (p:Post) RETURN count(p) AS n"));
        assertEquals(0, count("MATCH (p:Post) WHERE p.id STARTS WITH 't' RETURN count(p) AS n"));
        assertTrue(count("MATCH (:Comment)-[r:RESPONDS_TO]->() RETURN count(r) AS n") > 0);
    }

    @Test
    void anUnchangedFileIsSkippedWithoutWritingOrLinking() throws Exception {
        ingest(TREADMILL_TEXT);
        IngestResult again = ingest(TREADMILL_TEXT);
        assertInstanceOf(DocumentOutcome.Unchanged.class, again.outcomes().get(0));
        assertEquals(0, again.changedPosts().size());
        assertNull(again.links());
    }

    @Test
    void aTouchedFileWithTheSameContentIsRecognisedByItsDigest(@TempDir Path dir) throws Exception {
        Path copy = Files.copy(TREADMILL_TEXT, dir.resolve("treadmill.txt"));
        ingest(copy);
        Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 60_000));
        assertInstanceOf(DocumentOutcome.Unchanged.class, ingest(copy).outcomes().get(0));
    }

    @Test
    void theSameContentUnderAnotherPathIsRecognisedWithoutParsingOrWriting(@TempDir Path dir) throws Exception {
        ingest(Files.copy(TREADMILL_TEXT, dir.resolve("treadmill.txt")));
        Path moved = Files.copy(TREADMILL_TEXT, Files.createDirectories(dir.resolve("moved")).resolve("t.txt"));
        IngestResult again = ingest(moved);
        assertInstanceOf(DocumentOutcome.Unchanged.class, again.outcomes().get(0));
        assertEquals(Set.of(), again.changedPosts());
        assertEquals(2, count("MATCH (s:Source) RETURN count(s) AS n"), "both paths are remembered");
    }

    @Test
    void aFileWhoseThreadsAreStoredFromAnotherPathWritesNothing(@TempDir Path dir) throws Exception {
        ingest(Files.copy(TREADMILL_TEXT, dir.resolve("treadmill.txt")));
        // Other bytes (a trailing blank line), the same thread: parsed, found stored, not written or linked.
        Path resaved = Files.writeString(dir.resolve("resaved.txt"), Files.readString(TREADMILL_TEXT) + "\n\n");
        IngestResult again = ingest(resaved);
        assertEquals(Set.of(), again.changedPosts());
        assertEquals(1, again.unchangedThreads());
        assertNull(again.links());
    }

    @Test
    void onlyTheChangedPostIsRelinkedAndItsAnalysisRefreshed(@TempDir Path dir) throws Exception {
        Path treadmill = Files.copy(TREADMILL_TEXT, dir.resolve("treadmill.txt"));
        Path research = ingestAndAnalyseWith(treadmill, dir);
        Files.writeString(treadmill, Files.readString(treadmill).replace("so thanks for publishing in full",
                "so thank you for publishing it in full"));

        IngestResult result = ingest(treadmill, research);
        assertInstanceOf(DocumentOutcome.Stored.class, result.outcomes().get(0));
        assertInstanceOf(DocumentOutcome.Unchanged.class, result.outcomes().get(1));
        assertEquals(1, result.changedPosts().size());
        assertEquals(1, result.links().posts());
        assertEquals(result.changedPosts(), result.refreshed());
        assertEquals(1, result.blogFiguresBehind(), "the blog-wide figures are left for later");
    }

    @Test
    void blogWideFiguresLeftBehindByAChangedPostCatchUpToWhatAFullAnalysisGives(@TempDir Path dir) throws Exception {
        Path treadmill = Files.copy(TREADMILL_TEXT, dir.resolve("treadmill.txt"));
        Path research = ingestAndAnalyseWith(treadmill, dir);
        String before = blogFigures();
        // A new reply that quotes comment 6 to contest it changes who answers whom.
        Files.writeString(treadmill, Files.readString(treadmill) + "\n  7. \"the organisation itself has done nothing "
                + "to address these harms\" - nonsense, that is simply wrong and you know it.\n\n    ReplyDelete\n");
        IngestResult result = ingest(treadmill, research);
        assertEquals(1, result.refreshed().size());
        assertEquals(before, blogFigures(), "left as they were");

        assertEquals(1, pipeline.refreshBlogFigures());
        String caughtUp = blogFigures();
        assertEquals(0, pipeline.refreshBlogFigures(), "now current");
        pipeline.analyse(pipeline.postIds(null));
        assertEquals(blogFigures(), caughtUp);
        assertNotEquals(before, caughtUp);
    }

    /** Ingests the file and a second seed thread (returned) from {@code dir}, and analyses both. */
    private Path ingestAndAnalyseWith(Path treadmill, Path dir) throws Exception {
        Path research = Files.copy(SAMPLES.resolve("seeds/003_8ffeaa99a6de2f5a.txt"), dir.resolve("research.txt"));
        ingest(treadmill, research);
        pipeline.analyse(pipeline.postIds(null));
        return research;
    }

    /** Every participant's blog-wide centrality and camp, and every entity's counts, as one string. */
    private String blogFigures() {
        return new CypherRunner(db).run("""
                MATCH (n) WHERE (n:Participant OR n:Entity) AND (n.pagerank IS NOT NULL OR n.mentions IS NOT NULL)
                WITH n ORDER BY n.key
                RETURN collect([n.key, n.pagerank, n.betweenness, n.inDegree, n.camp, n.mentions, n.defended]) AS n
                """, Map.of(), false).rows().get(0).get("n").toString();
    }

    @Test
    void aDocumentThatCannotBeReadDoesNotStopTheOnesAfterIt(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Shopping list\nmilk\neggs\n");
        IngestResult result = ingest(notes, TREADMILL_TEXT);
        assertInstanceOf(DocumentOutcome.Failed.class, result.outcomes().get(0));
        assertInstanceOf(DocumentOutcome.Stored.class, result.outcomes().get(1));
        assertEquals(1, result.links().posts());
        assertEquals(1, count("MATCH (s:Source) RETURN count(s) AS n"), "only the file read is remembered");
    }

    // Issue 9: camps weigh a response by the model's whole stance distribution, so link stores all three.
    @Test
    void everyResponseStoresTheStanceDistributionAndAnalysisReadsIt() {
        ingest(TREADMILL_TEXT);
        long responses = count("MATCH (:Comment)-[r:RESPONDS_TO]->() RETURN count(r) AS n");
        assertTrue(responses > 0);
        assertEquals(responses, count("""
                MATCH (:Comment)-[r:RESPONDS_TO]->()
                WHERE abs(r.stanceAgree + r.stanceDisagree + r.stanceNeutral - 1) < 1e-9
                  AND abs(CASE r.stance WHEN 'agree' THEN r.stanceAgree WHEN 'disagree' THEN r.stanceDisagree
                          ELSE r.stanceNeutral END - r.stanceConfidence) < 1e-9
                  AND r.stanceConfidence >= r.stanceAgree AND r.stanceConfidence >= r.stanceDisagree
                  AND r.stanceConfidence >= r.stanceNeutral
                RETURN count(r) AS n"""), "each stored distribution sums to 1 and its top is the stance");
        List<AnalysisStore.ResponseRow> read = new AnalysisStore(db).read(pipeline.postIds(null)).get(0).responses();
        assertEquals(responses, read.size());
        assertTrue(read.stream().allMatch(r -> r.stanceProbabilities().size() == 3
                && r.stanceProbabilities().get(r.stance()) == r.stanceConfidence()), read.toString());
    }

    @Test
    void aGraphLinkedBeforeTheDistributionWasStoredStillAnalyses() {
        ingest(TREADMILL_TEXT);
        new CypherRunner(db).run("MATCH ()-[r:RESPONDS_TO]->() REMOVE r.stanceAgree, r.stanceDisagree, r.stanceNeutral",
                Map.of(), true);
        List<String> posts = pipeline.postIds(null);
        assertTrue(new AnalysisStore(db).read(posts).get(0).responses().stream()
                .allMatch(r -> r.stanceProbabilities().isEmpty()));
        AnalysisResult result = pipeline.analyse(posts);
        assertEquals(1, result.posts().posts());
        assertTrue(count("MATCH (:Comment)-[:IN_CAMP]->(:Camp) RETURN count(*) AS n") > 0,
                "camps from the stance label and its confidence alone");
    }

    @Test
    void aCommentJoinedByEvidenceIsToldTheStrongestEvidenceThatTouchesIt() {
        Inference strong = new Inference("handle", 0.9, "both sign 'Getafix");
        Inference weak = new Inference("clock-self", 0.6, "\"21:54 here\"");
        Map<String, Inference> why = Linking.strongestTouching(List.of(new SameAuthor("a", "b", strong),
                new SameAuthor("b", "c", weak), new SameAuthor("a", "c", weak)));
        assertEquals(Map.of("a", strong, "b", strong, "c", weak), why);
    }
}
