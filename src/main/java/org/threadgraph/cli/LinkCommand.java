package org.threadgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.threadgraph.linking.Gazetteer;
import org.threadgraph.store.Database;
import org.threadgraph.pipeline.LinkTotals;
import org.threadgraph.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph link}: infers the real conversation again for stored posts. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Infer who really answers whom (RESPONDS_TO with method, confidence, evidence and stance), "
                + "which anonymous comments one person wrote, who and what is mentioned, and links between posts.",
                "`ingest` does this for the posts it reads; run `link` after changing the gazetteer or to redo all."})
final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Mixin
    GazetteerFlag gazetteerFlag;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Scope scope;

    static final class Scope {
        @Option(names = "--post", paramLabel = "URL|ID", description = "One post, by permalink or id.")
        String post;

        @Option(names = "--all", description = "Every post of the graph.")
        boolean all;
    }

    @Override
    public Integer call() {
        Gazetteer gazetteer = gazetteerFlag.gazetteer();
        try (Database db = dbOptions.open()) {
            var out = spec.commandLine().getOut();
            Pipeline pipeline = new Pipeline(db, gazetteer, Progress.of(spec));
            List<String> ids = pipeline.postIds(scope.all ? null : scope.post);
            if (ids.isEmpty()) {
                throw new UserException(scope.all ? "the graph holds no posts: ingest some first"
                        : "no post with id or URL " + scope.post);
            }
            LinkTotals totals = pipeline.link(ids);
            IngestSummary.print(totals, out);
            if (!totals.failures().isEmpty()) {
                throw new UserException(totals.failures().size() + " post(s) could not be linked (see above); the "
                        + "others were");
            }
        }
        return 0;
    }
}
