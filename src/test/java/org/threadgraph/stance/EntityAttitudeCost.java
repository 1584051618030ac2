package org.threadgraph.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The CPU each entity-attitude reader takes per mention, on the mentions of a linked graph exported as JSON
 * rows of {@code text} and {@code evidence}; each reader runs warm (after one untimed pass), best of three:
 *
 * <pre>
 * threadgraph query --db DIR --format json \
 *     "MATCH (c:Comment)-[m:MENTIONS]->(:Entity) RETURN c.text AS text, m.evidence AS evidence" &gt; mentions.json
 * java -cp target/threadgraph.jar:target/test-classes org.threadgraph.stance.EntityAttitudeCost mentions.json
 * </pre>
 */
final class EntityAttitudeCost {

    private static final int PASSES = 3;

    private EntityAttitudeCost() {
    }

    private record Mention(String text, String evidence) {
    }

    public static void main(String[] args) throws IOException {
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            mentions.add(new Mention(row.get("text").asText(), row.get("evidence").asText()));
        }
        LexiconEntityAttitude rules = new LexiconEntityAttitude();
        ModelEntityAttitude model = new ModelEntityAttitude(StanceModel.shipped());
        report("rules", mentions, m -> rules.attitude(m.text(), m.evidence()));
        report("stance model (4 pairs a mention, nothing remembered)", mentions,
                m -> model.lean(m.text(), m.evidence()));
    }

    private static void report(String name, List<Mention> mentions, Consumer<Mention> reader) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        mentions.forEach(reader);
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < PASSES; pass++) {
            long start = cpu.getCurrentThreadCpuTime();
            mentions.forEach(reader);
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        System.out.printf(Locale.ROOT, "%s: %d mentions, %.0f ms CPU, %.3f ms a mention%n", name, mentions.size(),
                best / 1e6, best / 1e6 / mentions.size());
    }
}
