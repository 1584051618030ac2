package org.threadgraph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.linking.Handles;
import org.threadgraph.linking.IdentityResolver;
import org.threadgraph.linking.MentionContext;
import org.threadgraph.linking.MentionFinder;
import org.threadgraph.linking.QuoteMatcher;
import org.threadgraph.linking.ReferenceFinder;
import org.threadgraph.linking.ReplyLinker;
import org.threadgraph.linking.QuoteIndex;
import org.threadgraph.linking.ThreadLinks;
import org.threadgraph.model.Blog;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Inference;
import org.threadgraph.model.Judged;
import org.threadgraph.model.Mention;
import org.threadgraph.model.PostReference;
import org.threadgraph.model.Response;
import org.threadgraph.model.SameAuthor;
import org.threadgraph.stance.EntityAttitude;
import org.threadgraph.stance.LexiconEntityAttitude;
import org.threadgraph.stance.StanceClassifier;
import org.threadgraph.stance.StanceModel;
import org.threadgraph.store.Database;
import org.threadgraph.store.IdentityStore;
import org.threadgraph.store.LinkWriter;
import org.threadgraph.store.PostLinks;
import org.threadgraph.store.QuoteStore;
import org.threadgraph.store.StoredThread;
import org.threadgraph.store.ThreadReader;

/**
 * Recovers the real conversation from what is stored: per post, who answers whom (with stance),
 * what is mentioned (with attitude), sign-offs and links; then blog-wide, which comments one person
 * wrote and which comments the quotes of other posts repost. Reads a batch of posts at a time.
 */
final class Linking {

    private final Database db;
    private final ReplyLinker replyLinker = ReplyLinker.standard();
    private final MentionFinder mentionFinder;
    private final ReferenceFinder referenceFinder = new ReferenceFinder();
    private final StanceClassifier stance = StanceModel.shipped();
    private final EntityAttitude attitude = new LexiconEntityAttitude();

    /** Returns a stage that finds the people and organisations of the given gazetteer. */
    Linking(Database db, Gazetteer gazetteer) {
        this.db = db;
        this.mentionFinder = new MentionFinder(gazetteer);
    }

    /**
     * Links the given posts a batch at a time (read in one transaction, written in one; a post that
     * cannot be linked is reported and the others still are), then runs the blog-wide passes once.
     */
    LinkTotals run(Collection<String> postIds, PipelineListener listener) {
        ThreadReader reader = new ThreadReader(db);
        LinkWriter writer = new LinkWriter(db);
        int responses = 0;
        int mentions = 0;
        int references = 0;
        int done = 0;
        List<String> failures = new ArrayList<>();
        for (List<String> batch : PostBatches.of(List.copyOf(postIds))) {
            Map<String, StoredThread> threads = reader.read(batch);
            batch.stream().filter(id -> !threads.containsKey(id))
                    .forEach(id -> failures.add("post " + id + ": no post with id " + id));
            // Posts are linked independently by stateless rules and models: one per core, results in order.
            List<PostLinks> linked = threads.values().parallelStream().map(this::linkPost).toList();
            Map<String, String> notStored = writer.write(linked);
            notStored.forEach((postId, why) -> failures.add("post " + postId + ": " + why));
            for (PostLinks links : linked) {
                if (notStored.containsKey(links.postId())) {
                    continue;
                }
                responses += links.responses().size();
                mentions += links.mentions().size();
                references += links.references().size();
            }
            done += batch.size();
            listener.progress("link", done, postIds.size());
        }
        int linked = resolveIdentities();
        int quotes = matchQuotes();
        return new LinkTotals(postIds.size() - failures.size(), responses, mentions, references, linked, quotes,
                failures);
    }

