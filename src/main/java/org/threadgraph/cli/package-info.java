/**
 * The {@code threadgraph} command line: one picocli command a class, each printing through its
 * command line's writers so tests can run it in-process.
 */
package org.threadgraph.cli;
