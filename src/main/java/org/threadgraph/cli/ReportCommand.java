package org.threadgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.threadgraph.report.Reports;
import org.threadgraph.store.Database;
import org.threadgraph.store.ReportReader.ParticipantRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadgraph report}: readable reports on a participant or a post, as HTML and Markdown. */
@Command(name = "report", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "(blog | participant | post)",
        description = {"Write reports as an HTML page and a Markdown file each, into a folder.",
            "participant: activity per month, whom they answer and who answers them (with agree and disagree "
                + "shares), camp, centrality ranks, the people and organisations they defend or attack, and their "
                + "most answered and most central comments linked to the blog.",
            "blog: size, components, reciprocity, density, modularity of the camps, degree distribution, a picture of "
                + "the participant network, activity over time, the most divided posts, the disputes that span posts "
                + "and their sides, and the central participants.",
            "post: size, depth, participants, duration, the deepest chain of replies in reading order, camps with "
                + "their terms and entities, polarisation, the most central participants and most discussed "
                + "entities."},
        subcommands = {ReportCommand.Blog.class, ReportCommand.Participant.class, ReportCommand.Post.class})
final class ReportCommand {

    /** The options both reports take. */
    static final class Output {
        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The folder to write into (created if missing).")
        Path dir;

        @Option(names = "--redact", description = "Hide e-mail addresses and UK phone numbers in comment text.")
        boolean redact;

        /**
         * Checks the folder, opens the database and hands {@code job} the reports on it; a failed
         * write becomes a user error.
         */
        void write(DbOptions dbOptions, PrintWriter err, Job job) {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UserException("cannot write into " + dir + ": it is a file, not a folder");
            }
            try (Database db = dbOptions.open()) {
                FreshBlogFigures.ensure(db, err);
                job.write(new Reports(db, redact));
            } catch (IOException e) {
                throw ExportCommand.cannotWrite(dir, e);
            }
        }

        void print(PrintWriter out, String what, List<Path> files) {
            out.printf("wrote %s: %d file%s in %s%n", what, files.size(), files.size() == 1 ? "" : "s", dir);
            if (files.size() <= 4) {
                files.forEach(f -> out.println("  " + f));
            }
        }

        /** Writes reports; may fail to write. */
        interface Job {
            void write(Reports reports) throws IOException;
        }
    }

    /** {@code threadgraph report blog}. */
    @Command(name = "blog", mixinStandardHelpOptions = true,
            description = "The blog overview, as blog.html and blog.md: how the whole conversation is shaped.")
    static final class Blog implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DbOptions dbOptions;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            output.write(dbOptions, spec.commandLine().getErr(), reports -> output.print(spec.commandLine().getOut(),
                    "the blog overview", reports.blog(output.dir)));
            return 0;
        }
    }

    /** {@code threadgraph report participant}. */
    @Command(name = "participant", mixinStandardHelpOptions = true,
            description = {"Report on one participant, found by exact key or else by name (ignoring case); when "
                    + "several share the name, they are listed with their keys. --all: every participant, with an "
                    + "index."})
    static final class Participant implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DbOptions dbOptions;

        @Mixin
        Output output;

        @Parameters(arity = "0..1", paramLabel = "NAME|KEY", description = "The participant's key or name.")
        String who;

        @Option(names = "--all", description = "Report on every participant who wrote a comment.")
        boolean all;

        @Override
        public Integer call() {
            if (all == (who != null)) {
                throw new UserException("give either a participant's NAME or KEY, or --all");
            }
            PrintWriter out = spec.commandLine().getOut();
            output.write(dbOptions, spec.commandLine().getErr(), reports -> {
                if (all) {
                    output.print(out, "reports on every participant", reports.allParticipants(output.dir));
                } else {
                    ParticipantRef match = only(reports.participantsMatching(who));
                    output.print(out, "the report on " + Reports.describe(match),
                            reports.participant(match.key(), output.dir));
                }
            });
            return 0;
        }

        private ParticipantRef only(List<ParticipantRef> matches) {
            if (matches.isEmpty()) {
                throw new UserException("no participant with key or name " + who);
            }
            if (matches.size() > 1) {
                int shown = Math.min(10, matches.size());
                String list = matches.subList(0, shown).stream().map(Reports::describe)
                        .collect(Collectors.joining("; "));
                throw new UserException(matches.size() + " participants are named \"" + who + "\": " + list
                        + (matches.size() > shown ? "; and " + (matches.size() - shown) + " more" : "")
                        + ". Give one of these keys instead.");
            }
            return matches.get(0);
        }
    }

    /** {@code threadgraph report post}. */
    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "Report on one post, by permalink or id. --all: every post, with an index.")
    static final class Post implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DbOptions dbOptions;

        @Mixin
        Output output;

        @Parameters(arity = "0..1", paramLabel = "URL|ID", description = "The post's permalink or id.")
        String post;

        @Option(names = "--all", description = "Report on every post.")
        boolean all;

        @Override
        public Integer call() {
            if (all == (post != null)) {
                throw new UserException("give either a post's URL or ID, or --all");
            }
            PrintWriter out = spec.commandLine().getOut();
            output.write(dbOptions, spec.commandLine().getErr(), reports -> {
                if (all) {
                    output.print(out, "reports on every post", reports.allPosts(output.dir));
                } else {
                    output.print(out, "the report on post " + post, reports.post(post, output.dir));
                }
            });
            return 0;
        }
    }
}
