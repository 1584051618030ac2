package org.threadgraph.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way every report, view and export names a writer, a comment and a post. A writer with a
 * name of their own is that name; an anonymous or unnamed writer is told apart by their first comment,
 * as readers of the blog do: {@code Anonymous, 21:54 on "TR Is Crap Says Research"}. Keys never appear
 * in captions.
 */
public final class Captions {

    /** The generic name Blogger gives writers who left none. */
    public static final String ANONYMOUS = "Anonymous";
    /** What a writer is called whose name the source lost (e.g. a flattened text copy). */
    public static final String UNNAMED = "Unnamed writer";

    private Captions() {
    }

    /**
     * Returns the caption of a writer.
     *
     * @param name       their display name, or null
     * @param firstClock the clock time of their first comment (e.g. {@code 21:54}), or null
     * @param firstLabel the number of their first comment on its page (e.g. {@code 5.1}), or null
     * @param firstPost  the title of the post of their first comment, or null
     */
    public static String writer(String name, String firstClock, String firstLabel, String firstPost) {
        if (hasOwnName(name)) {
            return name.strip();
        }
        String where = place(firstClock, firstLabel);
        String caption = genericName(name) + (where == null ? "" : ", " + where);
        return firstPost == null || firstPost.isBlank() ? caption : caption + " on \"" + firstPost.strip() + "\"";
    }

    /**
     * Returns the caption of a comment within its post: its writer's name and its clock time or
     * number, e.g. {@code Anonymous, 21:54} or {@code getafix, #5.1}.
     */
    public static String comment(String writerName, String clock, String label) {
        String who = hasOwnName(writerName) ? writerName.strip() : genericName(writerName);
        String where = place(clock, label);
        return where == null ? who : who + ", " + where;
    }

    /** Returns the caption of a post: its title, else its permalink, else {@code Post ID}. */
    public static String post(String title, String url, String id) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return url != null && !url.isBlank() ? url : "Post " + id;
    }

    /**
     * Returns the caption of a camp: what its members defend and attack (e.g. {@code defends Napo;
     * attacks Ministry of Justice}), else its characteristic words, else the name the analysis gave it.
     *
     * @param storedName the camp's stored name, or null
     * @param defends    entities its members defend, most first
     * @param attacks    entities its members attack, most first
     * @param terms      its characteristic words, most first
     */
    public static String camp(String storedName, List<String> defends, List<String> attacks, List<String> terms) {
        List<String> parts = new ArrayList<>();
        if (!defends.isEmpty()) {
            parts.add("defends " + String.join(", ", defends.subList(0, Math.min(2, defends.size()))));
        }
        if (!attacks.isEmpty()) {
            parts.add("attacks " + String.join(", ", attacks.subList(0, Math.min(2, attacks.size()))));
        }
        if (parts.isEmpty() && !terms.isEmpty()) {
            parts.add("words: " + String.join(", ", terms.subList(0, Math.min(4, terms.size()))));
        }
        if (!parts.isEmpty()) {
            return String.join("; ", parts);
        }
        return storedName == null || storedName.isBlank() ? "a camp with no stated position" : storedName;
    }

    /** True when the name tells the writer apart (not missing, not Blogger's generic "Anonymous"). */
    public static boolean hasOwnName(String name) {
        return name != null && !name.isBlank() && !name.strip().equalsIgnoreCase(ANONYMOUS)
                && !name.strip().equalsIgnoreCase("unknown");
    }

    private static String genericName(String name) {
        return name != null && name.strip().equalsIgnoreCase(ANONYMOUS) ? ANONYMOUS : UNNAMED;
    }

    private static String place(String clock, String label) {
        if (clock != null && !clock.isBlank()) {
            return clock.strip();
        }
        return label != null && !label.isBlank() ? "#" + label.strip() : null;
    }
}
