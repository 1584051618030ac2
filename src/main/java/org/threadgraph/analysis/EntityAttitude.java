package org.threadgraph.analysis;

import java.util.Objects;

import org.threadgraph.model.Mention;
import org.threadgraph.model.Stance;

/**
 * How one comment treats a person or organisation it names.
 *
 * @param commentId  the comment (a row naming the post id itself is counted as a mention but
 *                   takes no part in camps)
 * @param entityKey  the entity key, e.g. {@code person:dean-rogers}
 * @param entityName the entity's display name
 * @param attitude   {@link Stance.Label#AGREE AGREE} = defends, {@link Stance.Label#DISAGREE DISAGREE}
 *                   = attacks, {@link Stance.Label#NEUTRAL NEUTRAL} = merely names it
 * @param confidence 0..1, how sure the classifier is of the attitude (1 when unknown)
 */
public record EntityAttitude(String commentId, String entityKey, String entityName, Stance.Label attitude,
                             double confidence) {

    public EntityAttitude {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(attitude, "attitude");
        if (entityName == null) {
            entityName = entityKey;
        }
        ResponseLink.requireUnit(confidence, "confidence");
    }

    /** An attitude of unknown confidence (taken as certain). */
    public EntityAttitude(String commentId, String entityKey, String entityName, Stance.Label attitude) {
        this(commentId, entityKey, entityName, attitude, 1.0);
    }

    /** Returns the analysis view of a mention with the attitude the stance classifier gave it. */
    public static EntityAttitude of(Mention mention, Stance.Label attitude, double confidence) {
        return new EntityAttitude(mention.fromId(), mention.entity().key(), mention.entity().name(), attitude,
                confidence);
    }

    /** Returns +1 for defends, -1 for attacks, 0 for neutral. */
    public int sign() {
        return switch (attitude) {
            case AGREE -> 1;
            case DISAGREE -> -1;
            case NEUTRAL -> 0;
        };
    }
}
