package org.threadgraph.pipeline;

/**
 * How an ingest stored what it read.
 *
 * @param bulk          true for Neo4j's bulk importer, false for Cypher transactions
 * @param why           why this path was taken, for the summary
 * @param nodes         nodes the bulk import wrote (0 for Cypher, where they are not counted)
 * @param relationships relationships the bulk import wrote (0 for Cypher)
 * @param seconds       the bulk load's wall time, reading the inputs included (0 for Cypher)
 */
public record WritePath(boolean bulk, String why, long nodes, long relationships, double seconds) {

    /** Cypher transactions, for the reason given. */
    static WritePath cypher(String why) {
        return new WritePath(false, why, 0, 0, 0);
    }
}
