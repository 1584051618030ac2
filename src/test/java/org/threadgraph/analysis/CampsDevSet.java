package org.threadgraph.analysis;

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
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.threadgraph.model.Author;
import org.threadgraph.model.Comment;
import org.threadgraph.model.Post;
import org.threadgraph.model.Stance;

/**
 * The camps dev set ({@code devset/camps.json}) in two forms: with the responses, stances, attitudes and
 * writers a perfect upstream would give (as labelled), and with what threadgraph's own upstream
 * predicts from the texts: reply targets by the standard {@link ReplyLinker}, stances by the stance
 * classifier, mentions and attitudes by the gazetteer and the attitude classifier, writers from Blogger
 * names, sign-offs and the linker's same-author evidence. Clock times, instants and author names come
 * from the reply dev set ({@code devset/replies.json}), which holds the same seed threads as the pages
 * show them; comments are matched by label and opening words.
 *
 * <p>Scores: the adjusted Rand index (Hubert and Arabie 1985) pooled over threads, on the comments with a
 * gold side; a comment left in no camp counts as a camp of its own.
 */
final class CampsDevSet {

    /** One thread: the analysis input, the gold side of each labelled comment, the comments with none. */
    record Labelled(ThreadInput input, Map<String, String> gold, List<String> unlabelled) {
    }

    /** Agreement figures over all threads. */
    record Score(double pooledAri, double pooledRand, int covered, int labelled, int leftOut, int unlabelled,
                 String report) {
    }

    private final List<Labelled> gold = new ArrayList<>();
    private final List<Labelled> predicted = new ArrayList<>();

    private CampsDevSet() {
    }

    /** Loads both forms of the dev set, the predicted one with the shipped stance model. */
    static CampsDevSet load() throws IOException {
        PredictedUpstream shipped = new PredictedUpstream();
        return load(postId -> shipped);
    }

