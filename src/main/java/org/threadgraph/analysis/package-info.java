/**
 * Graph algorithms over plain inputs, so the store can feed one post at a time
 * ({@link org.threadgraph.analysis.ThreadInput}) and the blog-wide participant interactions as a
 * stream ({@link org.threadgraph.analysis.InteractionInput}):
 * <ul>
 * <li>{@link org.threadgraph.analysis.ResponseChainDepth}: structural and real (response-chain) depth,
 * size, participants, duration and the deepest chain;</li>
 * <li>{@link org.threadgraph.analysis.ParticipantCentrality}: weighted degree, PageRank and exact or
 * sampled Brandes betweenness ({@link org.threadgraph.analysis.SampledBetweennessCentrality}), with ranks;
 * PageRank by {@link org.threadgraph.analysis.CompactPageRank}, JGraphT's scores over index arrays;</li>
 * <li>{@link org.threadgraph.analysis.CompactComponents}: weakly connected components by union–find;</li>
 * <li>{@link org.threadgraph.analysis.EntityDiscussion}: most discussed, defended and attacked entities;</li>
 * <li>{@link org.threadgraph.analysis.ThreadCamps} and {@link org.threadgraph.analysis.ParticipantCamps}:
 * disagreement camps by structural balance and correlation clustering
 * ({@link org.threadgraph.analysis.SignedCampClustering}), with polarisation scores.</li>
 * </ul>
 * {@link org.threadgraph.analysis.ThreadAnalysis} and {@link org.threadgraph.analysis.BlogAnalysis} bundle
 * them. Every result is deterministic: ties are broken by thread order or by key.
 */
package org.threadgraph.analysis;
