package org.threadgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.threadgraph.pipeline.DocumentOutcome;
import org.threadgraph.pipeline.PipelineListener;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Shows a running pipeline: each input's summary on standard output as it is read, and progress on
 * standard error, as a bar with counts and rate on a terminal, or elsewhere (CI logs, pipes), where a
 * bar would only add noise, as a plain line every {@value #PLAIN_INTERVAL_MS} ms (verbose: also when a stage starts).
 * Not me.tongfei:progressbar (tried at 0.10.1): it brings JLine and redraws from a thread of its own, one bar
 * per stage, while the summaries printed between updates need the bar cleared first; this stays simpler.
 */
final class Progress implements PipelineListener {

    private static final int WIDTH = 30;
    static final long PLAIN_INTERVAL_MS = 10_000;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final boolean verbose;
    private String stage;
    private long stageStart;
    private long lastPlain;
    private String lastLine = "";

    Progress(PrintWriter out, PrintWriter err, Verbosity verbosity) {
        this.out = out;
        this.err = err;
        this.terminal = System.console() != null;
        this.quiet = !verbosity.chatty();
        this.verbose = verbosity == Verbosity.VERBOSE;
    }

    /** Returns the progress display for the command running under {@code spec}, as loud as it asks. */
    static Progress of(CommandSpec spec) {
        return new Progress(spec.commandLine().getOut(), spec.commandLine().getErr(),
                ThreadgraphCommand.verbosity(spec));
    }

    @Override
    public void document(DocumentOutcome outcome) {
        // Quiet still names every input that was refused or stored with a warning: that is lost or doubtful data.
        if (quiet && !(outcome instanceof DocumentOutcome.Failed)
                && !(outcome instanceof DocumentOutcome.Stored stored && !stored.warnings().isEmpty())) {
            return;
        }
        clear();
        IngestSummary.print(outcome, out);
        out.flush();
    }

    @Override
    public void note(String message) {
        if (quiet) {
            return;
        }
        clear();
        out.println("  note: " + message);
        out.flush();
    }

    @Override
    public void progress(String stage, long done, long total) {
        if (quiet) {
            return;
        }
        long now = System.currentTimeMillis();
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            stageStart = now;
            // A verbose plain log shows each stage as soon as it starts; a normal one keeps short runs silent.
            lastPlain = verbose ? now - PLAIN_INTERVAL_MS : now;
        }
        double seconds = Math.max(now - stageStart, 1) / 1000.0;
        String counts = String.format(Locale.ROOT, "%s %d/%d, %.1f/s", stage, done, total, done / seconds);
        if (terminal && total > 1) {
            int filled = (int) Math.round((double) done / total * WIDTH);
            String line = "\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + counts;
            err.print(line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
            err.flush();
            lastLine = line;
        } else if (!terminal && now - lastPlain >= PLAIN_INTERVAL_MS) {
            err.println("  " + counts);
            err.flush();
            lastPlain = now;
        }
        if (done >= total) {
            clear();
        }
    }

    /** Clears the bar so that normal output continues on a clean line. */
    void clear() {
        if (terminal && !lastLine.isEmpty()) {
            err.print("\r" + " ".repeat(lastLine.length()) + "\r");
            err.flush();
            lastLine = "";
        }
    }
}
