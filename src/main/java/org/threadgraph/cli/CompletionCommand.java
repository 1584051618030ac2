package org.threadgraph.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code threadgraph completion}: prints a bash/zsh completion script for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for bash and zsh.",
                "Load it for this shell:  source <(java -jar threadgraph.jar completion)",
                "The script completes the command name `threadgraph`: define it first, e.g. "
                        + "alias threadgraph='java -jar /path/to/threadgraph.jar'."})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("threadgraph", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
