package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Inference;
import org.threadgraph.model.Post;
import org.threadgraph.model.Response;
import org.threadgraph.model.SameAuthor;

/**
 * Measures {@link CueReplyLinker} on the hand-labelled dev set (src/test/resources/devset/replies.json)
 * and guards the figures.
 *
 * <p>Definitions. For a method m: <em>made</em> = responses the linker made by m; <em>correct</em> =
 * those whose target is the gold target; <em>precision</em> = correct / made; <em>recall</em> =
 * correct / all gold edges (the share of the whole dev set that m gets right, so the recalls add up
 * to the overall accuracy); <em>recall of comment edges</em> counts only gold edges whose target is
 * a comment (not the post). Accuracy = correct responses / comments.
 */
class ReplyLinkerDevSetTest {

    private static final List<DevThread> THREADS = new ArrayList<>();

    /** One thread of the dev set, with its gold targets. */
    record DevThread(String seed, Post post, List<Comment> comments, Map<String, String> gold,
                     Map<String, String> goldLabel, List<String[]> sameAuthors, boolean hasClocks) {
    }

    /** Counts per method. */
    static final class Tally {
        int made;
        int correct;
    }

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = ReplyLinkerDevSetTest.class.getResourceAsStream("/devset/replies.json")) {
            JsonNode root = json.readTree(in);
            for (JsonNode t : root.get("threads")) {
                String postId = t.get("postId").asText();
                Post post = new Post(postId, "probationmatters.blogspot.com", null, t.get("title").asText(), null,
                        null, t.get("body").asText(), null, null);
                List<Comment> comments = new ArrayList<>();
                Map<String, String> gold = new LinkedHashMap<>();
                Map<String, String> goldLabel = new HashMap<>();
                boolean clocks = false;
                for (JsonNode c : t.get("comments")) {
                    String author = text(c, "author");
                    Author a = author == null ? Author.UNATTRIBUTED
                            : new Author(author, text(c, "authorUrl"), c.get("blogAuthor").asBoolean());
                    String published = text(c, "published");
                    Instant when = published == null ? null : OffsetDateTime.parse(published).toInstant();
                    clocks |= text(c, "clock") != null;
                    comments.add(new Comment(c.get("id").asText(), postId, text(c, "parentId"),
                            c.get("position").asInt(), c.get("label").asText(), a, when, text(c, "clock"),
                            c.get("text").asText(), c.get("removed").asBoolean(),
                            c.get("boundaryConfidence").asDouble()));
                    String g = c.get("gold").asText();
                    gold.put(c.get("id").asText(), g.equals("post") ? postId : g);
                    goldLabel.put(c.get("id").asText(), c.get("label").asText());
                }
                List<String[]> same = new ArrayList<>();
                for (JsonNode s : t.get("sameAuthors")) {
                    same.add(new String[] {s.get("commentId").asText(), s.get("otherCommentId").asText()});
                }
                THREADS.add(new DevThread(t.get("seed").asText(), post, comments, gold, goldLabel, same, clocks));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The dev set as a text copy would give it: no clocks, no instants, no authors. */
    private static DevThread stripped(DevThread t) {
        List<Comment> out = new ArrayList<>();
        for (Comment c : t.comments()) {
            out.add(new Comment(c.id(), c.postId(), c.parentId(), c.position(), c.label(), Author.UNATTRIBUTED,
                    null, null, c.text(), c.removed(), c.boundaryConfidence()));
        }
        return new DevThread(t.seed(), t.post(), out, t.gold(), t.goldLabel(), t.sameAuthors(), false);
    }

    /** Runs a linker over threads; returns per-method tallies, with the total under "ALL". */
    private static Map<String, Tally> measure(Function<DevThread, List<Response>> linker, List<DevThread> threads,
                                              StringBuilder misses) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (DevThread t : threads) {
            List<Response> rs = linker.apply(t);
            assertEquals(t.comments().size(), rs.size(), "one response per comment in " + t.seed());
            for (Response r : rs) {
                boolean ok = r.toId().equals(t.gold().get(r.fromId()));
                for (String key : List.of(r.inference().method(), "ALL")) {
                    Tally tally = tallies.computeIfAbsent(key, k -> new Tally());
                    tally.made++;
                    tally.correct += ok ? 1 : 0;
                }
                if (!ok && misses != null) {
                    String to = r.toPost() ? "post" : t.goldLabel().getOrDefault(r.toId(), r.toId());
                    String want = t.gold().get(r.fromId()).equals(t.post().id()) ? "post"
                            : t.goldLabel().get(t.gold().get(r.fromId()));
                    misses.append(String.format(Locale.ROOT, "  %s %-5s -> %-5s (gold %-5s) %-10s %s%n", t.seed(),
                            t.goldLabel().get(r.fromId()), to, want, r.inference().method(),
                            r.inference().evidence()));
                }
            }
        }
        return tallies;
    }

    /** Standard links per thread, computed once: the linker is deterministic. */
    private static final Map<DevThread, ThreadLinks> LINKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static ThreadLinks links(DevThread t) {
        return LINKS.computeIfAbsent(t, k -> new CueReplyLinker().link(k.post(), k.comments()));
    }

    private static List<Response> standard(DevThread t) {
        return links(t).responses();
    }

    /** Blogger's structure alone: a reply answers its top-level comment, a top-level comment the post. */
    private static List<Response> structureOnly(DevThread t) {
        List<Response> out = new ArrayList<>();
        for (Comment c : t.comments()) {
            out.add(c.isReply() ? new Response(c.id(), c.parentId(), false, baseline("structural"))
                    : new Response(c.id(), t.post().id(), true, baseline("post")));
        }
        return out;
    }

    /** Structure plus plain adjacency: a later reply answers the reply before it. */
    private static List<Response> adjacencyOnly(DevThread t) {
        List<Response> out = new ArrayList<>();
        Map<String, String> lastInBlock = new HashMap<>();
        for (Comment c : t.comments()) {
            if (!c.isReply()) {
                out.add(new Response(c.id(), t.post().id(), true, baseline("post")));
            } else {
                String prev = lastInBlock.getOrDefault(c.parentId(), c.parentId());
                out.add(new Response(c.id(), prev, false, baseline("adjacency")));
            }
            if (c.isReply()) {
                lastInBlock.put(c.parentId(), c.id());
            }
        }
        return out;
    }

    private static Inference baseline(String method) {
        return new Inference(method, 1, "baseline");
    }

    private static int goldComments(List<DevThread> threads) {
        int n = 0;
        for (DevThread t : threads) {
            for (String g : t.gold().values()) {
                n += g.equals(t.post().id()) ? 0 : 1;
            }
        }
        return n;
    }

    private static int total(List<DevThread> threads) {
        return threads.stream().mapToInt(t -> t.comments().size()).sum();
    }

    private static String table(String title, Map<String, Tally> tallies, List<DevThread> threads,
                                Map<String, Integer> commentEdgesFound) {
        int all = total(threads);
        int goldComments = goldComments(threads);
        StringBuilder b = new StringBuilder(title).append('\n');
        b.append(String.format(Locale.ROOT, "  %-20s %5s %7s %9s %7s %15s%n", "method", "made", "correct",
                "precision", "recall", "recall(comment)"));
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            if (e.getKey().equals("ALL")) {
                continue;
            }
            Tally t = e.getValue();
            Integer found = commentEdgesFound.get(e.getKey());
            b.append(String.format(Locale.ROOT, "  %-20s %5d %7d %9.2f %7.2f %15s%n", e.getKey(), t.made, t.correct,
                    (double) t.correct / t.made, (double) t.correct / all,
                    found == null ? "-" : String.format(Locale.ROOT, "%.2f", (double) found / goldComments)));
        }
        Tally t = tallies.get("ALL");
        b.append(String.format(Locale.ROOT, "  %-20s %5d %7d  accuracy %.3f (%d comments, %d gold comment edges)%n",
                "all", t.made, t.correct, (double) t.correct / t.made, all, goldComments));
        return b.toString();
    }

    /** Correct responses per method whose gold target is a comment. */
    private static Map<String, Integer> commentEdges(Function<DevThread, List<Response>> linker,
                                                     List<DevThread> threads) {
        Map<String, Integer> out = new TreeMap<>();
        for (DevThread t : threads) {
            for (Response r : linker.apply(t)) {
                if (!r.toPost() && r.toId().equals(t.gold().get(r.fromId()))) {
                    out.merge(r.inference().method(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private static double precision(Map<String, Tally> tallies, String method) {
        Tally t = tallies.get(method);
        return t == null ? Double.NaN : (double) t.correct / t.made;
    }

    @Test
    void measuresTheLinkerOnTheDevSet() {
        StringBuilder misses = new StringBuilder();
        Map<String, Tally> std = measure(ReplyLinkerDevSetTest::standard, THREADS, misses);
        Map<String, Tally> structure = measure(ReplyLinkerDevSetTest::structureOnly, THREADS, null);
        Map<String, Tally> adjacency = measure(ReplyLinkerDevSetTest::adjacencyOnly, THREADS, null);
        List<DevThread> textCopies = THREADS.stream().map(ReplyLinkerDevSetTest::stripped).toList();
        List<DevThread> blogger = THREADS.stream().filter(DevThread::hasClocks).toList();
        Map<String, Tally> bloggerOnly = measure(ReplyLinkerDevSetTest::standard, blogger, null);
        Map<String, Tally> stripped = measure(ReplyLinkerDevSetTest::standard, textCopies, null);

        StringBuilder report = new StringBuilder();
        report.append(table("Dev set, as sourced (seeds 000, 001, 003 with Blogger clocks; 002 text copy):", std,
                THREADS, commentEdges(ReplyLinkerDevSetTest::standard, THREADS)));
        report.append("Misses:\n").append(misses);
        report.append(table("Blogger seeds only (000, 001, 003):", bloggerOnly, blogger,
                commentEdges(ReplyLinkerDevSetTest::standard, blogger)));
        report.append(table("All four seeds as text copies (clocks, instants, authors stripped):", stripped,
                textCopies, commentEdges(ReplyLinkerDevSetTest::standard, textCopies)));
        report.append(String.format(Locale.ROOT, "Baselines: structure only %.3f, structure + adjacency %.3f%n",
                accuracy(structure), accuracy(adjacency)));
        report.append(sameAuthorAndClocks(textCopies));
        report.append(clockTokens());
        report.append(marginSweep());
        String shown = report.toString();
        System.out.println(shown);

        // Guards: the figures reached, rounded down a little.
        assertTrue(accuracy(std) >= 0.84, () -> "accuracy fell: " + shown);
        assertTrue(accuracy(stripped) >= 0.84, () -> "text-copy accuracy fell: " + shown);
        assertTrue(accuracy(bloggerOnly) >= 0.85, () -> "Blogger-seed accuracy fell: " + shown);
        assertTrue(accuracy(std) > accuracy(adjacency) && accuracy(adjacency) > accuracy(structure),
                () -> "the linker must beat both baselines: " + shown);
        Map<String, Double> floors = Map.of(CueReplyLinker.CLOCK, 0.99, CueReplyLinker.QUOTATION, 0.99,
                CueReplyLinker.STRUCTURAL, 0.99, CueReplyLinker.ADDRESS, 0.99, CueReplyLinker.ADJACENCY, 0.58,
                CueReplyLinker.OVERLAP, 0.70, CueReplyLinker.POST, 0.90);
        floors.forEach((method, floor) -> assertTrue(precision(std, method) >= floor,
                () -> method + " precision fell below " + floor + ": " + shown));
        assertTrue(LOTO[0] >= 16, () -> "leave-one-thread-out fell: " + shown);
        // The documented confidences are these precisions, add-one smoothed: keep them in step.
        Map<String, Double> documented = Map.of(CueReplyLinker.CLOCK, CueReplyLinker.CLOCK_CONFIDENCE,
                CueReplyLinker.QUOTATION, CueReplyLinker.QUOTATION_CONFIDENCE,
                CueReplyLinker.STRUCTURAL, CueReplyLinker.STRUCTURAL_CONFIDENCE,
                CueReplyLinker.ADDRESS, CueReplyLinker.ADDRESS_CONFIDENCE,
                CueReplyLinker.ADJACENCY, CueReplyLinker.ADJACENCY_CONFIDENCE,
                CueReplyLinker.OVERLAP, CueReplyLinker.OVERLAP_CONFIDENCE,
                CueReplyLinker.POST, CueReplyLinker.POST_CONFIDENCE);
        assertEquals((SELF_AND_INFERRED[1] + 1.0) / (SELF_AND_INFERRED[0] + 2.0),
                CueReplyLinker.SELF_IDENTIFICATION_CONFIDENCE, 0.01, "self-identification confidence");
        assertEquals((SELF_AND_INFERRED[3] + 1.0) / (SELF_AND_INFERRED[2] + 2.0),
                CueReplyLinker.CLOCK_INFERENCE_CONFIDENCE, 0.01, "clock-inference confidence");
        assertEquals(SELF_AND_INFERRED[0], SELF_AND_INFERRED[1], "self-identification made a wrong pair");
        documented.forEach((method, confidence) -> {
            Tally t = std.get(method);
            double smoothed = (t.correct + 1.0) / (t.made + 2.0);
            assertEquals(smoothed, confidence, 0.01, () -> method + ": documented confidence " + confidence
                    + " is not the measured (" + t.correct + "+1)/(" + t.made + "+2)");
        });
    }

    private static double accuracy(Map<String, Tally> tallies) {
        Tally t = tallies.get("ALL");
        return (double) t.correct / t.made;
    }

    /** Every clock-like token in the dev set's comments, and what the clock rules made of it. */
    private static String clockTokens() {
        java.util.regex.Pattern loose = java.util.regex.Pattern.compile("\\d{1,2} ?[:.] ?\\d{2}");
        StringBuilder b = new StringBuilder("Clock-like tokens (d:dd or dd.dd) in the dev set and their fate:\n");
        int raw = 0;
        int kept = 0;
        for (DevThread t : THREADS) {
            for (Comment c : t.comments()) {
                java.util.regex.Matcher m = loose.matcher(c.text().replaceAll("https?://\\S+", ""));
                int here = 0;
                while (m.find()) {
                    here++;
                }
                if (here == 0) {
                    continue;
                }
                raw += here;
                List<ClockCues.Cue> cues = ClockCues.find(c.text());
                kept += cues.size();
                Response r = links(t).responseOf(c.id()).orElseThrow();
                boolean ok = r.toId().equals(t.gold().get(c.id()));
                b.append(String.format(Locale.ROOT, "  %s %-5s %d token(s), cues %s -> %s %s (%s)%n", t.seed(),
                        c.label(), here, cues.stream().map(q -> q.kind() + " \"" + q.words() + "\"").toList(),
                        r.inference().method(), r.toPost() ? "post" : t.goldLabel().get(r.toId()),
                        ok ? "right" : "wrong"));
            }
        }
        return b.append(String.format(Locale.ROOT, "  %d clock-like tokens, %d kept as cues, %d dropped%n", raw, kept,
                raw - kept)).toString();
    }

    /** Self-identification made/correct and inferred clocks made/correct, from the last measurement. */
    private static final int[] SELF_AND_INFERRED = new int[4];

    /** Same-author pairs against the gold pairs; inferred clocks against the clocks the pages show. */
    private static String sameAuthorAndClocks(List<DevThread> textCopies) {
        int made = 0;
        int correct = 0;
        int gold = 0;
        for (DevThread t : THREADS) {
            List<SameAuthor> same = links(t).sameAuthors();
            gold += t.sameAuthors().size();
            for (SameAuthor s : same) {
                made++;
                for (String[] g : t.sameAuthors()) {
                    if (g[0].equals(s.commentId()) && g[1].equals(s.otherCommentId())) {
                        correct++;
                    }
                }
            }
        }
        int inferredMade = 0;
        int inferredCorrect = 0;
        int sameText = 0;
        int sameTextCorrect = 0;
        for (DevThread t : textCopies) {
            DevThread original = THREADS.stream().filter(o -> o.seed().equals(t.seed())).findFirst().orElseThrow();
            ThreadLinks links = links(t);
            for (InferredClock c : links.inferredClocks()) {
                if (!original.hasClocks()) {
                    continue;
                }
                inferredMade++;
                String shown = original.comments().stream().filter(o -> o.id().equals(c.commentId()))
                        .findFirst().orElseThrow().clock();
                inferredCorrect += c.clock().equals(shown) ? 1 : 0;
            }
            for (SameAuthor s : links.sameAuthors()) {
                sameText++;
                for (String[] g : t.sameAuthors()) {
                    if (g[0].equals(s.commentId()) && g[1].equals(s.otherCommentId())) {
                        sameTextCorrect++;
                    }
                }
            }
        }
        SELF_AND_INFERRED[0] = made;
        SELF_AND_INFERRED[1] = correct;
        SELF_AND_INFERRED[2] = inferredMade;
        SELF_AND_INFERRED[3] = inferredCorrect;
        return String.format(Locale.ROOT,
                "Self-identification SameAuthor: %d made, %d correct, %d gold (as sourced); %d made, %d correct "
                        + "(as text copies)%nInferred clocks (Blogger seeds as text copies): %d made, %d match the "
                        + "page%n", made, correct, gold, sameText, sameTextCorrect, inferredMade, inferredCorrect);
    }

    /** The leave-one-thread-out score of the last sweep. */
    private static final int[] LOTO = new int[1];

    /** Margins swept: 0.00 to 0.30 by 0.01, and 1 (never prefer the top-level comment). */
    private static final double[] MARGINS = java.util.stream.IntStream.rangeClosed(0, 31)
            .mapToDouble(k -> k == 31 ? 1.0 : k / 100.0).toArray();

    /**
     * Accuracy on later replies whose gold is the previous reply or the top-level comment, by
     * overlap margin; the best margins; and a leave-one-thread-out estimate (fit the middle of the
     * best interval on three threads, score the fourth).
     */
    private static String marginSweep() {
        Map<DevThread, int[][]> byThread = new LinkedHashMap<>();
        for (DevThread t : THREADS) {
            int[][] r = new int[MARGINS.length][];
            for (int k = 0; k < MARGINS.length; k++) {
                r[k] = adjacencyDecisions(List.of(t), MARGINS[k]);
            }
            byThread.put(t, r);
        }
        StringBuilder b = new StringBuilder("Overlap margin sweep (later replies whose gold is the previous reply "
                + "or the top-level comment), margin: correct/total\n  ");
        int[] sum = new int[MARGINS.length];
        int total = 0;
        for (int k = 0; k < MARGINS.length; k++) {
            for (int[][] r : byThread.values()) {
                sum[k] += r[k][0];
            }
            if (k == 0) {
                for (int[][] r : byThread.values()) {
                    total += r[k][1];
                }
            }
            b.append(String.format(Locale.ROOT, "%.2f: %d  ", MARGINS[k], sum[k]));
            if (k % 8 == 7) {
                b.append("\n  ");
            }
        }
        double[] best = bestInterval(sum);
        b.append(String.format(Locale.ROOT, "%n  of %d; best %d/%d for margins %.2f..%.2f; in use %.2f%n", total,
                (int) best[2], total, best[0], best[1], CueReplyLinker.DEFAULT_OVERLAP_MARGIN));
        int loto = 0;
        for (DevThread held : THREADS) {
            int[] train = new int[MARGINS.length];
            for (Map.Entry<DevThread, int[][]> e : byThread.entrySet()) {
                if (e.getKey() != held) {
                    for (int k = 0; k < MARGINS.length; k++) {
                        train[k] += e.getValue()[k][0];
                    }
                }
            }
            double[] fit = bestInterval(train);
            double m = (fit[0] + fit[1]) / 2;
            int[] r = adjacencyDecisions(List.of(held), m);
            loto += r[0];
            b.append(String.format(Locale.ROOT, "  held out %s: fitted margin %.3f -> %d/%d%n", held.seed(), m, r[0],
                    r[1]));
        }
        LOTO[0] = loto;
        int never = sum[MARGINS.length - 1];
        b.append(String.format(Locale.ROOT, "  leave-one-thread-out: %d/%d (plain adjacency, margin 1: %d/%d)%n", loto,
                total, never, total));
        return b.toString();
    }

    /** The first widest run of margins (below 1) with the best score: {low, high, score}. */
    private static double[] bestInterval(int[] scores) {
        int best = -1;
        for (int k = 0; k < MARGINS.length - 1; k++) {
            best = Math.max(best, scores[k]);
        }
        int bestLow = -1;
        int bestLen = 0;
        for (int k = 0; k < MARGINS.length - 1; k++) {
            if (scores[k] != best) {
                continue;
            }
            int j = k;
            while (j + 1 < MARGINS.length - 1 && scores[j + 1] == best) {
                j++;
            }
            if (j - k + 1 > bestLen) {
                bestLen = j - k + 1;
                bestLow = k;
            }
            k = j;
        }
        return new double[] {MARGINS[bestLow], MARGINS[bestLow + bestLen - 1], best};
    }

    /** Later replies that reach the adjacency/overlap rule, with their word shares: computed once per thread. */
    private static final Map<DevThread, List<double[]>> DECISIONS = new HashMap<>();

    /**
     * Correct and total among adjacency/overlap decisions whose gold is the previous reply or the
     * top-level comment, at a given margin. The replies that reach the rule do not depend on the
     * margin, so they are found once (margin 1) and the margin's comparison, share(top) −
     * share(previous) &gt; margin, is replayed here; {@link #sweepReplaysTheLinker} checks the replay.
     */
    private static int[] adjacencyDecisions(List<DevThread> threads, double margin) {
        int correct = 0;
        int total = 0;
        for (DevThread t : threads) {
            for (double[] d : DECISIONS.computeIfAbsent(t, ReplyLinkerDevSetTest::decisions)) {
                // d = {share(top), share(previous), gold is top ? 1 : 0}
                boolean top = d[0] - d[1] > margin;
                total++;
                correct += top == (d[2] == 1) ? 1 : 0;
            }
        }
        return new int[] {correct, total};
    }

    private static List<double[]> decisions(DevThread t) {
        Map<String, Comment> byId = new HashMap<>();
        t.comments().forEach(c -> byId.put(c.id(), c));
        List<double[]> out = new ArrayList<>();
        for (Response r : new CueReplyLinker(1.0).link(t.post(), t.comments()).responses()) {
            if (!r.inference().method().equals(CueReplyLinker.ADJACENCY)) {
                continue;
            }
            Comment c = byId.get(r.fromId());
            String gold = t.gold().get(r.fromId());
            String previous = previousInBlock(t, c);
            if (!gold.equals(c.parentId()) && !gold.equals(previous)) {
                continue;
            }
            java.util.Set<String> words = Wording.contentWords(c.text());
            if (Wording.contentWords(byId.get(previous).text()).size() < CueReplyLinker.OVERLAP_MIN_WORDS) {
                out.add(new double[] {0, 0, gold.equals(c.parentId()) ? 1 : 0}); // never compared: adjacency
                continue;
            }
            out.add(new double[] {Wording.share(words, Wording.contentWords(byId.get(c.parentId()).text())),
                    Wording.share(words, Wording.contentWords(byId.get(previous).text())),
                    gold.equals(c.parentId()) ? 1 : 0});
        }
        return out;
    }

    @Test
    void sweepReplaysTheLinker() {
        for (DevThread t : THREADS) {
            int[] replayed = adjacencyDecisions(List.of(t), CueReplyLinker.DEFAULT_OVERLAP_MARGIN);
            int correct = 0;
            int total = 0;
            Map<String, Comment> byId = new HashMap<>();
            t.comments().forEach(c -> byId.put(c.id(), c));
            for (Response r : standard(t)) {
                String method = r.inference().method();
                if (!method.equals(CueReplyLinker.ADJACENCY) && !method.equals(CueReplyLinker.OVERLAP)) {
                    continue;
                }
                Comment c = byId.get(r.fromId());
                String gold = t.gold().get(r.fromId());
                if (gold.equals(c.parentId()) || gold.equals(previousInBlock(t, c))) {
                    total++;
                    correct += r.toId().equals(gold) ? 1 : 0;
                }
            }
            assertEquals(total, replayed[1], t.seed());
            assertEquals(correct, replayed[0], t.seed());
        }
    }

    private static String previousInBlock(DevThread t, Comment c) {
        String prev = null;
        for (Comment d : t.comments()) {
            if (d == c) {
                return prev;
            }
            if (c.parentId().equals(d.parentId())) {
                prev = d.id();
            }
        }
        return prev;
    }

    @Test
    void seed000RequiredOutcomes() {
        DevThread t = THREADS.stream().filter(x -> x.seed().equals("000")).findFirst().orElseThrow();
        ThreadLinks links = links(t);
        String bleating = "4322672846649678958"; // "All this bleating about…", shown at 21:54
        String excellent = "8626545137299209738"; // "Excellent points 21:54."
        String anon = "1236484287735466761"; // "Anon 21:54 I absolutely agree…"
        String here = "4578039774309818492"; // "21:54 here"
        for (String id : List.of(excellent, anon)) {
            Response r = links.responseOf(id).orElseThrow();
            assertEquals(bleating, r.toId(), r.toString());
            assertEquals(CueReplyLinker.CLOCK, r.inference().method());
            assertTrue(r.inference().evidence().contains("21:54"), r.inference().evidence());
        }
        assertTrue(links.sameAuthors().stream().anyMatch(s -> s.commentId().equals(here)
                && s.otherCommentId().equals(bleating)
                && s.inference().method().equals(CueReplyLinker.SELF_IDENTIFICATION)), links.sameAuthors().toString());
        Response self = links.responseOf(here).orElseThrow();
        assertTrue(!self.toId().equals(bleating) || !self.inference().method().equals(CueReplyLinker.CLOCK),
                "self-identification is not a response: " + self);
    }

    @Test
    void seed000AsATextCopyInfersTheClockAndKeepsTheLinks() {
        DevThread t = stripped(THREADS.stream().filter(x -> x.seed().equals("000")).findFirst().orElseThrow());
        ThreadLinks links = new CueReplyLinker().link(t.post(), t.comments());
        String bleating = "4322672846649678958";
        assertTrue(links.inferredClocks().stream().anyMatch(c -> c.commentId().equals(bleating)
                && c.clock().equals("21:54")), links.inferredClocks().toString());
        assertEquals(bleating, links.responseOf("1236484287735466761").orElseThrow().toId());
        assertTrue(links.sameAuthors().stream().anyMatch(s -> s.commentId().equals("4578039774309818492")
                && s.otherCommentId().equals(bleating)), links.sameAuthors().toString());
    }
}
