package org.threadgraph.bench;

import java.nio.file.Path;

/**
 * What {@link BlogGenerator} wrote.
 *
 * @param folder      the folder holding the files
 * @param posts       posts
 * @param comments    comments
 * @param replies     comments that are Blogger replies
 * @param pages       post pages written ({@code pages/YYYY/MM/*.html})
 * @param feeds       comments feeds written for threads too long for one page ({@code feeds/*.json})
 * @param bytes       total size of the files
 * @param largestPost comments on the busiest post
 */
public record GeneratedBlog(Path folder, int posts, int comments, int replies, int pages, int feeds, long bytes,
                            int largestPost) {
}
