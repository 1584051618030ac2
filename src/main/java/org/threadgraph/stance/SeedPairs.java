package org.threadgraph.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadgraph.model.Stance;

/**
 * Reads the project's hand-labelled seed pairs ({@code src/test/resources/devset/stance.json}): texts keyed
 * {@code THREAD:COMMENT}, pairs naming a response and its target. Each pair's source is its thread, so they
 * can be held out a thread at a time.
 */
public final class SeedPairs {

    private SeedPairs() {
    }

    /**
     * Returns the labelled pairs of a seed file.
     *
     * @throws StanceDataException naming the file when it cannot be read or a pair names a missing text
     */
    public static List<LabelledPair> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new StanceDataException(file + ": cannot read the seed pairs (" + e.getMessage() + ")", e);
        }
        JsonNode texts = root.path("texts");
        List<LabelledPair> out = new ArrayList<>();
        int i = 0;
        for (JsonNode p : root.path("pairs")) {
            i++;
            String response = p.path("response").asText();
            String target = p.path("target").asText();
            if (!texts.has(response) || !texts.has(target)) {
                throw new StanceDataException(file + " pair " + i + ": no text for " + response + " or " + target);
            }
            Stance.Label label;
            try {
                label = Stance.Label.valueOf(p.path("gold").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new StanceDataException(file + " pair " + i + ": unknown gold label " + p.path("gold"));
            }
            out.add(new LabelledPair(texts.get(response).asText(), texts.get(target).asText(), label,
                    "seed thread " + response.substring(0, response.indexOf(':'))));
        }
        if (out.isEmpty()) {
            throw new StanceDataException(file + ": no pairs");
        }
        return out;
    }
}
