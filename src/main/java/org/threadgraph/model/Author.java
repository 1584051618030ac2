package org.threadgraph.model;

/**
 * Who a source says wrote a comment, before any identity linking.
 *
 * @param displayName the name shown, e.g. "Anonymous", or null when the source shows none
 * @param profileUrl  a Blogger profile or the author's own URL, or null
 * @param blogAuthor  whether the source marks the author as the blog's owner
 */
public record Author(String displayName, String profileUrl, boolean blogAuthor) {

    /** An author the source does not name at all (text copies show no author lines). */
    public static final Author UNATTRIBUTED = new Author(null, null, false);

    /** Returns true when the source names the author "Anonymous" (or its translations) with no URL. */
    public boolean isAnonymous() {
        return profileUrl == null && displayName != null
                && displayName.strip().matches("(?i)anonymous|anon|anónimo|anonyme|anonym|anonimo");
    }

    /** Returns true when nothing at all is known of the author. */
    public boolean isUnattributed() {
        return displayName == null && profileUrl == null;
    }
}
