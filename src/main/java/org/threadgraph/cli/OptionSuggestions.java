package org.threadgraph.cli;

import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options a mistyped one probably meant: those within two edits of it, counting a swap of two
 * neighbouring letters as one edit ({@code --fromat} → {@code --format}). picocli itself only
 * suggests options that share the first two letters, which misses most typos.
 */
final class OptionSuggestions {

    private static final int MAX_EDITS = 2;

    private OptionSuggestions() {
    }

    /** Returns the long option names of {@code spec} closest to {@code typed}, nearest first. */
    static List<String> of(CommandSpec spec, String typed) {
        return spec.options().stream().filter(o -> !o.hidden()).map(OptionSpec::longestName)
                .filter(name -> name.startsWith("--"))
                .map(name -> new Candidate(name, editDistance(typed, name)))
                .filter(c -> c.edits() <= MAX_EDITS)
                .sorted(Comparator.comparingInt(Candidate::edits).thenComparing(Candidate::name))
                .map(Candidate::name).distinct().toList();
    }

    private record Candidate(String name, int edits) {
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
