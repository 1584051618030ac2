/**
 * Plain records for what a blog thread is made of: blogs, posts, comments, quotes, authors,
 * participants, mentioned entities and the inferred edges between them. No database, HTML or
 * JSON types appear here; every other stage speaks in these records.
 */
package org.threadgraph.model;
