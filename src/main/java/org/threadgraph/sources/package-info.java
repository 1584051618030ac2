/**
 * Readers for every form a blog thread arrives in (text copies, Blogger pages, comment feeds,
 * exports), each turning its input into {@link org.threadgraph.model.PostThread} records one post
 * at a time. The format is detected from content, never from the file name.
 */
package org.threadgraph.sources;
