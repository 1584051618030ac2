package org.threadgraph.cli;

import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults taken from the environment, so a user who always works on one database or blog sets it
 * once ({@code export THREADGRAPH_DB=~/probation-db}) instead of on every command. An option given on
 * the command line still wins; an unset or blank variable falls back to the option's own default.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

    /** The options that read a default from the environment, by their long name. */
    static final Map<String, String> VARIABLES = Map.of(
            "--db", "THREADGRAPH_DB",
            "--uri", "THREADGRAPH_URI",
            "--blog", "THREADGRAPH_BLOG",
            "--zone", "THREADGRAPH_ZONE");

    private final UnaryOperator<String> environment;

    EnvironmentDefaults() {
        this(System::getenv);
    }

    /** Returns defaults read from the given environment; for tests. */
    EnvironmentDefaults(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option)) {
            return null;
        }
        String variable = VARIABLES.get(option.longestName());
        String value = variable == null ? null : environment.apply(variable);
        return value == null || value.isBlank() ? option.defaultValue() : value.strip();
    }
}
