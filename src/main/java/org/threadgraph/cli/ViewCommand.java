package org.threadgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.threadgraph.export.GraphView;
import org.threadgraph.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph view}: an interactive page of the graph that works offline. */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML page (it fetches nothing; open it from disk in any browser) "
                + "that draws a graph you can zoom, pan and filter by camp, stance and participant; click a node for "
                + "its text and the evidence of its replies.",
            "With --post: that post's comments, real replies coloured by stance (agree green, disagree red, neutral "
                + "grey) and Blogger's structural replies dashed. Without: the blog-wide graph of who answers whom.",
            "Open FILE.html#node=ID to start with a node selected."})
final class ViewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--post", paramLabel = "URL|ID", description = "The post: its permalink or id.")
    String post;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The page to write.")
    Path out;

    @Override
    public Integer call() {
        ExportCommand.requireFolderOf(out);
        try (Database db = dbOptions.open()) {
            FreshBlogFigures.ensure(db, spec.commandLine().getErr());
            GraphView.Summary s = new GraphView(db).write(post, out);
            spec.commandLine().getOut().printf("wrote the view of \"%s\" (%,d nodes, %,d edges) to %s%n", s.title(),
                    s.nodes(), s.edges(), out);
        } catch (IOException e) {
            throw ExportCommand.cannotWrite(out, e);
        }
        return 0;
    }
}
