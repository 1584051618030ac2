package org.threadgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A mistake gets one line, a suggestion and the synopsis; not a 50-line usage dump. */
class HelpfulCliTest {

    @Test
    void mistypedCommandIsSuggestedWithAShortUsage() {
        CliRunner.Run run = CliRunner.run("exprot");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Did you mean: threadgraph export"), run.err());
        assertTrue(run.err().lines().count() <= 6, run.err());
    }

    @Test
    void mistypedOptionIsNamedAndSuggestedBeforeTheRequiredOptionItHid() {
        CliRunner.Run run = CliRunner.run("export", "--fromat", "dot", "--out", "x.dot");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("threadgraph: Unknown option: '--fromat'"), run.err());
        assertTrue(run.err().contains("Did you mean: --format?"), run.err());
        assertTrue(run.err().contains("Try 'threadgraph export --help'"), run.err());
        assertTrue(run.err().lines().count() <= 8, run.err());
    }

    @Test
    void editDistanceCountsASwapAsOneEdit() {
        assertEquals(1, OptionSuggestions.editDistance("--fromat", "--format"));
        assertEquals(2, OptionSuggestions.editDistance("--nmae", "--names"));
        assertEquals(5, OptionSuggestions.editDistance("--zone", "--format"));
    }

    @Test
    void completionScriptCoversEveryCommand() {
        CliRunner.Run run = CliRunner.run("completion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("complete -F"), run.out());
        for (String command : new String[] {"ingest", "crawl", "query", "export", "report", "serve"}) {
            assertTrue(run.out().contains(command), command);
        }
    }

    @Test
    void environmentGivesDefaultsThatTheCommandLineOverrides() {
        Map<String, String> env = Map.of("THREADGRAPH_DB", "/data/probation", "THREADGRAPH_ZONE", " UTC ");
        CommandLine cmd = new CommandLine(new ThreadgraphCommand());
        cmd.setDefaultValueProvider(new EnvironmentDefaults(env::get));
        CommandLine.ParseResult parsed = cmd.parseArgs("stats");
        assertEquals("/data/probation", parsed.subcommand().commandSpec().findOption("--db").getValue().toString());
        parsed = cmd.parseArgs("stats", "--db", "mine");
        assertEquals("mine", parsed.subcommand().commandSpec().findOption("--db").getValue().toString());
    }

    @Test
    void helpNamesTheEnvironmentVariables() {
        CliRunner.Run run = CliRunner.run("--help");
        assertTrue(run.out().contains("THREADGRAPH_DB"), run.out());
    }

    @Test
    void quietAndVerboseAreAcceptedAfterAnyCommand() {
        ThreadgraphCommand top = new ThreadgraphCommand();
        CommandLine cmd = new CommandLine(top);
        CommandLine.ParseResult parsed = cmd.parseArgs("stats", "--quiet");
        assertEquals(Verbosity.QUIET, ThreadgraphCommand.verbosity(parsed.subcommand().commandSpec()));
        top = new ThreadgraphCommand();
        parsed = new CommandLine(top).parseArgs("stats", "-v");
        assertEquals(Verbosity.VERBOSE, ThreadgraphCommand.verbosity(parsed.subcommand().commandSpec()));
    }
}
