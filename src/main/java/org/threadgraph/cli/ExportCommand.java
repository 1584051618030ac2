package org.threadgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadgraph.export.ExportFormat;
import org.threadgraph.export.ExportGraph;
import org.threadgraph.export.Exporter;
import org.threadgraph.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph export}: the graph, or part of it, as a file other tools open. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the reply graph of a post, the participant graph, or the whole blog graph to a file.",
            "Formats: graphml and gexf (Gephi, yEd, NetworkX; typed attributes), dot (Graphviz: `dot -Tsvg`, nodes "
                + "coloured by camp, replies by stance, structural replies dashed), json (Cytoscape.js elements), "
                + "csv (files for `neo4j-admin database import full`, written into the --out folder with the "
                + "command that loads them in neo4j-admin-import.txt).",
            "Graph files carry every stored attribute with texts cut to 200-character snippets; CSV carries whole "
                + "texts. An attribute whose name the format reserves is written as property_NAME."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = "--post", paramLabel = "URL|ID", description = "The post: its permalink or id.")
    String post;

    @Option(names = "--graph", paramLabel = "GRAPH",
            description = "replies: the post's comments and replies (the default with --post); participants: who "
                    + "answers whom, in the post or (without --post) the whole blog; blog: every node and "
                    + "relationship (the default without --post).")
    ExportGraph graph;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write; for csv, the folder to write the files into (created if missing).")
    Path out;

    @Override
    public Integer call() {
        ExportGraph chosen = graph != null ? graph : post != null ? ExportGraph.replies : ExportGraph.blog;
        if (chosen == ExportGraph.replies && post == null) {
            throw new UserException("--graph replies needs --post URL|ID");
        }
        if (chosen == ExportGraph.blog && post != null) {
            throw new UserException("--graph blog exports the whole blog: drop --post, or choose --graph replies "
                    + "or participants");
        }
        if (format != ExportFormat.csv) {
            requireFolderOf(out);
        }
        PrintWriter console = spec.commandLine().getOut();
        try (Database db = dbOptions.open()) {
            FreshBlogFigures.ensure(db, spec.commandLine().getErr());
            Exporter.Summary s = new Exporter(db).export(format, chosen, post, out);
            String what = chosen + " graph" + (post == null ? "" : " of " + post);
            if (format == ExportFormat.csv) {
                console.printf("wrote %,d nodes and %,d relationships (%s) as %d CSV files into %s%n", s.nodes(),
                        s.edges(), what, s.files().size() - 1, out);
                console.println("load them with the command in " + s.files().get(s.files().size() - 1));
            } else {
                console.printf("wrote %,d nodes and %,d edges (%s) to %s%n", s.nodes(), s.edges(), what, out);
                if (s.files().size() > 1) {
                    console.println("and its Cytoscape style to " + s.files().get(1));
                }
            }
            if (s.leftOut() > 0) {
                console.printf("left out %,d edges to nodes outside this graph%n", s.leftOut());
            }
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
        return 0;
    }

    /** Fails with a clear message unless the file's folder exists, before any work is done. */
    static void requireFolderOf(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new UserException("cannot write " + file + ": it is a folder");
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserException("cannot write " + file + ": no folder " + folder);
        }
    }

    /** Returns the user error for an output that could not be written, naming the path that failed. */
    static UserException cannotWrite(Path out, IOException e) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : out.toString();
        String reason;
        if (e instanceof NoSuchFileException) {
            Path folder = Path.of(path).toAbsolutePath().getParent();
            // A special file system such as /proc answers "no such file" for a file it will not create.
            reason = folder != null && Files.isDirectory(folder) ? "the folder " + folder + " does not take new files"
                    : "no such folder";
        } else if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            reason = "a file is in the way";
        } else if (e instanceof NotDirectoryException) {
            reason = "not a folder";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            reason = f.getReason().toLowerCase(Locale.ROOT);
        } else {
            reason = String.valueOf(e.getMessage());
        }
        return new UserException("cannot write " + path + ": " + reason);
    }
}
