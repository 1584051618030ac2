package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

/**
 * A two-sided dispute (a written fixture, {@code camps/union-branch-dispute.txt}: twelve comments
 * defending a union branch against twelve attacking it, in long alternating reply chains over four
 * blocks, with uncertain stances and attitudes) must come out as two camps, each holding one whole side
 * and saying what it defends and attacks.
 */
class TwoSidedDisputeTest {

    private static final String POST = "dispute";
    private static final String BRANCH = "org:napo-london-branch";

    private static final Map<String, String> SIDES = new LinkedHashMap<>();
    private static ThreadInput input;

    @BeforeAll
    static void load() throws IOException {
        List<ThreadComment> comments = new ArrayList<>();
        List<ResponseLink> responses = new ArrayList<>();
        List<EntityAttitude> attitudes = new ArrayList<>();
        try (InputStream in = TwoSidedDisputeTest.class.getResourceAsStream("/camps/union-branch-dispute.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String id = id(f[0]);
                String parent = f[0].contains(".") ? id(f[0].substring(0, f[0].indexOf('.'))) : null;
                comments.add(new ThreadComment(id, parent, "anon:" + id, null, comments.size() + 1, f[5]));
                SIDES.put(id, f[1]);
                String[] stance = f[3].split(":");
                boolean toPost = f[2].equals("post");
                responses.add(new ResponseLink(id, toPost ? POST : id(f[2]), toPost, label(stance[0]),
                        Double.parseDouble(stance[1])));
                if (!f[4].equals("-")) {
                    String[] attitude = f[4].split(":");
                    attitudes.add(new EntityAttitude(id, BRANCH, "Napo London Branch",
                            attitude[0].equals("defends") ? Stance.Label.AGREE : Stance.Label.DISAGREE,
                            Double.parseDouble(attitude[1])));
                }
            }
        }
        input = new ThreadInput(POST, comments, responses, attitudes);
    }

    private static String id(String label) {
        return POST + "-" + label;
    }

    private static Stance.Label label(String name) {
        return Stance.Label.valueOf(name.toUpperCase(Locale.ROOT));
    }

    @Test
    void comesOutAsTwoCampsEachHoldingOneWholeSide() {
        PostCamps camps = new ThreadCamps(input).getCamps();
        assertEquals(1, camps.disputes().size(), "one dispute across the four blocks");
        assertEquals(2, camps.camps().size());
        for (Camp camp : camps.camps()) {
            Set<String> sides = new TreeSet<>();
            camp.comments().forEach(id -> sides.add(SIDES.get(id)));
            assertEquals(1, sides.size(), "camp " + camp.id() + " mixes sides: " + camp.comments());
            assertEquals(12, camp.comments().size(), "camp " + camp.id() + ": " + camp.comments());
        }
        assertNotEquals(sideOf(camps.camps().get(0)), sideOf(camps.camps().get(1)));
    }

    @Test
    void eachCampSaysWhetherItDefendsOrAttacksTheBranch() {
        for (Camp camp : new ThreadCamps(input).getCamps().camps()) {
            if (sideOf(camp).equals("defend")) {
                assertEquals(BRANCH, camp.defends().get(0).key(), "defenders: " + camp.defends());
                assertEquals(List.of(), camp.attacks());
            } else {
                assertEquals(BRANCH, camp.attacks().get(0).key(), "attackers: " + camp.attacks());
                assertEquals(List.of(), camp.defends());
            }
        }
    }

    @Test
    void withoutRebuttalChainsTheDisputeFallsApart() {
        ThreadCamps.Weights d = ThreadCamps.WEIGHTS_DEFAULT;
        ThreadCamps.Weights noChains = new ThreadCamps.Weights(d.response(), d.entity(), d.post(), 0, d.sameWriter(),
                d.minLean());
        PostCamps camps = new ThreadCamps(input, noChains, ThreadCamps.MAX_CAMPS_DEFAULT).getCamps();
        assertTrue(camps.disputes().size() > 1, "the fixture must need the chains: " + camps.disputes().size());
    }

    private static String sideOf(Camp camp) {
        return SIDES.get(camp.comments().get(0));
    }
}
