package org.threadgraph.stance;

import java.util.List;
import java.util.function.Predicate;

/**
 * The stance-model entity attitudes of {@link EntityAttitudeComparison}, for measurements outside this package
 * (camps): the model alone or blended with the rules, its settings chosen on the entity-attitude dev items of
 * the threads {@code chooseOn} accepts ("000" .. "003").
 */
public final class ChosenEntityAttitude {

    private ChosenEntityAttitude() {
    }

    /** Returns the model's attitude alone ({@code withRules} false) or blended with the rules. */
    public static EntityAttitude of(StanceClassifier model, boolean withRules, Predicate<String> chooseOn) {
        List<EntityAttitudeComparison.Scored> on = EntityAttitudeComparison.score(model).stream()
                .filter(s -> chooseOn.test(s.thread())).toList();
        BlendedEntityAttitude.Settings settings = EntityAttitudeComparison.choose(on,
                withRules ? EntityAttitudeComparison.RULE_WEIGHTS : List.of(0.0));
        return new BlendedEntityAttitude(new LexiconEntityAttitude(), new ModelEntityAttitude(model), settings);
    }
}
