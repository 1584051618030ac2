/**
 * How threadgraph shows things to people, shared by every export, view and report so that they all
 * say the same: one caption per writer, comment and post ({@link org.threadgraph.render.Captions}),
 * counts with the right plural and whole numbers written as integers
 * ({@link org.threadgraph.render.Counts}), the colours of camps and stances
 * ({@link org.threadgraph.render.Palette}), and escaping for HTML and Markdown
 * ({@link org.threadgraph.render.Escape}). Depends on nothing else in threadgraph.
 */
package org.threadgraph.render;
