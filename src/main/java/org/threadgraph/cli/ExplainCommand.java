package org.threadgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadgraph.store.CommentExplainer;
import org.threadgraph.store.CommentExplanation;
import org.threadgraph.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph explain COMMENT_ID}: a comment and why the graph links it as it does. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show a comment, its structural parent, whom it really answers (method, confidence, evidence, "
                + "stance), who wrote it and why, what it mentions and links to, and who answers or quotes it."})
final class ExplainCommand implements Callable<Integer> {

    private static final int SNIPPET = 160;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Parameters(paramLabel = "COMMENT_ID", description = "The comment's id (Blogger's id, or a text copy's id).")
    String commentId;

    @Override
    public Integer call() {
        try (Database db = dbOptions.open()) {
            print(new CommentExplainer(db).explain(commentId), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(CommentExplanation e, PrintWriter out) {
        Map<String, Object> c = e.comment();
        out.printf("Comment %s  (%s%s)%n", c.get("id"), label(c), c.get("clock") == null ? "" : ", shown at " + c.get("clock"));
        out.printf("  on post: %s%s%n", e.post().get("title"), e.post().get("url") == null ? "" : "  " + e.post().get("url"));
        out.printf("  text: %s%n", snippet(c.get("text")));
        if (c.get("inferredClock") != null) {
            out.printf("  inferred clock: %s  [%s, %.2f] %s%n", c.get("inferredClock"), c.get("inferredClockMethod"),
                    number(c.get("inferredClockConfidence")), c.get("inferredClockEvidence"));
        }
        out.println();
        out.println("Structural parent (Blogger): " + (e.parent() == null ? "none, a top-level comment"
                : label(e.parent()) + "  " + snippet(e.parent().get("text"))));
        Map<String, Object> r = e.responds();
        if (r == null) {
            out.println("Responds to: not linked yet (run `threadgraph link`)");
        } else {
            out.printf("Responds to: %s %s  %s%n", r.get("targetKind"),
                    "Post".equals(r.get("targetKind")) ? "" : label(Map.of("label", String.valueOf(r.get("targetLabel")),
                            "id", r.get("targetId"))), snippet(r.get("targetText")));
            out.printf("  method %s, confidence %.2f: %s%n", r.get("method"), number(r.get("confidence")), r.get("evidence"));
            if (r.get("stance") != null) {
                out.printf("  stance %s (%.2f): %s%n", r.get("stance"), number(r.get("stanceConfidence")),
                        r.get("stanceEvidence"));
            }
            if (r.get("stanceAgree") != null) {
                out.printf("  stance probabilities: agree %.2f, disagree %.2f, neutral %.2f%n", number(r.get("stanceAgree")),
                        number(r.get("stanceDisagree")), number(r.get("stanceNeutral")));
            }
        }
        Map<String, Object> w = e.writer();
        if (w != null) {
            out.printf("Written by: %s  [%s, %s]%n", w.get("name") == null ? "(unnamed)" : w.get("name"), w.get("key"),
                    w.get("kind"));
            @SuppressWarnings("unchecked")
            Map<String, Object> how = (Map<String, Object>) w.get("how");
            if (how != null && how.get("method") != null) {
                out.printf("  linked by %s, confidence %.2f: %s%n", how.get("method"), number(how.get("confidence")),
                        how.get("evidence"));
            } else {
                out.println("  as the source names the author");
            }
        }
        list(out, "Same author as", e.sameAuthor(), s -> s.get("other") + " (" + s.get("otherLabel") + ") by "
                + s.get("method") + ": " + s.get("evidence"));
        list(out, "Mentions", e.mentions(), m -> m.get("entity") + " [" + m.get("type") + "] as \"" + m.get("evidence")
                + "\"" + (m.get("attitude") == null || "neutral".equals(m.get("attitude")) ? ""
                : ", " + m.get("attitude") + "s it: " + m.get("attitudeEvidence")));
        list(out, "Links to", e.links(), l -> (l.get("title") == null ? l.get("url") : l.get("title"))
                + (Boolean.TRUE.equals(l.get("stub")) ? " (not ingested yet)" : "") + " by " + l.get("by") + ": "
                + l.get("evidence"));
        list(out, "Answered by", e.respondedBy(), x -> x.get("from") + " (" + x.get("fromLabel") + ") by "
                + x.get("method") + ", " + x.get("stance") + ": " + snippet(x.get("fromText")));
        list(out, "Quoted by", e.quotedBy(), q -> q.get("fromKind") + " " + q.get("from") + " in post " + q.get("fromPost")
                + String.format(", similarity %.2f", number(q.get("similarity"))));
    }

    private static void list(PrintWriter out, String title, List<Map<String, Object>> items,
                             java.util.function.Function<Map<String, Object>, String> line) {
        if (items == null || items.isEmpty()) {
            return;
        }
        out.println(title + ":");
        items.forEach(i -> out.println("  " + line.apply(i)));
    }

    private static String label(Map<String, Object> comment) {
        return comment.get("label") == null ? String.valueOf(comment.get("id")) : "#" + comment.get("label");
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String snippet(Object text) {
        if (text == null) {
            return "";
        }
        String t = text.toString().replaceAll("\\s+", " ").strip();
        return "\"" + (t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 1) + "…") + "\"";
    }
}
