package org.threadgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.threadgraph.model.Stance;

class EntityDiscussionTest {

    @Test
    void countsMentionsDefencesAndAttacks() {
        ThreadInput t = Fixtures.post("p").comment("c1", null, "a").comment("c2", null, "b").comment("c3", null, "c")
                .defends("c1", "person:dino").attacks("c2", "person:dino").defends("c3", "person:dino")
                .attacks("c1", "org:napo").attacks("c2", "org:napo").attacks("c3", "org:napo").attacks("c3", "org:napo")
                .names("c2", "org:moj")
                .build();
        List<EntityCount> counts = EntityDiscussion.of(t).getCounts();
        assertEquals(List.of("org:napo", "person:dino", "org:moj"), counts.stream().map(EntityCount::key).toList());
        EntityCount napo = counts.get(0);
        assertEquals(4, napo.mentions());
        assertEquals(3, napo.comments(), "c3's two attacks count once");
        assertEquals(3, napo.attacked());
        assertEquals(0, napo.contestedness());
        EntityCount dino = counts.get(1);
        assertEquals(new EntityCount("person:dino", "dino", 3, 3, 2, 1, 0, 2), dino);
        assertEquals(0.5, dino.contestedness());
        assertEquals(new EntityCount("org:moj", "moj", 1, 1, 0, 0, 1, 3), counts.get(2));
    }

    @Test
    void accumulatesPostByPostAndRanksTies() {
        EntityDiscussion d = new EntityDiscussion();
        d.add(Fixtures.post("p1").comment("c1", null, "a").defends("c1", "person:x").attacks("c1", "person:y").build());
        d.add(Fixtures.post("p2").comment("c1", null, "a").attacks("c1", "person:x").build());
        List<EntityCount> counts = d.getCounts();
        assertEquals(new EntityCount("person:x", "x", 2, 2, 1, 1, 0, 1), counts.get(0));
        assertEquals(2, counts.get(1).rank());
        assertEquals(List.of("person:x"), d.getMostDefended().stream().map(EntityCount::key).toList());
        assertEquals(List.of("person:x", "person:y"), d.getMostAttacked().stream().map(EntityCount::key).toList());
    }

    @Test
    void conflictingRowsOfOneCommentNetOut() {
        List<EntityAttitude> rows = List.of(new EntityAttitude("c1", "org:napo", "Napo", Stance.Label.AGREE, 0.9),
                new EntityAttitude("c1", "org:napo", "NAPO", Stance.Label.DISAGREE, 0.4));
        EntityCount napo = new EntityDiscussion().add(rows).getCounts().get(0);
        assertEquals(1, napo.defended());
        assertEquals("NAPO", napo.name(), "first name in lexicographic order, whatever the row order");
    }
}
