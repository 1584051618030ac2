package org.threadgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.threadgraph.store.Database;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph analyse}: depth, centrality, discussed entities and camps, written back to the graph. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse the conversation with JGraphT and write the results back to Neo4j: thread depth "
                + "(structural and real) on posts and top-level comments, central participants per post (ACTIVE_IN) "
                + "and blog-wide, the most discussed people and organisations, and disagreement camps (Camp nodes).",
                "Prints the deepest threads, the central participants, the most discussed entities and each divided "
                        + "post with its camps. Same input, same output."})
final class AnalyseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--post", paramLabel = "URL|ID", description = "Analyse one post (blog-wide results are "
            + "always recomputed).")
    String post;

    @Option(names = "--all", description = "Analyse every post (the default).")
    boolean all;

    @Option(names = "--blog", description = "Recompute only the blog-wide results (centrality, participant camps, "
            + "entity counts), e.g. after an ingest changed a few posts; each post's results stay as they are.")
    boolean blogOnly;

    @Override
    public Integer call() {
        if ((post != null ? 1 : 0) + (all ? 1 : 0) + (blogOnly ? 1 : 0) > 1) {
            throw new UserException("give one of --post, --all and --blog");
        }
        try (Database db = dbOptions.open()) {
            var out = spec.commandLine().getOut();
            Pipeline pipeline = new Pipeline(db, Gazetteer.bundled(), Progress.of(spec));
            if (blogOnly) {
                AnalysisSummary.print(pipeline.analyseBlog(), out);
                return 0;
            }
            List<String> ids = pipeline.postIds(post);
            if (ids.isEmpty()) {
                throw new UserException(post == null ? "the graph holds no posts: ingest some first"
                        : "no post with id or URL " + post);
            }
            AnalysisSummary.print(pipeline.analyse(ids), out);
        }
        return 0;
    }
}
