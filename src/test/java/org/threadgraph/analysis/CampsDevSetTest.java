package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/**
 * Measures how well {@link ThreadCamps} recovers hand-labelled sides on the seed threads
 * ({@code devset/camps.json}), given the responses, stances and attitudes a perfect upstream would
 * produce. Agreement is measured on the comments with a gold side: the Rand index (share of comment
 * pairs of a thread on which gold and prediction agree, same camp or not) and the adjusted Rand
 * index (Hubert and Arabie 1985); a comment left in no camp counts as a camp of its own.
 */
class CampsDevSetTest {

    /** What the default configuration reaches; the test fails if a change makes it worse. */
    private static final double MIN_POOLED_ARI = 0.75;
    private static final double MIN_POOLED_RAND = 0.87;

    private static List<Labelled> threads;

    private record Labelled(ThreadInput input, Map<String, String> gold, List<String> unlabelled) {
    }

    @BeforeAll
    static void load() throws IOException {
        threads = new ArrayList<>();
        try (InputStream in = CampsDevSetTest.class.getResourceAsStream("/devset/camps.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode t : root.get("threads")) {
                String postId = t.get("postId").asText();
                List<ThreadComment> comments = new ArrayList<>();
                Map<String, String> gold = new LinkedHashMap<>();
                List<String> unlabelled = new ArrayList<>();
                for (JsonNode c : t.get("comments")) {
                    String id = c.get("id").asText();
                    comments.add(new ThreadComment(id, text(c, "parentId"), text(c, "writer"), null,
                            c.get("position").asInt(), text(c, "text")));
                    if (text(c, "gold") != null) {
                        gold.put(id, c.get("gold").asText());
                    } else {
                        unlabelled.add(id);
                    }
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
                threads.add(new Labelled(new ThreadInput(postId, comments, responses, attitudes), gold, unlabelled));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Agreement figures over all threads. */
    private record Score(double pooledAri, double pooledRand, double labelledCovered, double unlabelledLeftOut,
                         String report) {
    }

    private static Score evaluate(ThreadCamps.Weights weights, boolean verbose) {
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
            PostCamps camps = new ThreadCamps(t.input(), weights, ThreadCamps.MAX_CAMPS_DEFAULT).getCamps();
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
            out.append(String.format("  %-6s labelled %2d  ARI %.3f  Rand %.3f  camps %d  polarisation %.3f  coverage %.2f%n",
                    post, gold.size(), adjustedRand(gold, pred), rand[1] == 0 ? 1.0 : (double) rand[0] / rand[1],
                    camps.camps().size(), camps.polarisation(), camps.coverage()));
            if (verbose) {
                for (Camp c : camps.camps()) {
                    List<String> members = new ArrayList<>();
                    for (String id : c.comments()) {
                        members.add(id.substring(post.length() + 1) + "=" + t.gold().getOrDefault(id, "-"));
                    }
                    out.append(String.format("    camp %d (dispute %d): %s%n      terms %s%n      defends %s attacks %s%n",
                            c.id(), c.dispute(), members, c.topTerms().stream().map(TermScore::term).limit(6).toList(),
                            c.defends().stream().map(EntityStance::name).toList(),
                            c.attacks().stream().map(EntityStance::name).toList()));
                }
            }
        }
        double pooledAri = adjustedRand(goldAll, predAll);
        double pooledRand = (double) agreePairs / pairs;
        out.append(String.format("  pooled: ARI %.3f, Rand (within-thread pairs) %.3f, labelled in a camp %d/%d, "
                + "unlabelled left out %d/%d%n", pooledAri, pooledRand, covered, labelled, leftOut, unlabelled));
        return new Score(pooledAri, pooledRand, (double) covered / labelled, (double) leftOut / unlabelled, out.toString());
    }

    @Test
    void recoversTheHandLabelledSides() {
        Score s = evaluate(ThreadCamps.WEIGHTS_DEFAULT, true);
        System.out.println("Camps dev set, default weights " + ThreadCamps.WEIGHTS_DEFAULT + ":\n" + s.report());
        assertTrue(s.pooledAri() >= MIN_POOLED_ARI, "pooled ARI " + s.pooledAri());
        assertTrue(s.pooledRand() >= MIN_POOLED_RAND, "pooled Rand " + s.pooledRand());
    }

    @Test
    void ablations() {
        Score responsesOnly = evaluate(new ThreadCamps.Weights(1, 0, 0), false);
        Score noSameWriter = evaluate(new ThreadCamps.Weights(1, 1, 0), false);
        System.out.println("Camps dev set, responses only:\n" + responsesOnly.report());
        System.out.println("Camps dev set, without same-writer evidence:\n" + noSameWriter.report());
        Score full = evaluate(ThreadCamps.WEIGHTS_DEFAULT, false);
        assertTrue(full.pooledAri() > responsesOnly.pooledAri(), "entity attitudes must help");
    }

    @Test
    void isDeterministic() {
        assertEquals(evaluate(ThreadCamps.WEIGHTS_DEFAULT, true).report(), evaluate(ThreadCamps.WEIGHTS_DEFAULT, true).report());
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
        double index = table.values().stream().flatMap(m -> m.values().stream()).mapToDouble(CampsDevSetTest::choose2).sum();
        double sumRows = rows.values().stream().mapToDouble(CampsDevSetTest::choose2).sum();
        double sumCols = cols.values().stream().mapToDouble(CampsDevSetTest::choose2).sum();
        double expected = sumRows * sumCols / choose2(a.size());
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double choose2(int n) {
        return n * (n - 1) / 2.0;
    }

    @Test
    void adjustedRandOnKnownCases() {
        assertEquals(1.0, adjustedRand(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "y")), 1e-12);
        assertEquals(1.0, adjustedRand(List.of("a", "a", "b", "b"), List.of("y", "y", "x", "x")), 1e-12);
        // Classic example: ARI of {1,1,0,0} vs {0,0,1,2} ... computed by hand: index 1, rows 2, cols 1, n=4.
        assertEquals((1 - 2.0 * 1 / 6) / (1.5 - 2.0 / 6), adjustedRand(List.of("a", "a", "b", "b"), List.of("x", "x", "y", "z")), 1e-12);
        assertEquals(List.of(2L, 6L).get(1), randPairs(List.of("a", "a", "b", "b"), List.of("x", "y", "x", "y"))[1]);
    }
}
