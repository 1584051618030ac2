package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

class ThreadCampsTest {

    private static Graph<String, DefaultWeightedEdge> signed(Object... triples) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < triples.length; i += 3) {
            String a = (String) triples[i];
            String b = (String) triples[i + 1];
            g.addVertex(a);
            g.addVertex(b);
            g.setEdgeWeight(g.addEdge(a, b), ((Number) triples[i + 2]).doubleValue());
        }
        return g;
    }

    private static SignedPartition<String> cluster(Graph<String, DefaultWeightedEdge> g) {
        return new SignedCampClustering<>(g, String::compareTo).getPartition();
    }

    private static Set<Set<String>> campSets(SignedPartition<String> p) {
        return p.camps().stream().map(c -> Set.copyOf(c.members())).collect(Collectors.toSet());
    }

    @Test
    void balancedGraphSplitsIntoItsTwoObviousCamps() {
        SignedPartition<String> p = cluster(signed("a1", "a2", 1, "a2", "a3", 1, "a1", "a3", 1,
                "b1", "b2", 1, "b2", "b3", 1, "a1", "b1", -1, "a3", "b2", -1, "a2", "b3", -1));
        assertEquals(Set.of(Set.of("a1", "a2", "a3"), Set.of("b1", "b2", "b3")), campSets(p));
        assertEquals(1, p.disputes().size());
        DisputeScore d = p.disputes().get(0);
        assertEquals(0.0, d.frustration());
        assertEquals(1.0, d.consistency());
        assertEquals(1.0, d.balance(), 1e-12);
        assertEquals(1.0, p.polarisation(), 1e-12);
        assertEquals(List.of("a1", "a2", "a3"), p.camps().get(0).members(), "equal sizes: camp of the first vertex first");
    }

    @Test
    void unbalancedTriangleWithTwoFriendsAndAStrongEnmity() {
        // a+b, b+c, a-c cannot all hold: one edge is frustrated whatever the split.
        SignedPartition<String> p = cluster(signed("a", "b", 1, "b", "c", 1, "a", "c", -2));
        assertEquals(2, p.camps().size());
        assertNotEquals(p.campOf("a"), p.campOf("c"));
        assertEquals(1.0, p.disputes().get(0).frustration(), 1e-12, "the weakest friendship is cut");
        assertEquals(0.75, p.disputes().get(0).consistency(), 1e-12);
        // balance of sizes 2 and 1: (1 - 4/9 - 1/9) / (1/2) = 8/9
        assertEquals(0.75 * 8 / 9, p.polarisation(), 1e-12);
    }

    @Test
    void unbalancedTriangleWithAWeakEnmityIsNoDispute() {
        SignedPartition<String> p = cluster(signed("a", "b", 1, "b", "c", 1, "a", "c", -0.5));
        assertTrue(p.camps().isEmpty());
        assertEquals(0.0, p.polarisation());
    }

    @Test
    void allNegativeTriangleSplitsIntoThreeCamps() {
        SignedPartition<String> p = cluster(signed("a", "b", -1, "b", "c", -1, "a", "c", -1));
        assertEquals(3, p.camps().size());
        assertEquals(0.0, p.disputes().get(0).frustration());
        SignedPartition<String> two = new SignedCampClustering<>(signed("a", "b", -1, "b", "c", -1, "a", "c", -1),
                String::compareTo, 2, 100, 1e-9).getPartition();
        assertEquals(2, two.camps().size(), "maxCamps caps the split");
        assertEquals(1.0, two.disputes().get(0).frustration());
    }

    @Test
    void longChainOfRebuttalsAlternatesBetweenExactlyTwoCamps() {
        Fixtures f = Fixtures.post("p").comment("c00", null, "w0");
        for (int i = 1; i < 12; i++) {
            String id = String.format("c%02d", i);
            f.comment(id, "c00", "w" + i).disagrees(id, String.format("c%02d", i - 1));
        }
        PostCamps camps = new ThreadCamps(f.build()).getCamps();
        assertEquals(2, camps.camps().size());
        assertEquals(List.of("c00", "c02", "c04", "c06", "c08", "c10"), camps.camps().get(0).comments());
        assertEquals(List.of("c01", "c03", "c05", "c07", "c09", "c11"), camps.camps().get(1).comments());
        assertEquals(1.0, camps.polarisation(), 1e-12);
        assertEquals(1.0, camps.coverage());
    }

    @Test
    void chainWithAnAsideKeepsTwoCamps() {
        // Two sides argue; a supporter agrees with one of them; an unrelated comment answers neutrally.
        ThreadInput t = Fixtures.post("p").comment("a1", null, "x").comment("b1", "a1", "y").comment("a2", "a1", "z")
                .comment("s", "a1", "u").comment("n", null, "v")
                .disagrees("b1", "a1").disagrees("a2", "b1").agrees("s", "a2").neutral("n", "a1").build();
        PostCamps camps = new ThreadCamps(t).getCamps();
        assertEquals(List.of("a1", "a2", "s"), camps.camps().get(0).comments());
        assertEquals(List.of("b1"), camps.camps().get(1).comments());
        assertNull(camps.campOf("n"), "no signed evidence: no camp");
        assertEquals(0.8, camps.coverage(), 1e-12);
    }

    @Test
    void separateReplyBlocksLinkedOnlyByEntityAttitudesShareCampLabels() {
        // Block 1 and block 2 argue about Dino; no response joins the blocks. In block 2 the rebuttal
        // names nobody: it is placed by its disagreement with a defender.
        ThreadInput t = Fixtures.post("p")
                .comment("b1", null, "w1").comment("b1r", "b1", "w2")
                .comment("x", null, "w3")
                .comment("b2", null, "w4").comment("b2r", "b2", "w5")
                .defends("b1", "person:dino").attacks("b1r", "person:dino").disagrees("b1r", "b1")
                .defends("b2", "person:dino").disagrees("b2r", "b2")
                .build();
        PostCamps camps = new ThreadCamps(t).getCamps();
        assertEquals(1, camps.disputes().size(), "one dispute across both blocks");
        assertEquals(2, camps.camps().size());
        assertEquals(camps.campOf("b1"), camps.campOf("b2"));
        assertEquals(camps.campOf("b1r"), camps.campOf("b2r"));
        assertNotEquals(camps.campOf("b1"), camps.campOf("b1r"));
        assertNull(camps.campOf("x"));
        Camp defenders = camps.camps().get(camps.campOf("b1") - 1);
        assertEquals("person:dino", defenders.defends().get(0).key());
        assertEquals(2, defenders.defends().get(0).defended());
        Camp attackers = camps.camps().get(camps.campOf("b1r") - 1);
        assertEquals("person:dino", attackers.attacks().get(0).key());
        assertEquals(1, attackers.attacks().get(0).attacked());
    }

    @Test
    void withoutEntityEvidenceTheBlocksAreSeparateDisputes() {
        ThreadInput t = Fixtures.post("p").comment("b1", null, "w1").comment("b1r", "b1", "w2")
                .comment("b2", null, "w4").comment("b2r", "b2", "w5")
                .disagrees("b1r", "b1").disagrees("b2r", "b2").build();
        PostCamps camps = new ThreadCamps(t).getCamps();
        assertEquals(2, camps.disputes().size());
        assertEquals(List.of(1, 1, 2, 2), camps.camps().stream().map(Camp::dispute).toList());
    }

    @Test
    void sharedAttackOnAnUncontestedEntityDoesNotGlueOpposingSides() {
        // Everyone attacks the union; the dispute is about its branch chair.
        ThreadInput t = Fixtures.post("p").comment("a", null, "w1").comment("b", null, "w2").comment("c", null, "w3")
                .comment("d", null, "w4").comment("e", null, "w5")
                .attacks("a", "org:napo").attacks("b", "org:napo").attacks("c", "org:napo").attacks("d", "org:napo")
                .attacks("a", "person:dino").defends("b", "person:dino").defends("c", "person:dino")
                .defends("d", "person:dino").attacks("e", "org:napo")
                .build();
        PostCamps camps = new ThreadCamps(t).getCamps();
        assertEquals(2, camps.camps().size());
        assertEquals(List.of("b", "c", "d"), camps.camps().get(0).comments());
        assertEquals(List.of("a"), camps.camps().get(1).comments());
        assertNull(camps.campOf("e"), "attacking what everyone attacks takes no side");
    }

    @Test
    void thoseWhoAgreeWithThePostAndThoseWhoRejectItAreTwoCampsThatSaySo() {
        ThreadInput t = new ThreadInput("p", Fixtures.post("p").comment("a", null, "w1").comment("b", null, "w2")
                .build().comments(), List.of(new ResponseLink("a", "p", true, Stance.Label.AGREE, 0.9),
                new ResponseLink("b", "p", true, Stance.Label.DISAGREE, 0.9)), List.of());
        PostCamps camps = new ThreadCamps(t).getCamps();
        assertEquals(2, camps.camps().size());
        Camp agrees = camps.camps().get(camps.campOf("a") - 1);
        Camp rejects = camps.camps().get(camps.campOf("b") - 1);
        assertEquals(List.of(new EntityStance("post:p", "the post", 1, 0)), agrees.defends());
        assertEquals(List.of(new EntityStance("post:p", "the post", 0, 1)), rejects.attacks());
    }

    @Test
    void agreementOnlyThreadHasNoCamps() {
        ThreadInput t = Fixtures.post("p").comment("c1", null, "a").comment("c2", "c1", "b").comment("c3", "c1", "c")
                .agrees("c2", "c1").agrees("c3", "c2").defends("c1", "person:kathryn").defends("c3", "person:kathryn")
                .build();
        PostCamps camps = new ThreadCamps(t).getCamps();
        assertTrue(camps.camps().isEmpty());
        assertTrue(camps.disputes().isEmpty());
        assertEquals(0.0, camps.polarisation());
        assertEquals(0.0, camps.coverage());
        assertNull(camps.campOf("c1"));
    }

    @Test
    void campsCarryParticipantsAndTopTerms() {
        ThreadInput t = Fixtures.post("p")
                .comment("a1", null, "ann", null, "Pay reform is overdue; pay is the real problem for recruitment.")
                .comment("b1", "a1", "bob", null, "Recruitment is fine, the MoJ says pay is above the market rate.")
                .comment("a2", "a1", "ann", null, "The NPS failed to recruit PQiP candidates: chronic understaffing.")
                .comment("z", null, "zed", null, "Unrelated link https://example.org/pay pay pay")
                .disagrees("b1", "a1").disagrees("a2", "b1").build();
        PostCamps camps = new ThreadCamps(t).getCamps();
        Camp a = camps.camps().get(0);
        assertEquals(List.of("a1", "a2"), a.comments());
        assertEquals(List.of("ann"), a.participants());
        List<String> terms = a.topTerms().stream().map(TermScore::term).toList();
        assertTrue(terms.containsAll(List.of("pqip", "overdue")), terms.toString());
        assertEquals(ThreadCamps.TOP_TERMS_DEFAULT, terms.size());
        assertTrue(!terms.contains("the") && !terms.contains("https") && !terms.contains("example"), terms.toString());
        assertEquals("pay", terms.get(0), "most frequent in the camp");
        assertEquals(List.of("bob"), camps.camps().get(1).participants());
    }

    @Test
    void sameInputInAnyOrderGivesTheSameCamps() {
        Fixtures f = Fixtures.post("p");
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            f.comment("c" + i, i % 5 == 0 ? null : "c" + (i - i % 5), "w" + random.nextInt(15));
        }
        for (int i = 1; i < 40; i++) {
            int to = random.nextInt(i);
            int s = random.nextInt(3);
            if (s == 0) {
                f.agrees("c" + i, "c" + to);
            } else if (s == 1) {
                f.disagrees("c" + i, "c" + to);
            } else {
                f.neutral("c" + i, "c" + to);
            }
            if (random.nextInt(3) == 0) {
                if (random.nextBoolean()) {
                    f.defends("c" + i, "person:p" + random.nextInt(3));
                } else {
                    f.attacks("c" + i, "person:p" + random.nextInt(3));
                }
            }
        }
        ThreadInput t = f.build();
        PostCamps expected = new ThreadCamps(t).getCamps();
        assertTrue(expected.camps().size() >= 2);
        for (int i = 0; i < 5; i++) {
            List<ThreadComment> c = new ArrayList<>(t.comments());
            List<ResponseLink> r = new ArrayList<>(t.responses());
            List<EntityAttitude> a = new ArrayList<>(t.attitudes());
            Collections.shuffle(c, new Random(i));
            Collections.shuffle(r, new Random(i));
            Collections.shuffle(a, new Random(i));
            assertEquals(expected, new ThreadCamps(new ThreadInput("p", c, r, a)).getCamps());
        }
    }

    @Test
    void participantCampsAcrossTheBlog() {
        List<InteractionInput.Row> rows = List.of(
                new InteractionInput.Row("jim", "netnipper", 5, 0, 1), new InteractionInput.Row("netnipper", "jim", 3, 1, 0),
                new InteractionInput.Row("getafix", "napo-fan", 0, 4, 0), new InteractionInput.Row("napo-fan", "jim", 0, 3, 2),
                new InteractionInput.Row("napo-fan", "loyalist", 2, 0, 0), new InteractionInput.Row("getafix", "jim", 2, 0, 0),
                new InteractionInput.Row("lurker", "jim", 0, 0, 7));
        ParticipantCamps pc = new ParticipantCamps(ParticipantGraph.of(InteractionInput.of(rows)));
        List<ParticipantCamp> camps = pc.getCamps();
        assertEquals(2, camps.size());
        assertEquals(List.of("getafix", "jim", "netnipper"), camps.get(0).participants());
        assertEquals(List.of("loyalist", "napo-fan"), camps.get(1).participants());
        assertEquals(10, camps.get(0).agreeWithin());
        assertEquals(1, camps.get(0).disagreeWithin());
        assertEquals(7, camps.get(0).disagreeAcross());
        assertEquals(2, camps.get(1).agreeWithin());
        assertNull(pc.getPartition().campOf("lurker"), "neutral only: no camp");
    }

    @Test
    void largeInputsStayNearLinear() {
        Random random = new Random(5);
        Fixtures f = Fixtures.post("big");
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            f.comment("c" + i, i % 10 == 0 ? null : "c" + (i - i % 10), "w" + random.nextInt(1_000));
            if (i > 0) {
                int to = Math.max(0, i - 1 - random.nextInt(30));
                if (random.nextBoolean()) {
                    f.disagrees("c" + i, "c" + to);
                } else {
                    f.agrees("c" + i, "c" + to);
                }
            }
            if (random.nextInt(10) == 0) {
                String e = "person:p" + random.nextInt(50);
                if (random.nextBoolean()) {
                    f.defends("c" + i, e);
                } else {
                    f.attacks("c" + i, e);
                }
            }
        }
        ThreadInput t = f.build();
        long t0 = System.nanoTime();
        ThreadReport report = new ThreadAnalysis(t).report();
        long t1 = System.nanoTime();
        List<InteractionInput.Row> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            // 25,000 participants in many small groups: many components for the camp search.
            int group = random.nextInt(5_000) * 5;
            rows.add(new InteractionInput.Row("u" + (group + random.nextInt(5)), "u" + (group + random.nextInt(5)),
                    random.nextInt(3), random.nextInt(3), random.nextInt(2)));
        }
        BlogAnalysis blog = BlogAnalysis.of(InteractionInput.of(rows));
        List<ParticipantCamp> camps = blog.camps().getCamps();
        List<ParticipantRank> ranking = blog.centrality().getRanking();
        long t2 = System.nanoTime();
        System.out.printf("post of %d comments: %d ms (%d camps); blog of %d participants, %d pairs: %d ms (%d camps)%n",
                n, (t1 - t0) / 1_000_000, report.camps().camps().size(), ranking.size(),
                blog.graph().pairCount(), (t2 - t1) / 1_000_000, camps.size());
        assertEquals(n, report.depth().size());
        assertTrue(!blog.centrality().isBetweennessExact());
        // A smoke test against quadratic blow-ups; generous because the machine may be shared.
        assertTrue((t2 - t0) / 1_000_000_000.0 < 60, "took " + (t2 - t0) / 1e9 + " s");
    }

    @Test
    void constructorsValidate() {
        ThreadInput t = Fixtures.post("p").build();
        assertThrows(IllegalArgumentException.class, () -> new ThreadCamps(t, ThreadCamps.WEIGHTS_DEFAULT, 1));
        assertThrows(IllegalArgumentException.class, () -> new ThreadCamps.Weights(-1, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ThreadCamps.Weights(1, 1, 0, 0, 0, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new SignedCampClustering<>(signed(), String::compareTo, 2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.post("p").comment("c", null, "a").comment("c", null, "b").build());
        assertThrows(IllegalArgumentException.class, () -> new ResponseLink("a", "b", false, org.threadgraph.model.Stance.Label.AGREE, 1.5));
    }

    private static ResponseLink withDistribution(String from, String to, Stance.Label label, double agree,
                                                 double disagree) {
        double top = label == Stance.Label.AGREE ? agree : label == Stance.Label.DISAGREE ? disagree
                : 1 - agree - disagree;
        return new ResponseLink(from, to, false, label, top, 1.0, java.util.Map.of(Stance.Label.AGREE, agree,
                Stance.Label.DISAGREE, disagree, Stance.Label.NEUTRAL, 1 - agree - disagree));
    }

    @Test
    void aResponseIsWeighedByItsWholeStanceDistributionWhenItHasOne() {
        // Disagree at 0.5 with agree 0.45 leans -0.05; read from the label alone it would lean -0.25.
        ResponseLink r = withDistribution("b", "a", Stance.Label.DISAGREE, 0.45, 0.5);
        assertEquals(0.45, r.agreeProbability(), 1e-12);
        assertEquals(0.5, r.disagreeProbability(), 1e-12);
        ResponseLink labelOnly = new ResponseLink("b", "a", false, Stance.Label.DISAGREE, 0.5);
        assertEquals(0.25, labelOnly.agreeProbability(), 1e-12);
        ThreadInput t = new ThreadInput("p", Fixtures.post("p").comment("a", null, "w1").comment("b", "a", "w2")
                .build().comments(), List.of(withDistribution("b", "a", Stance.Label.NEUTRAL, 0.1, 0.6)), List.of());
        Graph<String, DefaultWeightedEdge> g = new ThreadCamps(t, ThreadCamps.WEIGHTS_DEFAULT.withMinLean(0), 4)
                .getSignedGraph();
        assertEquals(-0.5, g.getEdgeWeight(g.getEdge("a", "b")), 1e-12, "a neutral label can still lean: 0.1 - 0.6");
    }

    @Test
    void aDistributionMustCoverTheThreeLabelsAndSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> new ResponseLink("b", "a", false, Stance.Label.AGREE, 0.6,
                1.0, java.util.Map.of(Stance.Label.AGREE, 0.6, Stance.Label.DISAGREE, 0.3)));
        assertThrows(IllegalArgumentException.class, () -> new ResponseLink("b", "a", false, Stance.Label.AGREE, 0.6,
                1.0, java.util.Map.of(Stance.Label.AGREE, 0.6, Stance.Label.DISAGREE, 0.3, Stance.Label.NEUTRAL, 0.3)));
    }

    @Test
    void aResponseLeaningLessThanTheMinimumIsNoEvidence() {
        List<ThreadComment> comments = Fixtures.post("p").comment("a", null, "w1").comment("b", "a", "w2")
                .comment("c", "b", "w3").build().comments();
        List<ResponseLink> responses = List.of(withDistribution("b", "a", Stance.Label.NEUTRAL, 0.33, 0.30),
                withDistribution("c", "b", Stance.Label.DISAGREE, 0.1, 0.8));
        ThreadInput t = new ThreadInput("p", comments, responses, List.of());
        Graph<String, DefaultWeightedEdge> every = new ThreadCamps(t, ThreadCamps.WEIGHTS_DEFAULT.withMinLean(0), 4)
                .getSignedGraph();
        assertTrue(every.containsEdge("a", "b"), "with no minimum a lean of 0.03 glues a and b");
        ThreadCamps camps = new ThreadCamps(t, ThreadCamps.WEIGHTS_DEFAULT.withMinLean(0.05), 4);
        assertTrue(!camps.getSignedGraph().containsEdge("a", "b"), "0.03 < 0.05: b's reply to a is neutral");
        assertNull(camps.getCamps().campOf("a"), "a has no evidence and stays out of the camps");
        assertNotEquals(camps.getCamps().campOf("b"), camps.getCamps().campOf("c"));
    }
}
