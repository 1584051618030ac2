package org.threadgraph.bench;

import java.time.Instant;

/**
 * One generated comment.
 *
 * @param id        Blogger-style comment id
 * @param parentId  the top-level comment Blogger files it under, or null
 * @param published when it was posted
 * @param author    who wrote it
 * @param text      its plain text, lines separated by "\n"
 */
record SyntheticComment(String id, String parentId, Instant published, Persona author, String text) {
}
