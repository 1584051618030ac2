package org.threadgraph.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;
import org.threadgraph.store.EmbeddingStore;

/**
 * Measures what {@code embed} costs per 1,000 comments: 1,000 comment texts made by joining random
 * sentences of the bundled seed threads (seeded, so every run embeds the same texts), stored as
 * comments in a fresh embedded database, then embedded and written as {@code embed} does. Not a unit
 * test: run it by hand with {@code java -cp ... org.threadgraph.embed.EmbeddingCostBenchmark} and record
 * the figures with the machine's load.
 */
public final class EmbeddingCostBenchmark {

    private EmbeddingCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<String> sentences = new ArrayList<>();
        try (var files = Files.list(Path.of("src/main/resources/samples/seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String s : Files.readString(f).split("(?<=[.!?])\\s+")) {
                    if (s.strip().length() > 20) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        Random random = new Random(42);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int k = 1 + random.nextInt(5);
            for (int j = 0; j < k; j++) {
                text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            rows.add(Map.of("id", "bench-" + i, "text", text.toString().strip()));
        }
        Path dir = Files.createTempDirectory("threadgraph-embed-bench");
        try (Database db = Database.openEmbedded(dir)) {
            new CypherRunner(db).run("CREATE (p:Post {id: 'bench'}) WITH p UNWIND $rows AS row "
                    + "CREATE (:Comment {id: row.id, postId: 'bench', text: row.text})-[:ON]->(p)",
                    Map.of("rows", rows), true);
            EmbeddingStore store = new EmbeddingStore(db);
            long t0 = System.nanoTime();
            MiniLmEmbedder model = new MiniLmEmbedder();
            model.embed(List.of("warm-up"));
            double load = (System.nanoTime() - t0) / 1e9;
            List<String> ids = rows.stream().map(r -> (String) r.get("id")).toList();
            EmbeddingRun.Cost cost = new EmbeddingRun(model).run(ids, 0, store::texts, store::write, done -> { });
            System.out.printf(Locale.ROOT, "%d comments (mean %.0f characters), %d cores, load average %s: model "
                            + "load %.1f s; embedding %.1f s, store %.1f s; per 1,000 comments %.1f s embedding, %.1f s "
                            + "store%n", cost.embedded(), rows.stream().mapToInt(r -> ((String) r.get("text")).length())
                            .average().orElse(0), Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0], load, cost.embedNanos() / 1e9,
                    cost.storeNanos() / 1e9, cost.embedNanos() / 1e9 * 1000 / cost.embedded(),
                    cost.storeNanos() / 1e9 * 1000 / cost.embedded());
        }
    }
}
