package org.threadgraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.threadgraph.linking.Gazetteer;
import org.threadgraph.linking.Handles;
import org.threadgraph.linking.IdentityResolver;
import org.threadgraph.linking.MentionContext;
import org.threadgraph.linking.MentionFinder;
import org.threadgraph.linking.ReplyLinker;
import org.threadgraph.linking.ThreadLinks;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Mention;
import org.threadgraph.model.Post;
import org.threadgraph.model.Response;
import org.threadgraph.model.Stance;
import org.threadgraph.stance.LexiconEntityAttitude;
import org.threadgraph.stance.StanceModel;
import org.threadgraph.stance.StanceClassifier;

/**
 * The analysis input threadgraph's own upstream predicts from a post's texts, as the link stage does:
 * reply targets by the standard {@link ReplyLinker}, stances by the stance classifier, mentions by the
 * bundled gazetteer and their attitudes by the attitude classifier, writers from Blogger names,
 * sign-offs and the linker's same-author evidence.
 */
final class PredictedUpstream {

    private final ReplyLinker linker = ReplyLinker.standard();
    private final StanceClassifier stance;
    private final MentionFinder mentions = new MentionFinder(Gazetteer.bundled());
    private final org.threadgraph.stance.EntityAttitude attitude;

    /** Creates the upstream with the shipped stance model. */
    PredictedUpstream() {
        this(StanceModel.shipped());
    }

    /** Creates the upstream with the given stance classifier and the entity rules. */
    PredictedUpstream(StanceClassifier stance) {
        this(stance, new LexiconEntityAttitude());
    }

    /** Creates the upstream with the given stance classifier and entity-attitude reader. */
    PredictedUpstream(StanceClassifier stance, org.threadgraph.stance.EntityAttitude attitude) {
        this.stance = stance;
        this.attitude = attitude;
    }

    /** Returns the predicted analysis input of one post. */
    ThreadInput input(Post post, List<Comment> comments) {
        ThreadLinks links = linker.link(post, comments);
        Map<String, String> texts = new HashMap<>();
        comments.forEach(c -> texts.put(c.id(), c.text()));
        String postText = (post.title() == null ? "" : post.title() + "\n")
                + (post.bodyText() == null ? "" : post.bodyText());
        List<ResponseLink> responses = new ArrayList<>();
        for (Response r : links.responses()) {
            Stance s = stance.classify(texts.get(r.fromId()), r.toPost() ? postText : texts.get(r.toId()));
            responses.add(ResponseLink.of(r, s));
        }
        MentionContext context = mentions.contextOf(post.bodyText(), texts.values());
        List<EntityAttitude> attitudes = new ArrayList<>();
        for (Comment c : comments) {
            for (Mention m : mentions.find(c.id(), c.text(), context)) {
                Stance a = attitude.attitude(c.text(), m.evidence());
                attitudes.add(EntityAttitude.of(m, a.label(), a.confidence()));
            }
        }
        Map<String, String> writers = writers(comments, links);
        List<ThreadComment> threadComments = comments.stream()
                .map(c -> ThreadComment.of(c, writers.get(c.id()))).toList();
        return new ThreadInput(post.id(), threadComments, responses, attitudes);
    }

    /** Writers as the link stage finds them: Blogger names, sign-offs and same-author evidence. */
    private static Map<String, String> writers(List<Comment> comments, ThreadLinks links) {
        IdentityResolver resolver = new IdentityResolver();
        Map<String, String> writers = new HashMap<>();
        for (Comment c : comments) {
            String key = c.author().isAnonymous() || c.author().displayName() == null ? "anon:" + c.id()
                    : "name:" + c.author().displayName().toLowerCase(Locale.ROOT);
            writers.put(c.id(), key);
            resolver.addComment(c.id(), key, Handles.signOff(c.text()).orElse(null));
        }
        links.sameAuthors().forEach(resolver::addEvidence);
        for (IdentityResolver.Cluster cluster : resolver.resolve().clusters()) {
            cluster.commentIds().forEach(id -> writers.put(id, cluster.key()));
        }
        return writers;
    }
}
