package org.threadgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.threadgraph.sources.SourceException;
import org.threadgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/** The top command: {@code java -jar threadgraph.jar COMMAND}. */
@Command(name = "threadgraph", mixinStandardHelpOptions = true, version = "threadgraph 0.1.0",
        synopsisSubcommandLabel = "COMMAND",
        description = "Discussion-thread graph analyser: reads blog comment threads into Neo4j and shows who "
                + "answers whom.",
        subcommands = {IngestCommand.class, CrawlCommand.class, LinkCommand.class, AnalyseCommand.class,
                QueryCommand.class, ExplainCommand.class, ExportCommand.class, ViewCommand.class,
                ReportCommand.class, StatsCommand.class, ServeCommand.class, DemoCommand.class,
                EmbedCommand.class, SimilarCommand.class,
                TrainStanceCommand.class, EvaluateStanceCommand.class,
                BenchCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:user error (bad input, bad Cypher, unreachable database)",
                "2:internal error"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  THREADGRAPH_DB, THREADGRAPH_URI, THREADGRAPH_BLOG, THREADGRAPH_ZONE",
                "      defaults for --db, --uri, --blog and --zone; an option on the command line wins.",
                "  NEO4J_USERNAME, NEO4J_PASSWORD",
                "      credentials for an external Neo4j given with --uri."})
public final class ThreadgraphCommand {

    /** Exit code for a problem the user can fix. */
    static final int USER_ERROR = 1;
    /** Exit code for a fault in threadgraph. */
    static final int INTERNAL_ERROR = 2;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only results, warnings about input that was not stored, and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Also print the stack trace of an internal error (for a bug report).")
    boolean verbose;

    /** Returns how much the command running under {@code spec} should say. */
    static Verbosity verbosity(CommandSpec spec) {
        ThreadgraphCommand top = (ThreadgraphCommand) spec.root().userObject();
        return top.verbose ? Verbosity.VERBOSE : top.quiet ? Verbosity.QUIET : Verbosity.NORMAL;
    }

    /** Runs threadgraph and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs threadgraph with the given output streams and returns the exit code; for tests and {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        ThreadgraphCommand top = new ThreadgraphCommand();
        CommandLine cmd = new CommandLine(top);
        cmd.setDefaultValueProvider(new EnvironmentDefaults());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(ThreadgraphCommand::exitCode);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            int code = exitCode(ex);
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            commandLine.getErr().println("threadgraph: " + (code == USER_ERROR ? "" : "internal error: ") + message);
            if (code == INTERNAL_ERROR && (top.verbose || System.getenv("THREADGRAPH_DEBUG") != null)) {
                ex.printStackTrace(commandLine.getErr());
            }
            return code;
        });
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            printUsageError(unknownOptionFirst(ex, arguments));
            return USER_ERROR;
        });
        return cmd.execute(args);
    }

    /**
     * Says what was wrong in one line, what was probably meant, and the command's one-line synopsis:
     * the full help is one {@code --help} away, not dumped over the mistake.
     */
    private static void printUsageError(CommandLine.ParameterException ex) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("threadgraph: " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched && unmatched.isUnknownOption()) {
            List<String> close = OptionSuggestions.of(command.getCommandSpec(), unmatched.getUnmatched().get(0)
                    .split("=", 2)[0]);
            if (!close.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", close) + "?");
            }
        } else {
            UnmatchedArgumentException.printSuggestions(ex, err);
        }
        err.print("Usage: " + command.getHelp().synopsis(0));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
    }

    /**
     * Returns the error to report: a mistyped option ({@code --fromat}) often makes picocli complain
     * first about the required option it hid, so an unknown option among the arguments wins.
     */
    private static CommandLine.ParameterException unknownOptionFirst(CommandLine.ParameterException ex,
                                                                    String[] arguments) {
        if (ex instanceof UnmatchedArgumentException) {
            return ex;
        }
        CommandLine command = ex.getCommandLine();
        for (String argument : arguments) {
            String name = argument.split("=", 2)[0];
            if (name.startsWith("--") && name.length() > 2 && !command.getCommandSpec().optionsMap().containsKey(name)) {
                return new UnmatchedArgumentException(command, List.of(name));
            }
        }
        return ex;
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
