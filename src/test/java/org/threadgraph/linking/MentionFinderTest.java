package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threadgraph.model.Mention;

class MentionFinderTest {

    private static final MentionFinder FINDER = new MentionFinder();

    private static Map<String, String> byKey(List<Mention> mentions) {
        Map<String, String> out = new HashMap<>();
        mentions.forEach(m -> out.put(m.entity().key(), m.evidence()));
        return out;
    }

    @Test
    void threadContextResolvesShortFormsOfNamesTheThreadUsed() {
        MentionContext ctx = FINDER.contextOf("Today a guest post by David A Raho of Napo London Branch.",
                List.of("I agree with Ian Lawrence on this.", "Well said.\n- Dino"));
        assertEquals(Map.of("person:david-raho", "Raho", "person:ian-lawrence", "Mr Lawrence"),
                byKey(FINDER.find("c1", "Raho is right and Mr Lawrence knows it.", ctx)));
        assertEquals(Map.of("person:dino", "Dino"), byKey(FINDER.find("c2", "Dino has a point.", ctx)),
                "a handle a commenter signs with is a name in the thread");
        assertEquals(Map.of("org:napo-london-branch", "Napo London Branch"),
                byKey(FINDER.find("c3", "Napo London Branch again.", MentionContext.empty())), "the longest match");
        assertTrue(ctx.named().stream().anyMatch(e -> e.key().equals("person:david-raho")));
        MentionContext later = FINDER.contextOf(null, List.of("Mr Smithson is wrong.", "John Smithson replied."));
        assertEquals(Map.of("person:john-smithson", "Mr Smithson"),
                byKey(FINDER.find("c4", "Mr Smithson is wrong.", later)), "the thread names him after the title");
        assertEquals(Set.of("dino"), ctx.handles());
    }

    @Test
    void titlesAndGivenNamesMakePeopleAndFiltersKeepOtherWordsOut() {
        assertEquals(Map.of("person:gill-kirton", "Professor Gill Kirton", "person:matt-douglas", "Matt Douglas"),
                byKey(FINDER.find("c", "Professor Gill Kirton and Matt Douglas spoke.", MentionContext.empty())));
        assertEquals(Map.of("person:ian-lawrence", "Mr Lawrence"),
                byKey(FINDER.find("c", "Mr Lawrence spoke.", MentionContext.empty())),
                "a titled surname goes to the only gazetteer person with it");
        assertEquals(Map.of("person:theresa-may", "Mrs May", "person:michael-gove", "Mr Gove"),
                byKey(FINDER.find("c", "In May, Mrs May and Mr Gove met.", MentionContext.empty())));
        assertEquals(Map.of("person:smithson", "Ms Smithson"),
                byKey(FINDER.find("c", "Ms Smithson spoke.", MentionContext.empty())), "else to a person by surname");
        String noise = "Working Links, Greater London and West Yorkshire. Will Napo survive? Mark my words. In May Kent"
                + " Surrey and Sussex staff met. The Black Watch. Pick of the Week. The Probation Officer met the Chief"
                + " Inspector in January. OASys Delius Twitter. Glenys Told Off, as glenys was told.";
        assertEquals(Set.of("org:working-links", "org:napo"), byKey(FINDER.find("c", noise, MentionContext.empty())).keySet());
    }

    /** Precision and recall against the labelled seed comments; the figures are printed. */
    @Test
    void measuredOnTheSeedDevset() throws Exception {
        JsonNode dev;
        try (InputStream in = MentionFinderTest.class.getResourceAsStream("/devset/mentions.json")) {
            dev = new ObjectMapper().readTree(in);
        }
        Map<String, SeedTexts.Text> texts = new HashMap<>();
        Map<String, MentionContext> contexts = new HashMap<>();
        for (SeedTexts.Seed s : SeedTexts.all()) {
            MentionContext ctx = FINDER.contextOf(s.body(), s.commentTexts());
            for (SeedTexts.Text t : s.readerTexts()) {
                texts.put(t.id(), t);
                contexts.put(t.id(), ctx);
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int items = 0;
        Set<String> misses = new TreeSet<>();
        Set<String> falseAlarms = new TreeSet<>();
        for (JsonNode item : dev.get("items")) {
            String id = item.get("id").asText();
            SeedTexts.Text t = texts.get(id);
            assertTrue(t != null && t.text().startsWith(item.get("starts").asText()), "devset item " + id + " is misaligned");
            Set<String> expected = new LinkedHashSet<>();
            item.get("entities").forEach(e -> expected.add(e.asText()));
            Set<String> found = byKey(FINDER.find(id, t.text(), contexts.get(id))).keySet();
            for (String k : found) {
                if (expected.contains(k)) {
                    tp++;
                } else {
                    fp++;
                    falseAlarms.add(id + " " + k);
                }
            }
            for (String k : expected) {
                if (!found.contains(k)) {
                    fn++;
                    misses.add(id + " " + k);
                }
            }
            items++;
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "MentionFinder devset: %d comments, %d labelled mentions; precision %.3f"
                + " recall %.3f (tp %d, fp %d, fn %d)%n", items, tp + fn, precision, recall, tp, fp, fn);
        System.out.println("  false alarms: " + falseAlarms);
        System.out.println("  missed: " + misses);
        assertTrue(items >= 40);
        assertTrue(precision >= 0.97, "precision " + precision);
        assertTrue(recall >= 0.90, "recall " + recall);
    }
}
