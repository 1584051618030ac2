/**
 * Measured stance: how a response relates to what it answers ({@link org.threadgraph.stance.StanceClassifier})
 * and whether a comment defends or attacks a person or organisation it names ({@link
 * org.threadgraph.stance.EntityAttitude}, {@link org.threadgraph.stance.LexiconEntityAttitude}).
 *
 * <p>The link stage uses the learned {@link org.threadgraph.stance.StanceModel}: logistic regression over
 * hashed word and character n-grams of reply and target, pair features and the cue families below, with
 * blog-only copies of the cue features and blog score offsets, trained on labelled Reddit reply pairs and the
 * seed threads ({@link org.threadgraph.stance.StanceTraining}, {@code train-stance}) and
 * scored on any labelled file by {@link org.threadgraph.stance.StanceEvaluation} ({@code evaluate-stance}).
 * The cue rules ({@link org.threadgraph.stance.LexiconStanceClassifier}) are its features and its baseline.
 * Sentence-embedding features were measured against it ({@link org.threadgraph.stance.EmbeddingComparison},
 * {@code train-stance --compare-embeddings}) and did not pay for themselves, so the shipped model has none.
 *
 * <p>Every decision comes from rules and word lists in editable files under {@code src/main/resources/stance/}
 * (syntax in {@code stance/README.txt}); none are written into the code. Each answer carries the words that
 * decided it and a confidence: the precision its rule family measured on the hand-labelled dev sets under
 * {@code src/test/resources/devset/}, discounted for a cue's position and for opposing cues.
 *
 * <p>Principles, each a rule family that the dev-set tests measure:
 * <ul>
 *   <li>Only the opening sentences usually carry stance toward the target: evaluative cues count there or in a
 *       sentence that addresses the target ("you"), and later cues weigh less.</li>
 *   <li>Words inside quotation marks are someone else's and never count; a bare link or a repost opened by a
 *       marker such as "From Twitter:-" is neutral.</li>
 *   <li>Negators within three words (or inside a cue's wildcard) flip it: "I don't agree", "not rubbish".</li>
 *   <li>"Agreed, but ..." agrees in form and disagrees in substance (a concession), unless what follows the
 *       "but" goes further the same way ("True, but even worse") or only qualifies the degree.</li>
 *   <li>A reply that opens with the other's clock time and a challenge ("14:55 - if this is true, why ...")
 *       is a rebuttal.</li>
 *   <li>A verdict aimed elsewhere does not count against the target: "nonsense from Napo", "Which in my view
 *       is rubbish", "they are wrong"; nor does mockery of people that a reposted target only reports.</li>
 *   <li>Cues inside questions are not asserted, except challenges and sarcasm, which live in questions.</li>
 *   <li>The same attitude toward an entity both texts name is agreement, the opposite attitude disagreement.</li>
 * </ul>
 */
package org.threadgraph.stance;
