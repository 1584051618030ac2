package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Inference;
import org.threadgraph.model.SameAuthor;

class IdentityResolverTest {

    private static SameAuthor edge(String a, String b, double confidence, String evidence) {
        return new SameAuthor(a, b, new Inference("self-identification", confidence, evidence));
    }

    @Test
    void anonymousCommentsJoinOnlyOnEvidence() {
        IdentityResolver r = new IdentityResolver();
        r.addComment("4322672846649678958", "anon:4322672846649678958", null);
        r.addComment("8999630235081472272", "anon:8999630235081472272", null);
        r.addComment("1236484287735466761", "anon:1236484287735466761", null);
        r.addEvidence(edge("8999630235081472272", "4322672846649678958", 0.9, "21:54 here"));
        IdentityResolver.Resolution res = r.resolve();
        assertEquals(1, res.clusters().size());
        IdentityResolver.Cluster c = res.clusters().get(0);
        assertEquals("anon:4322672846649678958", c.key(), "smallest comment id, compared as numbers");
        assertEquals(List.of("4322672846649678958", "8999630235081472272"), c.commentIds());
        assertEquals("21:54 here", c.evidence().get(0).inference().evidence());
        assertEquals(0, r.commentsHeld(), "anonymous rows without a handle are not held");
    }

    @Test
    void aProfileIsOneParticipantAndKeysItsCluster() {
        IdentityResolver r = new IdentityResolver();
        r.addComment("p1", "blogger:04917702337526468120", null);
        r.addComment("p2", "blogger:04917702337526468120", null);
        r.addComment("x", "anon:x", null);
        r.addEvidence(edge("x", "p2", 0.9, "Jim here"));
        IdentityResolver.Resolution res = r.resolve();
        assertEquals(1, res.clusters().size());
        assertEquals("blogger:04917702337526468120", res.clusters().get(0).key());
        assertEquals(List.of("p1", "p2", "x"), res.clusters().get(0).commentIds());
        assertEquals("profile", res.clusters().get(0).evidence().get(0).inference().method());
    }

    @Test
    void twoProfilesAreNeverMergedEvenThroughAnonymousChains() {
        IdentityResolver r = new IdentityResolver();
        r.addComment("a", "blogger:1", null);
        r.addComment("b", "blogger:2", null);
        r.addComment("x", "anon:x", null);
        r.addComment("y", "anon:y", null);
        r.addEvidence(edge("a", "x", 0.9, "a-x"));
        r.addEvidence(edge("x", "y", 0.8, "x-y"));
        r.addEvidence(edge("y", "b", 0.7, "y-b"));
        IdentityResolver.Resolution res = r.resolve();
        assertEquals(1, res.clusters().size());
        assertEquals("blogger:1", res.clusters().get(0).key());
        assertEquals(List.of("a", "x", "y"), res.clusters().get(0).commentIds());
        assertEquals(1, res.refused().size());
        IdentityResolver.Refusal refusal = res.refused().get(0);
        assertEquals("y-b", refusal.evidence().inference().evidence(), "the weakest link is refused");
        assertEquals(List.of("blogger:1", "blogger:2"), List.of(refusal.participantKey(), refusal.otherParticipantKey()));
    }

    @Test
    void profilesSharingAHandleAreRefusedNotMerged() {
        IdentityResolver r = new IdentityResolver();
        r.addComment("a", "blogger:1", "jb");
        r.addComment("b", "name:probationmatters.blogspot.com:jb", "jb");
        r.addComment("c", "anon:c", "jb");
        IdentityResolver.Resolution res = r.resolve();
        assertEquals(1, res.refused().size());
        assertEquals(1, res.clusters().size());
        assertEquals(2, res.clusters().get(0).commentIds().size());
        assertEquals(3, r.commentsHeld());
    }

    @Test
    void sharedHandlesAcrossPostsJoinComments() {
        List<String> signed = List.of(SeedTexts.read("001").comments().get(0).text(),
                SeedTexts.extract("002", "There's a lot of debate", "'Getafix"),
                SeedTexts.extract("002", "https://www.gov.uk/government/speeches/rough", "'Getafix"),
                SeedTexts.extract("002", "Allowing housing benefit", "'Getafix"));
        IdentityResolver r = new IdentityResolver();
        for (int i = 0; i < signed.size(); i++) {
            r.addComment("c" + i, "anon:c" + i, Handles.signOff(signed.get(i)).orElseThrow());
        }
        IdentityResolver.Resolution res = r.resolve();
        assertEquals(1, res.clusters().size());
        assertEquals(List.of("c0", "c1", "c2", "c3"), res.clusters().get(0).commentIds());
        assertTrue(res.clusters().get(0).evidence().stream()
                .allMatch(e -> e.inference().method().equals("handle") && e.inference().evidence().equals("getafix")));
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        List<SameAuthor> edges = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            edges.add(edge("c" + random.nextInt(120), "c" + random.nextInt(120), (1 + random.nextInt(9)) / 10.0, "e" + i));
        }
        IdentityResolver.Resolution first = resolve(edges);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(edges, random);
            assertEquals(first.clusters().stream().map(c -> c.key() + c.commentIds()).toList(),
                    resolve(edges).clusters().stream().map(c -> c.key() + c.commentIds()).toList());
            assertEquals(first.refused().size(), resolve(edges).refused().size());
        }
        assertTrue(first.refused().size() > 0, "profiles c0..c9 make some evidence conflict");
    }

    private static IdentityResolver.Resolution resolve(List<SameAuthor> edges) {
        IdentityResolver r = new IdentityResolver();
        for (int i = 0; i < 120; i++) {
            r.addComment("c" + i, i < 10 ? "blogger:" + i : "anon:c" + i, null);
        }
        edges.forEach(r::addEvidence);
        return r.resolve();
    }
}
