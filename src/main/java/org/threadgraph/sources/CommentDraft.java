package org.threadgraph.sources;

/**
 * A comment as a text-copy parser delimits it, before it gets its id, label and position.
 *
 * @param line       the 1-based line its text starts on, for warnings
 * @param reply      whether it is filed under the top-level comment before it
 * @param text       its text, one paragraph a line
 * @param confidence how sure the parser is of where it starts and ends (see {@link
 *                   org.threadgraph.model.Comment#boundaryConfidence()})
 */
record CommentDraft(int line, boolean reply, String text, double confidence) {
}
