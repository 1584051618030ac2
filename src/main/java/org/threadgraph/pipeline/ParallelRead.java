package org.threadgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.threadgraph.model.PostThread;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.store.SourceFiles;
import org.threadgraph.store.ThreadTarget;

/**
 * Reads files on every core and hands each document's threads, then its completion, to the target in
 * input order, exactly as one reader would: in a bulk load, parsing is what takes the time. At most two
 * documents per core are held at once.
 */
final class ParallelRead {

    private ParallelRead() {
    }

    /**
     * Reads the files into the target.
     *
     * @param carryOn told each document's outcome in input order; reading stops when it returns false
     */
    static void files(List<Path> files, SourceOptions options, ThreadTarget target,
                      Predicate<DocumentOutcome> carryOn) {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(cores, runnable -> {
            Thread t = new Thread(runnable, "threadgraph-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Document>> reading = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !reading.isEmpty()) {
                while (next < files.size() && reading.size() < 2 * cores) {
                    Path file = files.get(next++);
                    reading.add(pool.submit(() -> Document.read(file, options)));
                }
                Document document = await(reading.poll());
                document.replayInto(target);
                if (!carryOn.test(document.outcome)) {
                    return;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Document await(Future<Document> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    /** One document as its reader left it: the threads it kept, and its fingerprint if it was read completely. */
    private static final class Document implements ThreadTarget {
        private final List<PostThread> threads = new ArrayList<>();
        private SourceFiles.Fingerprint completed;
        private DocumentOutcome outcome;

        static Document read(Path file, SourceOptions options) {
            Document d = new Document();
            // A new database holds nothing read before.
            d.outcome = new Ingest(d, Map.of(), Set::of).file(file, options);
            return d;
        }

        void replayInto(ThreadTarget target) {
            threads.forEach(target::write);
            if (completed != null) {
                target.completed(completed);
            }
        }

        @Override
        public void write(PostThread thread) {
            threads.add(thread);
        }

        @Override
        public void completed(SourceFiles.Fingerprint source) {
            completed = source;
        }

        @Override
        public int mark() {
            return threads.size();
        }

        @Override
        public void discardFrom(int mark) {
            threads.subList(mark, threads.size()).clear();
        }
    }
}
