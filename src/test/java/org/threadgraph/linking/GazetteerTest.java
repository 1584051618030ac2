package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.model.Entity;
import org.threadgraph.model.Mention;

class GazetteerTest {

    private static List<String> keys(MentionFinder f, String text) {
        return f.find("c", text, MentionContext.empty()).stream().map(m -> m.entity().key()).toList();
    }

    @Test
    void bundledGazetteerCoversTheDomain() {
        Gazetteer g = Gazetteer.bundled();
        for (String key : List.of("org:napo", "org:napo-london-branch", "org:nps", "org:crc", "org:moj", "org:hmpps",
                "org:noms", "org:hmip", "org:unison", "org:gmb", "org:labour-party", "org:conservative-party",
                "org:justice-select-committee", "org:working-links", "org:interserve", "org:sodexo", "org:mtcnovo",
                "org:seetec", "org:purple-futures", "org:sopra-steria", "person:chris-grayling", "person:rory-stewart",
                "person:david-gauke", "person:frances-crook", "person:russell-webster", "person:dean-rogers",
                "person:ian-lawrence", "person:michael-spurr", "person:priti-patel", "person:angela-cossins",
                "person:justin-russell", "person:david-raho")) {
            assertTrue(g.entity(key).isPresent(), key);
        }
        assertEquals(g.entities().size(), g.entities().stream().map(Entity::key).distinct().count());
    }

    @Test
    void aliasesMatchByTheirCaseRules() {
        MentionFinder f = new MentionFinder();
        assertEquals(List.of("org:napo-london-branch"), keys(f, "I asked Napo London Branch about it."));
        assertEquals(List.of("org:napo"), keys(f, "napo and NAPO and Napo's are all Napo."));
        assertEquals(List.of("org:moj", "org:crc"), keys(f, "The MOJ and the MoJ and the moj sold the CRCs."));
        assertEquals(List.of(), keys(f, "Almost everyone *shouting in unison*: the PCs had none. Labour costs rose."),
                "ordinary words and a sentence-initial ~alias are not names");
        assertEquals(List.of("org:labour-party", "org:unison"), keys(f, "Neither the Labour opposition nor Unison helped."));
        assertEquals(List.of("org:hmpps"), keys(f, "HM Prison & Probation Service"));
        assertEquals(List.of("person:david-raho"), keys(f, "David A. Raho wrote it; David A Raho signed it; Raho agreed."));
        assertEquals(List.of("org:napo"), keys(f, "Napo, London Branch"), "a name does not run across punctuation");
    }

    @Test
    void userFileAddsAndReplacesEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.tsv");
        Files.writeString(file, "# my additions\n"
                + "org:napo\tNapo (the union)\torganisation\tnapo|Nafo\n"
                + "person:jim-brown\tJim Brown\tperson\tJim Brown|netnanny\n");
        Gazetteer g = Gazetteer.bundled().with(Gazetteer.load(file));
        assertEquals("Napo (the union)", g.entity("org:napo").orElseThrow().name());
        MentionFinder f = new MentionFinder(g);
        List<Mention> m = f.find("c", "Nafo are not interested, says NetNanny.", MentionContext.empty());
        assertEquals(List.of("org:napo", "person:jim-brown"), m.stream().map(x -> x.entity().key()).toList());
        assertEquals("NetNanny", m.get(1).evidence());
        assertEquals(Entity.Type.PERSON, m.get(1).entity().type());
    }

    @Test
    void malformedLinesAreReportedWithTheirPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse("x.tsv", List.of("org:a\tA\torganisation", "org:b\tB\tcompany")));
        assertTrue(e.getMessage().startsWith("x.tsv:2"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse("x.tsv", List.of("org:a\tA\torganisation", "org:a\tA2\torganisation")));
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse("x.tsv", List.of("org:a only")));
    }
}
