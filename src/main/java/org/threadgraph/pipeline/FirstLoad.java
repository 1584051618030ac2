package org.threadgraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.threadgraph.sources.SourceOptions;
import org.threadgraph.store.BulkLoad;
import org.threadgraph.store.Database;
import org.threadgraph.store.StoreException;

/**
 * Opens the database for an ingest. A first load of local files into a new (or empty) embedded
 * database goes through Neo4j's bulk importer before the database starts, when that is possible and
 * worth it: the files are read into the importer's CSV files ({@link BulkLoad}), imported, and the
 * database is then started with its schema. Everything else, and any input the Cypher writer would
 * have to merge, is written through Cypher as usual.
 */
public final class FirstLoad {

    /**
     * Input size from which {@link BulkMode#AUTO} bulk-loads. Measured on generated blogs into new databases
     * (README "Start-up and speed"): the importer's fixed cost is about what the Cypher path pays on a new
     * database anyway (planning its write statements cold), so below about 1 MB the two paths are within the
     * run-to-run noise of this machine, and from 1.7 MB (1,000 comments) on bulk import is clearly faster.
     */
    static final long AUTO_MIN_BYTES = 1_000_000;

    /**
     * The database opened for an ingest, and what is left of the ingest.
     *
     * @param database the opened database
     * @param load     what the bulk load stored, or that the inputs are still to be written through Cypher
     */
    public record Opened(Database database, Load load) {
    }

    /**
     * How an ingest writes.
     *
     * @param path     the path taken
     * @param outcomes one per input when the bulk load read them, else empty
     * @param postIds  the posts the bulk load stored, else empty
     */
    public record Load(WritePath path, List<DocumentOutcome> outcomes, Set<String> postIds) {
        public Load {
            outcomes = List.copyOf(outcomes);
            postIds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(postIds));
        }

        /** The inputs are to be read and written through Cypher, for the reason given. */
        static Load cypher(String why) {
            return new Load(WritePath.cypher(why), List.of(), Set.of());
        }
    }

    private FirstLoad() {
    }

    /**
     * Opens the database, bulk-loading the inputs first when {@code mode} and the target allow it.
     *
     * @param embeddedDir the embedded database's folder, or null for an external server
     * @param opener      opens the database as any command does
     */
    public static Opened open(BulkMode mode, Path embeddedDir, Supplier<Database> opener, List<Input> inputs,
                              SourceOptions options, PipelineListener listener) {
        String against = reasonAgainst(mode, embeddedDir, inputs);
        if (against != null) {
            return new Opened(opener.get(), Load.cypher(against));
        }
        boolean storeExists = Database.hasEmbeddedStore(embeddedDir);
        if (storeExists) {
            Database db = opener.get();
            boolean holdsGraph;
            try {
                holdsGraph = !db.startedHere() || db.holdsNodes();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
            if (holdsGraph) {
                return new Opened(db, Load.cypher("the database holds a graph already"));
            }
            db.close();
        }
        Path work;
        try {
            work = Files.createTempDirectory("threadgraph-bulk");
        } catch (IOException e) {
            return new Opened(opener.get(), Load.cypher("no room for the importer's files: " + e.getMessage()));
        }
        try {
            return bulk(mode, embeddedDir, work, opener, inputs, options, listener);
        } finally {
            delete(work);
        }
    }

    private static Opened bulk(BulkMode mode, Path dir, Path work, Supplier<Database> opener,
                               List<Input> inputs, SourceOptions options, PipelineListener listener) {
        long start = System.nanoTime();
        List<DocumentOutcome> outcomes = new ArrayList<>();
        BulkLoad.Totals totals;
        Set<String> postIds;
        try (BulkLoad load = new BulkLoad(work.resolve("csv"), Instant.now())) {
            List<Path> files = inputs.stream().map(i -> ((Input.File) i).path()).toList();
            ParallelRead.files(files, options, load, outcome -> {
                outcomes.add(outcome);
                listener.progress("read", outcomes.size(), inputs.size());
                return load.unsafe() == null;
            });
            if (load.unsafe() != null) {
                return new Opened(opener.get(), Load.cypher("not safe to bulk-load: " + load.unsafe()));
            }
            if (load.postIds().isEmpty()) {
                return new Opened(opener.get(), Load.cypher("no input could be read"));
            }
            totals = load.finish();
            postIds = load.postIds();
            try {
                load.importInto(dir, work);
            } catch (StoreException e) {
                return new Opened(opener.get(), Load.cypher(e.getMessage()));
            }
        }
        Database db = opener.get();
        try {
            db.awaitIndexes();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        outcomes.forEach(listener::document);
        String why = mode == BulkMode.ALWAYS ? "--bulk always" : "a first load of local files into a new database";
        WritePath path = new WritePath(true, why, totals.nodes(), totals.relationships(),
                (System.nanoTime() - start) / 1e9);
        return new Opened(db, new Load(path, outcomes, postIds));
    }

    /** Returns why the inputs are not bulk-loaded whatever they hold, or null when they may be. */
    private static String reasonAgainst(BulkMode mode, Path embeddedDir, List<Input> inputs) {
        if (mode == BulkMode.NEVER) {
            return "--bulk never";
        }
        if (embeddedDir == null) {
            return "an external server is written through Cypher";
        }
        if (!inputs.stream().allMatch(i -> i instanceof Input.File)) {
            return "URLs and bundled documents are read through Cypher";
        }
        if (Database.isServed(embeddedDir)) {
            return "a serve process holds the database";
        }
        long bytes = inputs.stream().mapToLong(i -> size(((Input.File) i).path())).sum();
        if (mode == BulkMode.AUTO && bytes < AUTO_MIN_BYTES) {
            return String.format(Locale.ROOT, "%.1f MB of input, below the %.0f MB from which bulk import is faster",
                    bytes / 1e6, AUTO_MIN_BYTES / 1e6);
        }
        return null;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind costs disk space only; the system's temp cleaning removes it.
        }
    }
}
