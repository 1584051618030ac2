package org.threadgraph.sources;

/** A reader of one input format. */
public interface ThreadSource {

    /** Returns the format's short name, e.g. {@code text-numbered}. */
    String format();

    /**
     * Returns true when the document's opening characters look like this format.
     *
     * @param head up to the first {@link SourceDocument#HEAD_CHARS} characters of the document
     */
    boolean accepts(String head);

    /**
     * Reads the document and hands each post (or part of a post) to the sink as soon as it is read.
     *
     * @throws SourceException when the document is not in this format or is damaged beyond use;
     *                         the message names the document and the place
     */
    void read(SourceDocument document, ThreadSink sink) throws SourceException;
}
