package org.threadgraph.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads the hand-labelled dev sets under {@code src/test/resources/devset/}. */
final class DevSet {

    /** A response pair with its gold label. */
    record Pair(String response, String target, String split, String gold, String reason, String id) {
    }

    /** A text naming an entity, with the gold attitude. */
    record Item(String text, String entity, String split, String gold, String reason, String id) {
    }

    private DevSet() {
    }

    /** Returns the pairs of {@code devset/stance.json}, texts resolved. */
    static List<Pair> pairs() {
        JsonNode root = read("devset/stance.json");
        JsonNode texts = root.get("texts");
        List<Pair> out = new ArrayList<>();
        for (JsonNode p : root.get("pairs")) {
            String r = p.get("response").asText();
            String t = p.get("target").asText();
            out.add(new Pair(texts.get(r).asText(), texts.get(t).asText(), p.get("split").asText(),
                    p.get("gold").asText(), p.get("reason").asText(), r + " -> " + t));
        }
        return out;
    }

    /** Returns the items of {@code devset/entity-attitude.json}. */
    static List<Item> items() {
        List<Item> out = new ArrayList<>();
        for (JsonNode i : read("devset/entity-attitude.json").get("items")) {
            out.add(new Item(i.get("text").asText(), i.get("entity").asText(), i.get("split").asText(),
                    i.get("gold").asText(), i.get("reason").asText(),
                    i.get("source").asText() + " / " + i.get("entity").asText()));
        }
        return out;
    }

    /** Returns {@code stance/confidence.properties} as bundled. */
    static Properties confidence() {
        return new Resources("stance/").properties("confidence.properties");
    }

    private static JsonNode read(String name) {
        try (InputStream in = DevSet.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("not on the test class path: " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
