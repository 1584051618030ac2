package org.threadgraph.bench;

/**
 * The shape of a generated blog, after On Probation: how many comments a post draws, how many of
 * them are replies, who writes them and how often they point at each other.
 *
 * @param medianComments  median comments per post; counts are a discrete log-normal around it
 * @param spread          standard deviation of the log of the count: 1.0 puts about 60% of posts
 *                        between 5 and 30 comments and a few in the hundreds
 * @param maxComments     no post draws more comments than this
 * @param replyFraction   chance that a comment after the first is a Blogger reply to a top-level comment
 * @param ownerShare      chance that the blog's owner writes a comment
 * @param profileShare    chance that a commenter signed in with a named Blogger profile
 * @param signedShare     chance that an anonymous commenter signs off with a recurring handle
 * @param pageLimit       comments Blogger shows on a post page; a longer thread is written as its comments feed
 */
public record BlogShape(double medianComments, double spread, int maxComments, double replyFraction,
                        double ownerShare, double profileShare, double signedShare, int pageLimit) {

    /** The most comments a post may have: generated comment ids leave room for this many a post. */
    public static final int MAX_COMMENTS_LIMIT = 3_000;

    /** On Probation's shape as read from its public threads: mostly anonymous, half replies. */
    public static final BlogShape ON_PROBATION = new BlogShape(12, 1.0, 1200, 0.5, 0.03, 0.17, 0.08, 200);

    public BlogShape {
        if (medianComments < 1 || spread < 0 || maxComments < 1 || maxComments > MAX_COMMENTS_LIMIT) {
            throw new IllegalArgumentException("comment counts need median >= 1, spread >= 0, max in [1, "
                    + MAX_COMMENTS_LIMIT + "]");
        }
        for (double p : new double[] {replyFraction, ownerShare, profileShare, signedShare}) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("shares must lie in [0, 1]");
            }
        }
        if (ownerShare + profileShare + signedShare > 1) {
            throw new IllegalArgumentException("owner, profile and signed shares add up to more than 1");
        }
        if (pageLimit < 1) {
            throw new IllegalArgumentException("page limit must be positive");
        }
    }
}