    PostLinks linkPost(StoredThread thread) {
        List<Comment> comments = thread.comments();
        Map<String, String> texts = new HashMap<>();
        comments.forEach(c -> texts.put(c.id(), c.text()));
        String postText = thread.post().title() == null ? thread.post().bodyText()
                : thread.post().title() + "\n" + (thread.post().bodyText() == null ? "" : thread.post().bodyText());

        ThreadLinks links = replyLinker.link(thread.post(), comments);
        StanceClassifier postStance = stance.remembering(); // this post's texts, read once whatever answers them
        List<Judged<Response>> responses = new ArrayList<>();
        for (Response r : links.responses()) {
            String target = r.toPost() ? postText : texts.get(r.toId());
            responses.add(new Judged<>(r, postStance.classify(texts.get(r.fromId()), target == null ? "" : target)));
        }

        MentionContext context = mentionFinder.contextOf(thread.post().bodyText(), texts.values());
        List<Judged<Mention>> mentions = new ArrayList<>();
        Map<String, String> handles = new LinkedHashMap<>();
        List<PostReference> references = new ArrayList<>();
        Blog blog = Blog.ofUrl(thread.post().blogKey());
        if (thread.post().bodyText() != null) {
            judgeMentions(thread.post().id(), thread.post().bodyText(), context, mentions);
            references.addAll(referenceFinder.find(thread.post().id(), thread.post().bodyText(), blog));
        }
        for (Comment c : comments) {
            if (c.removed()) {
                continue;
            }
            judgeMentions(c.id(), c.text(), context, mentions);
            references.addAll(referenceFinder.find(c.id(), c.text(), blog));
            Handles.signOff(c.text()).ifPresent(h -> handles.put(c.id(), h));
        }
        return new PostLinks(thread.post().id(), thread.post().blogKey(), responses, links.sameAuthors(),
                links.inferredClocks(), mentions, handles, references);
    }

    private void judgeMentions(String fromId, String text, MentionContext context, List<Judged<Mention>> out) {
        for (Mention m : mentionFinder.find(fromId, text, context)) {
            out.add(new Judged<>(m, attitude.attitude(text, m.evidence())));
        }
    }

    /** Joins comments into participants on evidence, blog-wide; returns how many comments were joined. */
    private int resolveIdentities() {
        IdentityStore store = new IdentityStore(db);
        IdentityResolver resolver = new IdentityResolver();
        Map<String, String> handles = new HashMap<>();
        store.writers(w -> {
            resolver.addComment(w.commentId(), w.participantKey(), w.handle());
            if (w.handle() != null) {
                handles.put(w.commentId(), w.handle());
            }
        });
        store.evidence(resolver::addEvidence);
        List<IdentityStore.Assignment> assignments = new ArrayList<>();
        for (IdentityResolver.Cluster cluster : resolver.resolve().clusters()) {
            if (cluster.commentIds().size() < 2 || cluster.evidence().isEmpty()) {
                continue;
            }
            String name = cluster.commentIds().stream().map(handles::get).filter(h -> h != null).findFirst()
                    .orElse("Anonymous");
            Map<String, Inference> why = strongestTouching(cluster.evidence());
            for (String commentId : cluster.commentIds()) {
                assignments.add(new IdentityStore.Assignment(commentId, cluster.key(), name,
                        why.getOrDefault(commentId, cluster.evidence().get(0).inference())));
            }
        }
        store.assign(assignments);
        return assignments.size();
    }

    /**
     * Returns, for each comment the evidence touches, the first (strongest) evidence that touches it: one
     * pass, where searching the list for each comment was quadratic in a cluster's size (a regular of
     * the generated million-comment blog writes tens of thousands of comments).
     */
    static Map<String, Inference> strongestTouching(List<SameAuthor> evidence) {
        Map<String, Inference> why = new HashMap<>();
        for (SameAuthor e : evidence) {
            why.putIfAbsent(e.commentId(), e.inference());
            why.putIfAbsent(e.otherCommentId(), e.inference());
        }
        return why;
    }

    /**
     * Finds the comments that quotes repost, blog-wide in one pass over the comments: quotes are few,
     * so they are indexed (shingles and band keys computed once) and each comment, shingled and
     * signed once, is checked against them as it streams past. Quotes never match their own post.
     */
    private int matchQuotes() {
        QuoteStore store = new QuoteStore(db);
        QuoteIndex index = new QuoteIndex(new QuoteMatcher());
        Map<String, String> postOfQuote = new HashMap<>();
        store.quotes(q -> {
            index.add(q.id(), q.text());
            postOfQuote.put(q.id(), q.postId());
        });
        List<QuoteStore.Match> matches = new ArrayList<>();
        if (index.size() > 0) {
            store.comments(c -> {
                for (QuoteIndex.Match m : index.containedIn(c.text())) {
                    if (!postOfQuote.get(m.id()).equals(c.postId())) {
                        matches.add(new QuoteStore.Match(m.id(), c.id(), m.containment()));
                    }
                }
            });
        }
        store.replaceMatches(matches);
        return matches.size();
    }
}
