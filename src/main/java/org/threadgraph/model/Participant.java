package org.threadgraph.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone who writes comments, as far as the sources let us tell people apart.
 *
 * @param key  stable key: {@code blogger:N} for a Blogger profile, {@code url:…} for a linked name,
 *             {@code name:BLOG:name} for a bare name, {@code anon:COMMENTID} for one anonymous comment
 *             until linking finds evidence that several are one person
 * @param name display name
 * @param kind how the participant is known
 */
public record Participant(String key, String name, Kind kind) {

    /** How a participant is known. */
    public enum Kind {
        /** The blog's owner, by Blogger profile. */
        BLOG_AUTHOR,
        /** A Blogger profile: one person everywhere. */
        PROFILE,
        /** A name with the commenter's own URL. */
        LINKED_NAME,
        /** A typed name with no link: the same name is taken as the same person within one blog. */
        NAME_ONLY,
        /** Posted as Anonymous. */
        ANONYMOUS,
        /** The source does not show authors (text copies). */
        UNKNOWN;

        /** Returns the lower-case, hyphenated form used in the graph, e.g. {@code blog-author}. */
        public String graphName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private static final Pattern PROFILE = Pattern.compile("blogger\\.com/profile/(\\d+)");

    public Participant {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    /** Returns the participant the source's author line names for a comment, before any linking. */
    public static Participant of(Author author, String commentId, String blogKey) {
        if (author.isUnattributed()) {
            return new Participant("anon:" + commentId, null, Kind.UNKNOWN);
        }
        if (author.profileUrl() != null) {
            Matcher m = PROFILE.matcher(author.profileUrl());
            if (m.find()) {
                return new Participant("blogger:" + m.group(1), author.displayName(),
                        author.blogAuthor() ? Kind.BLOG_AUTHOR : Kind.PROFILE);
            }
            return new Participant("url:" + author.profileUrl(), author.displayName(), Kind.LINKED_NAME);
        }
        if (author.isAnonymous()) {
            return new Participant("anon:" + commentId, "Anonymous", Kind.ANONYMOUS);
        }
        return new Participant("name:" + blogKey + ":" + author.displayName().strip().toLowerCase(Locale.ROOT),
                author.displayName().strip(), author.blogAuthor() ? Kind.BLOG_AUTHOR : Kind.NAME_ONLY);
    }
}
