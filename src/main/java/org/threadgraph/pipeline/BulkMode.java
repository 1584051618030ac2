package org.threadgraph.pipeline;

/** Whether a first load into a new embedded database goes through Neo4j's bulk importer. */
public enum BulkMode {
    /** When it is possible and the input is large enough for the importer to be faster (see {@link FirstLoad}). */
    AUTO,
    /** Whenever it is possible, whatever the input's size. */
    ALWAYS,
    /** Never: always write through Cypher transactions. */
    NEVER
}
