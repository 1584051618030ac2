package org.threadgraph.cli;

import java.io.PrintWriter;
import org.threadgraph.sources.SourceException;
import org.threadgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: {@code java -jar threadgraph.jar COMMAND}. */
@Command(name = "threadgraph", mixinStandardHelpOptions = true, version = "threadgraph 0.1.0",
        synopsisSubcommandLabel = "COMMAND",
        description = "Discussion-thread graph analyser: reads blog comment threads into Neo4j and shows who "
                + "answers whom.",
        subcommands = {IngestCommand.class, CrawlCommand.class, LinkCommand.class, AnalyseCommand.class,
                QueryCommand.class, ExplainCommand.class, ExportCommand.class, ViewCommand.class,
                ReportCommand.class, StatsCommand.class, ServeCommand.class, DemoCommand.class, TrainStanceCommand.class, EvaluateStanceCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:user error (bad input, bad Cypher, unreachable database)",
                "2:internal error"})
public final class ThreadgraphCommand {

    /** Exit code for a problem the user can fix. */
    static final int USER_ERROR = 1;
    /** Exit code for a fault in threadgraph. */
    static final int INTERNAL_ERROR = 2;

    /** Runs threadgraph and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs threadgraph with the given output streams and returns the exit code; for tests and {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new ThreadgraphCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(ThreadgraphCommand::exitCode);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCode(ex);
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("threadgraph: " + (code == USER_ERROR ? "" : "internal error: ") + message);
            if (code == INTERNAL_ERROR && System.getenv("THREADGRAPH_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return code;
        });
        cmd.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("threadgraph: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USER_ERROR;
        });
        return cmd.execute(args);
    }

    private static int exitCode(Throwable ex) {
        if (ex instanceof UserException || ex instanceof SourceException) {
            return USER_ERROR;
        }
        if (ex instanceof StoreException se) {
            return se.isUserError() ? USER_ERROR : INTERNAL_ERROR;
        }
        return INTERNAL_ERROR;
    }
}
