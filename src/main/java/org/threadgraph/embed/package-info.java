/**
 * Sentence embeddings of comments, computed once per text: the in-process all-MiniLM-L6-v2 model
 * ({@link org.threadgraph.embed.MiniLmEmbedder}) and the resumable run that embeds only comments whose
 * text changed since their stored embedding ({@link org.threadgraph.embed.EmbeddingRun}), and a file of the
 * embeddings of training texts, keyed by their digest ({@link org.threadgraph.embed.VectorCache}). Knows nothing
 * of the database: the store reads and writes the records defined here.
 */
package org.threadgraph.embed;
