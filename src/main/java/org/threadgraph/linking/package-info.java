/**
 * Links a comment to everything it points at besides the comment it answers: the people and organisations it
 * names ({@link org.threadgraph.linking.MentionFinder} over a {@link org.threadgraph.linking.Gazetteer}),
 * the posts of the same blog it links or cites ({@link org.threadgraph.linking.ReferenceFinder}), the
 * handle it is signed with ({@link org.threadgraph.linking.Handles}), the earlier comment a quoted
 * block reposts ({@link org.threadgraph.linking.QuoteMatcher}) and which comments one person wrote
 * ({@link org.threadgraph.linking.IdentityResolver}). Plain Java over the model records: no database.
 */
package org.threadgraph.linking;
