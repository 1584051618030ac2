package org.threadgraph.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers each input document read into the graph ({@code :Source}: origin, content digest, size,
 * modification time), so that reading the same unchanged file again is recognised from its size and
 * time, or failing that its digest, without parsing or writing anything.
 */
public final class SourceFiles {

    /**
     * What was read from one document.
     *
     * @param origin   the file's absolute path, or the document's name
     * @param digest   SHA-256 of the options that shape the reading and of the content
     * @param size     bytes, or -1 when the document is not a file
     * @param modified the file's modification time in epoch milliseconds, or -1 when not a file
     */
    public record Fingerprint(String origin, String digest, long size, long modified) {
    }

    private static final String READ = """
            MATCH (s:Source {origin: $origin})
            RETURN s.digest AS digest, coalesce(s.size, -1) AS size, coalesce(s.modified, -1) AS modified
            """;
    private static final String RECORD = """
            MERGE (s:Source {origin: $origin})
            SET s.digest = $digest, s.size = $size, s.modified = $modified, s.readAt = datetime()
            """;

    private final Database db;

    public SourceFiles(Database db) {
        this.db = db;
    }

    /** Returns what was recorded for the origin, or empty when it was never read completely. */
    public Optional<Fingerprint> recorded(String origin) {
        List<Map<String, Object>> rows = db.readRows(READ, Map.of("origin", origin));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> r = rows.get(0);
        return Optional.of(new Fingerprint(origin, (String) r.get("digest"), ((Number) r.get("size")).longValue(),
                ((Number) r.get("modified")).longValue()));
    }

    /** Records that the document was read completely and everything it holds is stored. */
    public void record(Fingerprint fingerprint) {
        Map<String, Object> params = new HashMap<>();
        params.put("origin", fingerprint.origin());
        params.put("digest", fingerprint.digest());
        params.put("size", fingerprint.size());
        params.put("modified", fingerprint.modified());
        db.write(tx -> tx.run(RECORD, params).consume());
    }
}
