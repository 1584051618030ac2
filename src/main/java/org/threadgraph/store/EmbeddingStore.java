package org.threadgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.threadgraph.embed.CommentText;
import org.threadgraph.embed.CommentVector;

/**
 * Comment embeddings on {@code :Comment} nodes: {@code embedding} (a list of floats, indexed by the
 * vector index {@code comment_embedding} of {@code graph-schema/schema.cypher}) and {@code
 * embeddingDigest} (the digest of the text it was computed from), and nearest-neighbour search over
 * them.
 */
public final class EmbeddingStore {

    /**
     * A comment close in meaning to a query.
     *
     * @param commentId the comment
     * @param postId    its post
     * @param postTitle the post's title, or null
     * @param label     its position as readers number it ("5.2"), or null
     * @param text      its text
     * @param score     similarity in 0..1: Neo4j's cosine score, (1 + cos) / 2
     */
    public record SimilarComment(String commentId, String postId, String postTitle, String label, String text,
                                 double score) {
    }

    /** Name of the vector index in graph-schema/schema.cypher. */
    public static final String INDEX = "comment_embedding";

    private static final String TEXTS = """
            MATCH (c:Comment) WHERE ($post IS NULL OR c.postId = $post)
              AND c.text IS NOT NULL AND NOT coalesce(c.removed, false)
            RETURN c.id AS id, c.text AS text, c.embeddingDigest AS digest
            """;
    private static final String TEXTS_OF = """
            UNWIND $ids AS id MATCH (c:Comment {id: id})
            RETURN c.id AS id, c.text AS text, c.embeddingDigest AS digest
            """;
    private static final String WRITE = """
            UNWIND $rows AS row MATCH (c:Comment {id: row.id})
            CALL db.create.setNodeVectorProperty(c, 'embedding', row.vector)
            SET c.embeddingDigest = row.digest
            """;
    private static final String NEAREST = """
            CALL db.index.vector.queryNodes($index, $limit, $vector) YIELD node, score
            MATCH (node)-[:ON]->(p:Post)
            RETURN node.id AS id, node.postId AS postId, p.title AS title, node.label AS label, node.text AS text,
                   score
            ORDER BY score DESC, id
            """;
    private static final String NEAREST_IN_POST = """
            MATCH (c:Comment {postId: $post})-[:ON]->(p:Post) WHERE c.embedding IS NOT NULL
            WITH c, p, vector.similarity.cosine(c.embedding, $vector) AS score
            RETURN c.id AS id, c.postId AS postId, p.title AS title, c.label AS label, c.text AS text, score
            ORDER BY score DESC, id LIMIT $limit
            """;
    private static final String COUNT = "MATCH (c:Comment) WHERE c.embedding IS NOT NULL RETURN count(c) AS n";

    private final Database db;

    public EmbeddingStore(Database db) {
        this.db = db;
    }

    /** Streams the texts of every comment, or of one post's, with the digest of their stored embedding. */
    public void texts(String postId, Consumer<CommentText> texts) {
        Map<String, Object> params = new HashMap<>();
        params.put("post", postId);
        db.streamRows(TEXTS, params, r -> texts.accept(text(r)));
    }

    /** Returns the texts of these comments (those that exist). */
    public List<CommentText> texts(List<String> commentIds) {
        return db.readRows(TEXTS_OF, Map.of("ids", commentIds)).stream().map(EmbeddingStore::text).toList();
    }

    /** Stores embeddings with the digests of their texts, replacing older ones. */
    public void write(List<CommentVector> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CommentVector v : vectors) {
            rows.add(Map.of("id", v.commentId(), "digest", v.digest(), "vector", asList(v.vector())));
        }
        db.write(tx -> tx.run(WRITE, Map.of("rows", rows)).consume());
    }

    /**
     * Returns the stored comments closest to a vector: across the blog through the vector index
     * (approximate, HNSW), or within one post exactly.
     *
     * @param vector the query embedding
     * @param postId the post to search, or null for the whole blog
     * @param limit  how many, &gt;= 1
     */
    public List<SimilarComment> nearest(float[] vector, String postId, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("vector", asList(vector));
        params.put("limit", limit);
        String cypher;
        if (postId == null) {
            params.put("index", INDEX);
            cypher = NEAREST;
        } else {
            params.put("post", postId);
            cypher = NEAREST_IN_POST;
        }
        return db.readRows(cypher, params).stream().map(r -> new SimilarComment((String) r.get("id"),
                (String) r.get("postId"), (String) r.get("title"), (String) r.get("label"), (String) r.get("text"),
                ((Number) r.get("score")).doubleValue())).toList();
    }

    /** Returns how many comments have an embedding. */
    public long embedded() {
        return ((Number) db.readFirst(COUNT, Map.of(), "no count").get("n")).longValue();
    }

    private static List<Double> asList(float[] vector) {
        List<Double> list = new ArrayList<>(vector.length);
        for (float f : vector) {
            list.add((double) f);
        }
        return list;
    }

    private static CommentText text(Map<String, Object> r) {
        return new CommentText((String) r.get("id"), (String) r.get("text"), (String) r.get("digest"));
    }
}