    /**
     * Loads both forms of the dev set, the predicted one with the upstream given for each post id (e.g. a
     * stance model trained without that post's seed thread).
     */
    static CampsDevSet load(Function<String, PredictedUpstream> upstreamOf) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode camps;
        JsonNode replies;
        try (InputStream in = CampsDevSet.class.getResourceAsStream("/devset/camps.json");
             InputStream r = CampsDevSet.class.getResourceAsStream("/devset/replies.json")) {
            camps = json.readTree(in);
            replies = json.readTree(r);
        }
        Map<String, JsonNode> pages = new HashMap<>();
        for (JsonNode t : replies.get("threads")) {
            pages.put(t.get("seed").asText(), t);
        }
        CampsDevSet set = new CampsDevSet();
        for (JsonNode t : camps.get("threads")) {
            set.gold.add(goldThread(t));
            set.predicted.add(predictedThread(t, pages.get(t.get("postId").asText().substring(1, 4)),
                    upstreamOf.apply(t.get("postId").asText())));
        }
        return set;
    }

    /** The threads with perfect upstream input. */
    List<Labelled> gold() {
        return gold;
    }

    /** The threads with predicted upstream input. */
    List<Labelled> predicted() {
        return predicted;
    }

    private static Labelled goldThread(JsonNode t) {
        String postId = t.get("postId").asText();
        List<ThreadComment> comments = new ArrayList<>();
        for (JsonNode c : t.get("comments")) {
            comments.add(new ThreadComment(c.get("id").asText(), text(c, "parentId"), text(c, "writer"), null,
                    c.get("position").asInt(), text(c, "text")));
        }
        List<ResponseLink> responses = new ArrayList<>();
        for (JsonNode r : t.get("responses")) {
            responses.add(new ResponseLink(r.get("from").asText(), r.get("to").asText(), r.get("toPost").asBoolean(),
                    Stance.Label.valueOf(r.get("stance").asText()), r.get("confidence").asDouble()));
        }
        List<EntityAttitude> attitudes = new ArrayList<>();
        for (JsonNode a : t.get("attitudes")) {
            attitudes.add(new EntityAttitude(a.get("comment").asText(), a.get("entity").asText(),
                    a.get("name").asText(), Stance.Label.valueOf(a.get("attitude").asText()),
                    a.get("confidence").asDouble()));
        }
        return labelled(t, new ThreadInput(postId, comments, responses, attitudes));
    }

    private static Labelled labelled(JsonNode t, ThreadInput input) {
        Map<String, String> gold = new LinkedHashMap<>();
        List<String> unlabelled = new ArrayList<>();
        for (JsonNode c : t.get("comments")) {
            String side = text(c, "gold");
            if (side != null) {
                gold.put(c.get("id").asText(), side);
            } else {
                unlabelled.add(c.get("id").asText());
            }
        }
        return new Labelled(input, gold, unlabelled);
    }

    private static Labelled predictedThread(JsonNode t, JsonNode page, PredictedUpstream upstream) {
        String postId = t.get("postId").asText();
        Post post = page == null
                ? new Post(postId, "probationmatters.blogspot.com", null, null, null, null, "", null, null)
                : new Post(postId, "probationmatters.blogspot.com", null, page.get("title").asText(), null, null,
                bodyWithout(page.get("body").asText(), t.get("comments")), null, null);
        List<Comment> comments = new ArrayList<>();
        for (JsonNode c : t.get("comments")) {
            JsonNode shown = page == null ? null : shownAs(c, page);
            String text = shown == null ? c.get("text").asText() : shown.get("text").asText();
            Author author = Author.UNATTRIBUTED;
            Instant published = null;
            String clock = null;
            if (shown != null) {
                String name = text(shown, "author");
                author = name == null ? Author.UNATTRIBUTED
                        : new Author(name, text(shown, "authorUrl"), shown.get("blogAuthor").asBoolean());
                published = text(shown, "published") == null ? null
                        : OffsetDateTime.parse(text(shown, "published")).toInstant();
                clock = text(shown, "clock");
            }
            comments.add(new Comment(c.get("id").asText(), postId, text(c, "parentId"), c.get("position").asInt(),
                    c.get("label").asText(), author, published, clock, text, false, 1.0));
        }
        return labelled(t, upstream.input(post, comments));
    }

    /**
     * The post body without the thread's own comments: a thread the dev set cut out of a post's body (s003q,
     * the quoted comments of a "Pick of the Week") answers what the post says besides them. Left in, every
     * comment is found verbatim in the post, so the linker sends each to the post and its stance is judged
     * against all the others at once; no real comment is part of the post it answers.
     */
    private static String bodyWithout(String body, JsonNode comments) {
        String rest = spaced(body);
        for (JsonNode c : comments) {
            rest = rest.replace(spaced(c.get("text").asText()), " ");
        }
        return rest.equals(spaced(body)) ? body : rest;
    }

    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /** The comment of the page copy that a camps comment is: same label and opening, or same opening. */
    private static JsonNode shownAs(JsonNode c, JsonNode page) {
        String label = c.get("label").asText().replaceFirst("^[ct]", "").replace('r', '.');
        String opening = opening(c.get("text").asText());
        boolean described = c.get("text").asText().startsWith("(");
        for (JsonNode p : page.get("comments")) {
            if (p.get("label").asText().equals(label) && (described || opening(p.get("text").asText()).equals(opening))) {
                return p;
            }
        }
        for (JsonNode p : page.get("comments")) {
            if (opening(p.get("text").asText()).equals(opening)) {
                return p;
            }
        }
        return null;
    }

    private static String opening(String text) {
        String words = text.replaceAll("\\s+", " ").strip();
        return words.substring(0, Math.min(20, words.length()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Scores a camp finder on the threads; {@code verbose} lists every camp. */
    static Score evaluate(List<Labelled> threads, Function<ThreadInput, PostCamps> finder, boolean verbose) {
        StringBuilder out = new StringBuilder();
        List<String> goldAll = new ArrayList<>();
        List<String> predAll = new ArrayList<>();
        long agreePairs = 0;
        long pairs = 0;
        int labelled = 0;
        int covered = 0;
        int unlabelled = 0;
        int leftOut = 0;
        for (Labelled t : threads) {
            PostCamps camps = finder.apply(t.input());
            List<String> gold = new ArrayList<>();
            List<String> pred = new ArrayList<>();
            t.gold().forEach((id, side) -> {
                gold.add(side);
                Integer camp = camps.campOf(id);
                pred.add(camp == null ? "none:" + id : "camp" + camp);
            });
            for (String id : t.gold().keySet()) {
                labelled++;
                covered += camps.campOf(id) == null ? 0 : 1;
            }
            for (String id : t.unlabelled()) {
                unlabelled++;
                leftOut += camps.campOf(id) == null ? 1 : 0;
            }
            long[] rand = randPairs(gold, pred);
            agreePairs += rand[0];
            pairs += rand[1];
            String post = t.input().postId();
            gold.forEach(g -> goldAll.add(post + "/" + g));
            pred.forEach(p -> predAll.add(post + "/" + p));
            out.append(String.format(Locale.ROOT,
                    "  %-6s labelled %2d  ARI %.3f  Rand %.3f  camps %d  polarisation %.3f  coverage %.2f%n",
                    post, gold.size(), adjustedRand(gold, pred), rand[1] == 0 ? 1.0 : (double) rand[0] / rand[1],
                    camps.camps().size(), camps.polarisation(), camps.coverage()));
            if (verbose) {
                for (Camp c : camps.camps()) {
                    List<String> members = new ArrayList<>();
                    for (String id : c.comments()) {
                        members.add(id.substring(post.length() + 1) + "=" + t.gold().getOrDefault(id, "-"));
                    }
                    out.append(String.format(Locale.ROOT, "    camp %d (dispute %d): %s%n      terms %s%n"
                                    + "      defends %s attacks %s%n", c.id(), c.dispute(), members,
                            c.topTerms().stream().map(TermScore::term).limit(6).toList(),
                            c.defends().stream().map(EntityStance::name).toList(),
                            c.attacks().stream().map(EntityStance::name).toList()));
                }
            }
        }
        double pooledAri = adjustedRand(goldAll, predAll);
        double pooledRand = (double) agreePairs / pairs;
        out.append(String.format(Locale.ROOT, "  pooled: ARI %.3f, Rand (within-thread pairs) %.3f, labelled in a "
                + "camp %d/%d, unlabelled left out %d/%d%n", pooledAri, pooledRand, covered, labelled, leftOut,
                unlabelled));
        return new Score(pooledAri, pooledRand, covered, labelled, leftOut, unlabelled, out.toString());
    }

    /**
     * Leave-one-thread-out: for each thread, the weights of the grid that score best (pooled ARI) on the
     * other threads, ties to the earlier in the grid; then all threads scored, each with its own choice.
     */
    static Score leaveOneThreadOut(List<Labelled> threads, List<ThreadCamps.Weights> grid) {
        Map<ThreadInput, ThreadCamps.Weights> chosen = new HashMap<>();
        Map<ThreadCamps.Weights, Map<ThreadInput, PostCamps>> cache = new HashMap<>();
        for (Labelled held : threads) {
            List<Labelled> rest = threads.stream().filter(t -> t != held).toList();
            ThreadCamps.Weights best = grid.get(0);
            double bestAri = Double.NEGATIVE_INFINITY;
            for (ThreadCamps.Weights w : grid) {
                Map<ThreadInput, PostCamps> known = cache.computeIfAbsent(w, k -> new HashMap<>());
                double ari = evaluate(rest, input -> known.computeIfAbsent(input, in -> camps(in, w)), false)
                        .pooledAri();
                if (ari > bestAri) {
                    best = w;
                    bestAri = ari;
                }
            }
            chosen.put(held.input(), best);
        }
        return evaluate(threads, input -> camps(input, chosen.get(input)), false);
    }

    /** The default first, then every mix of entity, post, rebuttal and same-writer weights on a coarse grid. */
    static List<ThreadCamps.Weights> weightsGrid() {
        List<ThreadCamps.Weights> grid = new ArrayList<>(List.of(ThreadCamps.WEIGHTS_DEFAULT));
        for (double entity : new double[] {0.5, 1, 2}) {
            for (double post : new double[] {0, 0.5, 1}) {
                for (double rebuttal : new double[] {0, 1}) {
                    for (double sameWriter : new double[] {0, 1}) {
                        grid.add(new ThreadCamps.Weights(1, entity, post, rebuttal, sameWriter,
                                ThreadCamps.WEIGHTS_DEFAULT.minLean()));
                    }
                }
            }
        }
        return grid;
    }

    /** The default weights with each smallest lean a response needs to count ({@link ThreadCamps.Weights#minLean()}). */
    static List<ThreadCamps.Weights> minLeanGrid() {
        List<ThreadCamps.Weights> grid = new ArrayList<>();
        for (double lean : new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4}) {
            grid.add(ThreadCamps.WEIGHTS_DEFAULT.withMinLean(lean));
        }
        return grid;
    }

    /** The camps of a thread with the given weights and the default camp limit. */
    static PostCamps camps(ThreadInput input, ThreadCamps.Weights weights) {
        return new ThreadCamps(input, weights, ThreadCamps.MAX_CAMPS_DEFAULT).getCamps();
    }

    /** Returns {pairs on which the two labelings agree, all pairs}. */
    static long[] randPairs(List<String> a, List<String> b) {
        long agree = 0;
        long all = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int j = i + 1; j < a.size(); j++) {
                boolean sameA = a.get(i).equals(a.get(j));
                boolean sameB = b.get(i).equals(b.get(j));
                agree += sameA == sameB ? 1 : 0;
                all++;
            }
        }
        return new long[] {agree, all};
    }

    /** Adjusted Rand index of two labelings of the same items. */
    static double adjustedRand(List<String> a, List<String> b) {
        Map<String, Map<String, Integer>> table = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            table.computeIfAbsent(a.get(i), k -> new HashMap<>()).merge(b.get(i), 1, Integer::sum);
            rows.merge(a.get(i), 1, Integer::sum);
            cols.merge(b.get(i), 1, Integer::sum);
        }
        double index = table.values().stream().flatMap(m -> m.values().stream()).mapToDouble(CampsDevSet::choose2)
                .sum();
        double sumRows = rows.values().stream().mapToDouble(CampsDevSet::choose2).sum();
        double sumCols = cols.values().stream().mapToDouble(CampsDevSet::choose2).sum();
        double expected = sumRows * sumCols / choose2(a.size());
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }
}
