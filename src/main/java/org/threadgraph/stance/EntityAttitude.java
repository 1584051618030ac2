package org.threadgraph.stance;

import org.threadgraph.model.Stance;

/** Decides whether a comment defends or attacks a person or organisation it names. */
public interface EntityAttitude {

    /**
     * Reads the attitude of a text toward a named entity.
     *
     * @param text           the comment
     * @param entityEvidence the entity as the comment names it, e.g. "Napo" or "Dino"
     * @return {@code AGREE} when the text defends the entity, {@code DISAGREE} when it attacks it,
     *         {@code NEUTRAL} when undecidable; with a confidence in 0..1 and the words that decided it
     */
    Stance attitude(String text, String entityEvidence);
}
