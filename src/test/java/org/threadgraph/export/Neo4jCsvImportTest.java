package org.threadgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.threadgraph.store.CypherRunner;
import org.threadgraph.store.Database;

/**
 * The CSV export loaded by the real {@code neo4j-admin database import full} (the import tool inside
 * org.neo4j:neo4j, run offline into a fresh database folder), then read back through the driver.
 */
class Neo4jCsvImportTest {

    private static final String COUNTS = """
            CALL () { MATCH (n) RETURN labels(n)[0] AS name, count(*) AS n
                      UNION ALL MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS n }
            RETURN name, n ORDER BY name
            """;
    private static final String TYPED = """
            MATCH (c:Comment {id: '6002'})-[r:RESPONDS_TO]->(t)
            MATCH (k:Camp {id: '5001-camp-1'})
            RETURN c.published.year AS year, c.position + 1 AS next, r.confidence * 2 AS twice, t.id AS target,
                   c.text AS text, size(k.terms) AS terms, c.removed AS removed, toString(c.published) AS published
            """;

    @Test
    void neo4jAdminImportLoadsTheSameGraph(@TempDir Path dir) throws Exception {
        Database source = PresentationGraph.create();
        List<Map<String, Object>> expected = new CypherRunner(source).run(COUNTS, Map.of(), false).rows();
        Map<String, Object> expectedRow = new CypherRunner(source).run(TYPED, Map.of(), false).rows().get(0);
        Path csv = dir.resolve("csv");
        Exporter.Summary s = new Exporter(source).export(ExportFormat.csv, ExportGraph.blog, null, csv);
        assertTrue(Files.readString(csv.resolve("nodes-Comment.csv")).startsWith(
                "id:ID,:LABEL,authorName:string,camp:string,clock:string,label:string,position:long,postId:string,"
                        + "published:datetime,removed:boolean,text:string,threadRealDepth:long,"
                        + "threadStructuralDepth:long\n"), "typed header");
        assertTrue(Files.readString(csv.resolve("relationships-RESPONDS_TO.csv")).startsWith(
                ":START_ID,:END_ID,:TYPE,confidence:double,evidence:string,method:string,stance:string,"
                        + "stanceConfidence:double,stanceEvidence:string\n"));
        String command = Files.readString(csv.resolve(Neo4jCsvFormat.COMMAND_FILE));
        assertTrue(command.contains("neo4j-admin database import full neo4j --multiline-fields=true "
                + "'--array-delimiter=;' --nodes=nodes-Blog.csv"), command);

        Path home = dir.resolve("imported");
        Files.createDirectories(home.resolve("conf"));
        List<Path> nodes = s.files().stream().filter(f -> f.getFileName().toString().startsWith("nodes-")).toList();
        List<Path> rels = s.files().stream().filter(f -> f.getFileName().toString().startsWith("relationships-"))
                .toList();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
             var fs = new DefaultFileSystemAbstraction()) {
            List<String> args = new ArrayList<>(Neo4jCsvFormat.importArguments(nodes, rels, "neo4j"));
            args.add("--report-file=" + dir.resolve("import.report"));
            int code = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"), out, out, fs),
                    args.toArray(String[]::new));
            assertEquals(0, code, log.toString(StandardCharsets.UTF_8));
        }

        try (Database imported = Database.openEmbedded(home)) {
            CypherRunner cypher = new CypherRunner(imported);
            assertEquals(expected, cypher.run(COUNTS, Map.of(), false).rows());
            Map<String, Object> row = cypher.run(TYPED, Map.of(), false).rows().get(0);
            assertEquals(expectedRow, row);
            assertEquals(2016L, row.get("year"), "published is a datetime");
            assertEquals(1.9, (Double) row.get("twice"), 1e-9, "confidence is a number");
            assertEquals(3L, row.get("terms"), "terms is a list");
            assertTrue(((String) row.get("text")).endsWith("jim.brown@example.org"), "whole texts, not snippets");
        }
    }
}
