package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateStanceCommandTest {

    @TempDir
    Path dir;

    private Path pairs() throws Exception {
        Path file = dir.resolve("pairs.csv");
        Files.writeString(file, """
                parent,reply,gold
                "Probation was better before TR.","Excellent points, I agree entirely.",yes
                "Probation was better before TR.","Rubbish. You clearly have no idea, it was worse.",no
                "The meeting is on Tuesday.","Here is the link: https://example.org/minutes",other
                """);
        return file;
    }

    @Test
    void jsonGivesTheFiguresUnderTheirDocumentedNames() throws Exception {
        CliRunner.Run run = CliRunner.run("evaluate-stance", pairs().toString(), "--parent-column", "parent",
                "--reply-column", "reply", "--label-column", "gold", "--labels", "yes=agree,no=disagree,other=neutral",
                "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(3, json.get("n").asInt());
        assertEquals(3, json.get("confusion").size());
        int counted = 0;
        for (JsonNode row : json.get("confusion")) {
            for (JsonNode v : row) {
                counted += v.asInt();
            }
        }
        assertEquals(3, counted);
        for (String label : new String[] {"agree", "disagree", "neutral"}) {
            JsonNode c = json.get("classes").get(label);
            assertTrue(c.has("precision") && c.has("recall") && c.has("f1"), label);
        }
        double accuracy = json.get("accuracy").asDouble();
        assertTrue(accuracy >= 0 && accuracy <= 1 && json.has("macroF1"));
    }

    @Test
    void anUnknownColumnIsAOneLineUserError() throws Exception {
        Path file = pairs();
        CliRunner.Run run = CliRunner.run("evaluate-stance", file.toString(), "--parent-column", "parent",
                "--reply-column", "answer", "--label-column", "gold");
        assertEquals(1, run.exitCode());
        assertEquals("threadgraph: " + file + " line 1: no column 'answer' (columns: parent, reply, gold)",
                run.err().strip());
    }
}
