package org.threadgraph.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.threadgraph.model.Stance;

/** Small builder for inline test threads. */
final class Fixtures {

    private final String postId;
    private final List<ThreadComment> comments = new ArrayList<>();
    private final List<ResponseLink> responses = new ArrayList<>();
    private final List<EntityAttitude> attitudes = new ArrayList<>();

    private Fixtures(String postId) {
        this.postId = postId;
    }

    static Fixtures post(String postId) {
        return new Fixtures(postId);
    }

    /** A comment at the next position, written by {@code writer}, with no time. */
    Fixtures comment(String id, String parentId, String writer) {
        return comment(id, parentId, writer, null, null);
    }

    Fixtures comment(String id, String parentId, String writer, String time, String text) {
        comments.add(new ThreadComment(id, parentId, writer, time == null ? null : Instant.parse(time),
                comments.size() + 1, text));
        return this;
    }

    /** {@code from} answers the post. */
    Fixtures answersPost(String from) {
        responses.add(new ResponseLink(from, postId, true, Stance.Label.NEUTRAL, 0.0));
        return this;
    }

    Fixtures agrees(String from, String to) {
        return respond(from, to, Stance.Label.AGREE, 1.0);
    }

    Fixtures disagrees(String from, String to) {
        return respond(from, to, Stance.Label.DISAGREE, 1.0);
    }

    Fixtures neutral(String from, String to) {
        return respond(from, to, Stance.Label.NEUTRAL, 1.0);
    }

    Fixtures respond(String from, String to, Stance.Label label, double confidence) {
        responses.add(new ResponseLink(from, to, false, label, confidence));
        return this;
    }

    Fixtures defends(String comment, String entity) {
        attitudes.add(new EntityAttitude(comment, entity, entity.replaceFirst("^[a-z]+:", ""), Stance.Label.AGREE));
        return this;
    }

    Fixtures attacks(String comment, String entity) {
        attitudes.add(new EntityAttitude(comment, entity, entity.replaceFirst("^[a-z]+:", ""), Stance.Label.DISAGREE));
        return this;
    }

    Fixtures names(String comment, String entity) {
        attitudes.add(new EntityAttitude(comment, entity, entity.replaceFirst("^[a-z]+:", ""), Stance.Label.NEUTRAL));
        return this;
    }

    ThreadInput build() {
        return new ThreadInput(postId, comments, responses, attitudes);
    }
}
