package org.threadgraph.bench;

/**
 * Who writes a generated comment, as Blogger shows them.
 *
 * @param name      display name: "Anonymous" unless signed in
 * @param profileId Blogger profile number of a signed-in commenter, or null
 * @param owner     whether this is the blog's owner
 * @param signOff   the handle an anonymous commenter signs with ("'Kestrel"), or null
 */
record Persona(String name, String profileId, boolean owner, String signOff) {

    static final String ANONYMOUS = "Anonymous";

    /** Returns true when Blogger shows the commenter as Anonymous. */
    boolean anonymous() {
        return profileId == null;
    }
}
