package org.threadgraph.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandlesTest {

    @Test
    void signaturesAreFoundAndNormalised() {
        assertEquals(Optional.of("getafix"), Handles.signOff("Well said.\n\n'Getafix"));
        assertEquals(Optional.of("getafix"), Handles.signOff("Well said.\n- getafix  \n\n"));
        assertEquals(Optional.of("dino"), Handles.signOff("I have been complained about from all sides.\n\"- Dino\""));
        assertEquals(Optional.of("jb"), Handles.signOff("Nails it, viz 'probation is dead'.\nJB"));
        assertEquals(Optional.of("jb"), Handles.signOff("Nails it, viz 'probation is dead'.\n~ J.B."));
        assertEquals(Optional.of("andrew hatton"), Handles.signOff("Longer text here.\nAndrew Hatton"));
        assertEquals(Optional.of("netnanny"), Handles.signOff("Longer text here.\n— NetNanny"));
    }

    @Test
    void ordinaryLastLinesAreNotSignatures() {
        for (String text : List.of("'Getafix", "Thanks", "Great post.\nThanks", "Great post.\nThanks!",
                "Great post.\nWell said", "Great post.\nAnon 21:54", "Great post.\n21:54 here",
                "Read this:\nhttps://www.russellwebster.com/x/", "Read this:\nwww.napo.org.uk",
                "Who is this man?\nWho is this man?", "Email below.\nFrom Facebook:-", "Cuts again.\nBrace yourselves...",
                "Cuts again.\nShafted.", "we were shafted again.\nShafted", "It was dated\nTuesday, 17 April 2018",
                "Dean Rogers\nAssistant General Secretary", "More cuts coming.\nWatch This Space",
                "Its wise words from Rory.\n'Getafix\nSo true annon@ 13:15", "Long comment.\nAnonymous",
                "Long comment.\nThe Probation Service Is Dead")) {
            assertEquals(Optional.empty(), Handles.signOff(text), text);
        }
    }

    /** Precision and recall against the labelled seed comments; the figures are printed. */
    @Test
    void measuredOnTheSeedDevset() throws Exception {
        JsonNode dev;
        try (InputStream in = HandlesTest.class.getResourceAsStream("/devset/handles.json")) {
            dev = new ObjectMapper().readTree(in);
        }
        Set<String> signedTexts = new HashSet<>();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        for (JsonNode item : dev.get("signed")) {
            String text = SeedTexts.extract(item.get("seed").asText(), item.get("first").asText(), item.get("last").asText());
            signedTexts.add(normalise(text));
            Optional<String> found = Handles.signOff(text);
            if (found.equals(Optional.of(item.get("handle").asText()))) {
                truePositives++;
            } else {
                falseNegatives++;
                falsePositives += found.isPresent() ? 1 : 0;
            }
        }
        List<SeedTexts.Text> unsigned = new ArrayList<>();
        SeedTexts.all().forEach(s -> unsigned.addAll(s.readerTexts()));
        unsigned.removeIf(t -> signedTexts.contains(normalise(t.text())));
        for (SeedTexts.Text t : unsigned) {
            Optional<String> found = Handles.signOff(t.text());
            if (found.isPresent()) {
                falsePositives++;
                System.out.println("  unexpected handle " + found.get() + " on " + t.id());
            }
        }
        double precision = truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "Handles devset: %d signed, %d unsigned texts; precision %.3f recall %.3f%n",
                truePositives + falseNegatives, unsigned.size(), precision, recall);
        assertTrue(unsigned.size() >= 100, "unsigned texts: " + unsigned.size());
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    @Test
    void getafixSignsTheSameWayInSeeds001And002() {
        Set<Optional<String>> handles = new HashSet<>();
        handles.add(Handles.signOff(SeedTexts.read("001").comments().get(0).text()));
        handles.add(Handles.signOff(SeedTexts.extract("002", "There's a lot of debate", "'Getafix")));
        handles.add(Handles.signOff(SeedTexts.extract("002", "https://www.gov.uk/government/speeches/rough", "'Getafix")));
        handles.add(Handles.signOff(SeedTexts.extract("002", "Allowing housing benefit", "'Getafix")));
        assertEquals(Set.of(Optional.of("getafix")), handles);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
