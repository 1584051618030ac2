package org.threadgraph.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the comments of one generated post with the cues threadgraph's linker reads: clock-time
 * references to earlier comments ("14:03 Your comment is spot on", "Anon 21:54 I agree"), "21:54
 * here" from the writer of that comment, quotations of earlier comments, a named commenter
 * addressed by name, agreement and disagreement, mentions of organisations and people, links to
 * earlier posts, and sign-off handles.
 */
final class CommentWriter {

    private static final double CLOCK_CUE = 0.15;
    private static final double SELF_HERE = 0.04;
    private static final double QUOTE = 0.08;
    private static final double ADDRESS = 0.05;
    private static final double AGREE = 0.22;
    private static final double DISAGREE = 0.18;
    private static final double MENTION = 0.3;
    private static final double LINK = 0.03;
    private static final int QUOTE_MIN_WORDS = 8;

    private final SyntheticBlog blog;
    private final int postIndex;

    CommentWriter(SyntheticBlog blog, int postIndex) {
        this.blog = blog;
        this.postIndex = postIndex;
    }

    /**
     * Returns the next comment of the post.
     *
     * @param parent  the top-level comment it is filed under, or null for a top-level comment
     * @param earlier the post's comments so far, oldest first
     */
    SyntheticComment write(SplittableRandom r, String id, SyntheticComment parent, Instant at,
                           List<SyntheticComment> earlier) {
        SyntheticComment target = target(r, parent, earlier);
        Persona author = blog.cast().draw(r);
        StringBuilder text = new StringBuilder();
        double cue = r.nextDouble();
        if (target != null && cue < SELF_HERE && !target.author().owner()) {
            author = target.author();
            text.append(SyntheticBlog.clock(target.published())).append(" here. ");
        } else if (target != null && cue < SELF_HERE + CLOCK_CUE) {
            text.append(Phrases.clockOpener(r, SyntheticBlog.clock(target.published()))).append(' ');
        } else if (target != null && cue < SELF_HERE + CLOCK_CUE + QUOTE && quotable(target)) {
            text.append('"').append(excerpt(r, target)).append("\"\n");
        } else if (target != null && cue < SELF_HERE + CLOCK_CUE + QUOTE + ADDRESS && !target.author().anonymous()) {
            text.append(target.author().name()).append(", ");
        }
        if (target != null) {
            double stance = r.nextDouble();
            if (stance < AGREE) {
                text.append(Phrases.pick(r, Phrases.AGREE)).append(' ');
            } else if (stance < AGREE + DISAGREE) {
                text.append(Phrases.pick(r, Phrases.DISAGREE)).append(' ');
            }
        }
        int sentences = 1 + r.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            text.append(Phrases.sentence(r, MENTION)).append(i == 1 && sentences > 2 ? "\n" : " ");
        }
        if (postIndex > 0 && r.nextDouble() < LINK) {
            text.append('\n').append(Phrases.linkLead(r)).append(blog.permalink(r.nextInt(postIndex)));
        }
        String body = text.toString().strip();
        if (author.signOff() != null) {
            body += "\n\n" + author.signOff();
        }
        return new SyntheticComment(id, parent == null ? null : parent.id(), at, author, body);
    }

    /**
     * Returns the comment this one answers: for a reply, its parent or a reply already under it
     * (Blogger files an answer to a reply under the top-level comment); for a top-level comment,
     * now and then an earlier comment anywhere in the thread; else null.
     */
    private static SyntheticComment target(SplittableRandom r, SyntheticComment parent, List<SyntheticComment> earlier) {
        if (parent != null) {
            List<SyntheticComment> thread = new ArrayList<>();
            thread.add(parent);
            for (SyntheticComment c : earlier) {
                if (parent.id().equals(c.parentId())) {
                    thread.add(c);
                }
            }
            return r.nextDouble() < 0.5 ? thread.get(thread.size() - 1) : thread.get(r.nextInt(thread.size()));
        }
        if (!earlier.isEmpty() && r.nextDouble() < 0.2) {
            return earlier.get(earlier.size() - 1 - r.nextInt(Math.min(5, earlier.size())));
        }
        return null;
    }

    private static boolean quotable(SyntheticComment c) {
        return words(c).length >= QUOTE_MIN_WORDS;
    }

    /** Returns a run of consecutive words of a comment, without its sign-off. */
    private static String excerpt(SplittableRandom r, SyntheticComment c) {
        String[] words = words(c);
        int length = Math.min(words.length, QUOTE_MIN_WORDS + r.nextInt(7));
        int from = r.nextInt(words.length - length + 1);
        return String.join(" ", Arrays.copyOfRange(words, from, from + length)).replace("\"", "");
    }

    private static String[] words(SyntheticComment c) {
        String text = c.text();
        int signOff = text.lastIndexOf("\n\n");
        if (signOff > 0 && c.author().signOff() != null) {
            text = text.substring(0, signOff);
        }
        return text.strip().split("\\s+");
    }
}
