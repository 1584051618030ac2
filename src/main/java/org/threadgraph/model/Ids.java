package org.threadgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/** Stable ids for records whose source carries none (text copies), derived from content. */
public final class Ids {

    private Ids() {
    }

    /**
     * Returns the id of a post known only by blog, date and title, so that two copies of the same
     * post get the same id whatever order they are read in.
     */
    public static String textPostId(String blogKey, LocalDate date, String title) {
        return "t" + digest(blogKey + "|" + date + "|" + normaliseTitle(title)).substring(0, 16);
    }

    /** Returns the id of a comment of a text-copy post at the given position label ("5.2"). */
    public static String textCommentId(String postId, String label) {
        return postId + "-c" + label;
    }

    /** Returns the id of the n-th quoted block of a post. */
    public static String quoteId(String postId, int position) {
        return postId + "-q" + position;
    }

    /** Returns a title reduced to lower-case letters and digits, for comparing titles. */
    public static String normaliseTitle(String title) {
        return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Returns the SHA-256 hex digest of a string. */
    public static String digest(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
