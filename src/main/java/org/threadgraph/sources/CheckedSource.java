package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadgraph.model.Comment;
import org.threadgraph.model.PostThread;
import org.threadgraph.model.SourceReport;

/**
 * A source as {@link Sources#detect} hands it out. It adds what the document says as a whole (the
 * encoding it was read in) to the first thread, drops a comment id met a second time in the
 * document (with a warning when its text differs, so nothing is lost silently), and in
 * {@linkplain SourceOptions#strict() strict} mode fails on the first warning. One-post formats are
 * checked whole before any thread is passed on, so a strict failure stores nothing; a streamed
 * export passes on the threads read before the failing one.
 */
final class CheckedSource implements ThreadSource {

    private final ThreadSource source;

    CheckedSource(ThreadSource source) {
        this.source = source;
    }

    @Override
    public String format() {
        return source.format();
    }

    @Override
    public boolean accepts(String head) {
        return source.accepts(head);
    }

    @Override
    public void read(SourceDocument document, ThreadSink sink) throws SourceException {
        boolean strict = document.options().strict();
        boolean streamed = source instanceof ExportSource;
        List<PostThread> held = new ArrayList<>();
        Checks checks = new Checks(document.notes());
        try {
            source.read(document, thread -> {
                PostThread checked = checks.apply(thread);
                if (strict) {
                    failOnWarning(document.origin(), checked);
                }
                if (strict && !streamed) {
                    held.add(checked);
                } else {
                    sink.accept(checked);
                }
            });
        } catch (StrictStop stop) {
            throw stop.failure;
        }
        held.forEach(sink::accept);
    }

    private static void failOnWarning(String origin, PostThread thread) {
        List<String> warnings = thread.report().warnings();
        if (!warnings.isEmpty()) {
            throw new StrictStop(new SourceException(origin + ": " + warnings.get(0)
                    + " (strict: the document is not read" + (warnings.size() > 1 ? "; " + warnings.size()
                    + " warnings in all" : "") + ")"));
        }
    }

    /** What the checks remember across one document's threads. */
    private static final class Checks {
        private final List<String> notes;
        private final Map<String, Seen> seen = new HashMap<>();

        Checks(List<String> notes) {
            this.notes = new ArrayList<>(notes);
        }

        PostThread apply(PostThread thread) {
            List<String> warnings = new ArrayList<>(notes);
            notes.clear();
            warnings.addAll(thread.report().warnings());
            List<Comment> kept = new ArrayList<>(thread.comments().size());
            for (Comment c : thread.comments()) {
                Seen first = seen.putIfAbsent(c.id(), new Seen(c.text().hashCode(), c.text().length(), where(c)));
                if (first == null) {
                    kept.add(c);
                } else if (first.textHash != c.text().hashCode() || first.textLength != c.text().length()) {
                    warnings.add("comment " + c.id() + " appears twice with different texts; kept the first ("
                            + first.where + "), dropped the second (" + where(c) + ")");
                }
            }
            if (kept.size() == thread.comments().size() && warnings.equals(thread.report().warnings())) {
                return thread;
            }
            SourceReport r = thread.report();
            return new PostThread(thread.blog(), thread.post(), kept, thread.quotes(),
                    new SourceReport(r.origin(), r.format(), warnings));
        }

        private static String where(Comment c) {
            String text = c.text().strip();
            String excerpt = text.length() > 30 ? text.substring(0, 30) + "…" : text;
            return (c.label() != null ? "#" + c.label() + " " : "") + "\"" + excerpt + "\"";
        }
    }

    private record Seen(int textHash, int textLength, String where) {
    }

    /** Carries a strict failure out of the sink, which cannot throw checked exceptions. */
    private static final class StrictStop extends RuntimeException {
        private final SourceException failure;

        StrictStop(SourceException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
