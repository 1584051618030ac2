package org.threadgraph.sources;

import org.threadgraph.model.PostThread;

/** Receives posts from a source as they are read. */
@FunctionalInterface
public interface ThreadSink {

    /** Takes one post (or one part of a post) read from a source. */
    void accept(PostThread thread);
}
