package org.threadgraph.sources;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;

/**
 * Maps one comment entry of a feed, a back-up export or Takeout to a {@link Comment}: ids from the
 * entry id and links, the parent only from {@code link rel="related"} (or Takeout's
 * {@code blogger:inReplyTo}), the clock from {@code blogger.displayTime}.
 */
final class FeedComments {

    static final String DISPLAY_TIME = "blogger.displayTime";
    static final String CONTENT_REMOVED = "blogger.contentRemoved";

    private FeedComments() {
    }

    /** Tells whether a commenter is the blog's owner (or the post's author). */
    @FunctionalInterface
    interface OwnerTest {

        /** Returns true when the commenter with this name and normalised URL owns the post's blog. */
        boolean isOwner(String postId, String name, String profileUrl);
    }

    /**
     * Who owns the blog, to mark their comments: by Blogger profile when the source gives one, else
     * by name, but then only for commenters who signed in with a Blogger profile.
     */
    static final class Owner implements OwnerTest {
        private final Set<String> profiles = new HashSet<>();
        private final Set<String> names = new HashSet<>();

        /** Adds an owner known by name and perhaps a profile URL. */
        void add(String name, String uri) {
            String profile = BloggerIds.profileUrl(uri);
            if (BloggerIds.isProfile(profile)) {
                profiles.add(profile);
            } else if (name != null && !name.isBlank() && !new Author(name, null, false).isAnonymous()) {
                names.add(name.strip());
            }
        }

        @Override
        public boolean isOwner(String postId, String name, String profileUrl) {
            if (!BloggerIds.isProfile(profileUrl)) {
                return false;
            }
            return profiles.contains(profileUrl) || (name != null && names.contains(name.strip()));
        }
    }

    /** Returns the comment id of an entry: after {@code .post-} in its id, else its {@code #c} anchor, or null. */
    static String commentId(FeedEntry e) {
        String id = BloggerIds.afterPost(e.id());
        if (id == null) {
            id = BloggerIds.anchorCommentId(e.link("alternate", null));
        }
        if (id == null) {
            id = BloggerIds.lastSegmentId(e.link("self", null));
        }
        return id;
    }

    /** Returns the post id of a comment entry: {@code thr:in-reply-to@ref}, else its own feed link, or null. */
    static String postId(FeedEntry e) {
        String id = BloggerIds.afterPost(e.inReplyTo());
        if (id == null && e.parent() != null) {
            id = BloggerIds.anyId(e.parent());
        }
        if (id == null) {
            id = BloggerIds.feedUrlPostId(e.link("self", null));
        }
        if (id == null) {
            id = BloggerIds.feedUrlPostId(e.link("edit", null));
        }
        return id;
    }

    /** Returns the parent comment id: the last segment of the {@code related} link or Takeout's inReplyTo. */
    static String parentId(FeedEntry e, String ownId) {
        String parent = BloggerIds.lastSegmentId(e.link("related", null));
        if (parent == null && e.replyTo() != null) {
            parent = BloggerIds.anyId(e.replyTo());
        }
        return parent == null || parent.equals(ownId) ? null : parent;
    }

    /** Returns true when an entry holds a comment rather than a post, page or setting. */
    static boolean isComment(FeedEntry e) {
        if (e.isKind("comment") || "COMMENT".equalsIgnoreCase(e.type())) {
            return true;
        }
        if (e.isKind("post") || e.type() != null || !e.kinds().isEmpty()) {
            return false;
        }
        String alt = e.link("alternate", null);
        return e.inReplyTo() != null || e.link("related", null) != null
                || (alt != null && (alt.contains("showComment=") || BloggerIds.anchorCommentId(alt) != null));
    }

    /**
     * Returns the comment an entry holds, at position 0 with no label, or null (with a warning)
     * when the entry has no comment or post id.
     *
     * @param fallbackPostId post id to use when the entry names none (a per-post feed's post), or null
     */
    static Comment toComment(FeedEntry e, String fallbackPostId, OwnerTest owner, ZoneId zone, List<String> warnings) {
        String place = e.place();
        String id = commentId(e);
        if (id == null) {
            warnings.add(place + ": comment entry without a comment id; skipped");
            return null;
        }
        String postId = postId(e);
        if (postId == null) {
            postId = fallbackPostId;
        }
        if (postId == null) {
            warnings.add("comment " + id + ": no post id (thr:in-reply-to); skipped");
            return null;
        }
        Instant published = Clocks.published(e.published(), "comment " + id, warnings);
        String clock = Clocks.parse(e.properties().get(DISPLAY_TIME));
        if (clock == null) {
            clock = Clocks.of(published, zone);
        }
        if (e.contentHtml() == null) {
            warnings.add("comment " + id + " (" + place + "): no content, or content that is not text; text left empty");
        }
        String text = HtmlText.ofHtml(e.contentHtml());
        String removedFlag = e.properties().get(CONTENT_REMOVED);
        boolean removed = (removedFlag != null && !removedFlag.equalsIgnoreCase("false"))
                || HtmlText.isRemovedNotice(text) || e.contentHtml() != null && e.contentHtml().contains("deleted-comment");
        FeedEntry.Person p = e.author();
        Author author;
        if (p == null) {
            author = Author.UNATTRIBUTED;
        } else {
            String url = BloggerIds.profileUrl(p.uri());
            author = new Author(p.name() == null || p.name().isBlank() ? null : p.name().strip(), url,
                    owner != null && owner.isOwner(postId, p.name(), url));
        }
        return new Comment(id, postId, parentId(e, id), 0, null, author, published, clock, text, removed, 1.0);
    }
}
