package org.threadgraph.stance;

/**
 * The groups of features a stance model can use; each can be left out to measure what it adds (the model
 * card records the ablation).
 */
public enum FeatureGroup {
    /** Word unigrams and bigrams of the whole reply. */
    REPLY_WORDS,
    /** Word unigrams and bigrams of the reply's first words, and its first word: where stance usually sits. */
    OPENING,
    /** Character 3- to 5-grams of the reply's opening: spelling variants and word pieces ("disagre", "nonsens"). */
    OPENING_CHARS,
    /** Word unigrams of the target. */
    TARGET_WORDS,
    /** The cue families of {@link LexiconStanceClassifier} (live or set aside) and its decision. */
    CUES,
    /** Reply/target similarity, quoted words, second person, questions, clock or @handle, lengths. */
    PAIR,
    /** Character 3- to 5-grams of the whole reply (its first characters), word boundaries marked. */
    REPLY_CHARS,
    /**
     * How the reply meets its target: contrastive openers ("but", "so you"), a quotation followed by a
     * negation, a question put back to the writer, a target that itself asks a question.
     */
    CONTRAST,
    /**
     * A second copy of the cue features, the cue rules' decision and the first word, present only on blog
     * pairs: feature augmentation (Daumé III, "Frustratingly Easy Domain Adaptation", ACL 2007) restricted to
     * these few features, so the seed threads learn how far to trust them on the blog without a blog copy of
     * every word.
     */
    BLOG_CUES
}
