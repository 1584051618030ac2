package org.threadgraph.store;

import org.threadgraph.model.PostThread;

/**
 * Where ingest puts the threads it reads, document by document: the Cypher writer ({@link ThreadWriter})
 * or a bulk load for a new database ({@link BulkLoad}).
 */
public interface ThreadTarget {

    /** Takes one thread of the document being read. */
    void write(PostThread thread);

    /** Records that a document was read completely, with everything it held taken. */
    void completed(SourceFiles.Fingerprint source);

    /** Returns a mark of what is taken now, for {@link #discardFrom}. */
    int mark();

    /** Drops what was taken after the mark and is not stored yet, e.g. the rest of a document that failed part-way. */
    void discardFrom(int mark);
}
