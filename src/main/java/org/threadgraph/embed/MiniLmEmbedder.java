package org.threadgraph.embed;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (Reimers and Gurevych 2019, Sentence-BERT; quantised), 384 dimensions, run in-process
 * on ONNX Runtime through LangChain4j and loaded from its jar, so nothing is fetched at run time. Texts
 * longer than the model's window are split and their embeddings averaged by LangChain4j. Vectors are
 * normalised to unit length, so cosine similarity is their dot product.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** Dimensions of all-MiniLM-L6-v2. */
    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
