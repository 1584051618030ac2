package org.threadgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.threadgraph.embed.CommentText;
import org.threadgraph.embed.CommentVector;
import org.threadgraph.embed.EmbeddingRun;
import org.threadgraph.testing.SharedNeo4j;

class EmbeddingStoreTest {

    private Database db;
    private EmbeddingStore store;

    @BeforeEach
    void graph() {
        db = SharedNeo4j.cleared();
        new CypherRunner(db).run("""
                CREATE (p:Post {id: 'p', title: 'T'}), (q:Post {id: 'q', title: 'U'})
                CREATE (:Comment {id: 'a', postId: 'p', label: '1', text: 'alpha'})-[:ON]->(p)
                CREATE (:Comment {id: 'b', postId: 'p', label: '2', text: 'beta'})-[:ON]->(p)
                CREATE (:Comment {id: 'c', postId: 'q', label: '1', text: 'gamma'})-[:ON]->(q)
                """, Map.of(), true);
        store = new EmbeddingStore(db);
    }

    /** A unit vector of 384 dimensions pointing mostly along one axis. */
    private static float[] axis(int k, float noise) {
        float[] v = new float[384];
        v[k] = 1;
        v[(k + 1) % 384] = noise;
        return v;
    }

    @Test
    void storedEmbeddingsAreFoundNearestFirstAcrossTheBlogAndInOnePost() {
        store.write(List.of(new CommentVector("a", EmbeddingRun.digest("alpha"), axis(0, 0.1f)),
                new CommentVector("b", EmbeddingRun.digest("beta"), axis(1, 0.1f)),
                new CommentVector("c", EmbeddingRun.digest("gamma"), axis(0, 0.5f))));
        assertEquals(3, store.embedded());
        List<EmbeddingStore.SimilarComment> blog = store.nearest(axis(0, 0), null, 2);
        assertEquals(List.of("a", "c"), blog.stream().map(EmbeddingStore.SimilarComment::commentId).toList());
        assertEquals("T", blog.get(0).postTitle());
        assertTrue(blog.get(0).score() > blog.get(1).score());
        List<EmbeddingStore.SimilarComment> inQ = store.nearest(axis(0, 0), "q", 5);
        assertEquals(List.of("c"), inQ.stream().map(EmbeddingStore.SimilarComment::commentId).toList());
    }

    @Test
    void aChangedTextNeedsANewEmbeddingAndAnUnchangedOneDoesNot() {
        store.write(List.of(new CommentVector("a", EmbeddingRun.digest("alpha"), axis(0, 0))));
        new CypherRunner(db).run("MATCH (c:Comment {id: 'b'}) SET c.text = 'beta, edited'", Map.of(), true);
        List<CommentText> texts = new ArrayList<>();
        store.texts("p", texts::add);
        assertEquals(2, texts.size());
        for (CommentText t : texts) {
            assertEquals(!t.commentId().equals("a"), EmbeddingRun.needsEmbedding(t), t.commentId());
        }
        new CypherRunner(db).run("MATCH (c:Comment {id: 'a'}) SET c.text = 'alpha, edited'", Map.of(), true);
        assertTrue(EmbeddingRun.needsEmbedding(store.texts(List.of("a")).get(0)));
        assertFalse(store.texts(List.of("a", "zzz")).isEmpty());
    }
}
