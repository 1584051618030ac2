package org.threadgraph.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks up the input documents read into the graph before ({@code :Source}: origin, content digest, size,
 * modification time), so that reading the same unchanged file again is recognised from its size and
 * time, or failing that its digest, without parsing or writing anything; so is the same content read
 * before under another path.
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
            UNWIND $origins AS origin
            MATCH (s:Source {origin: origin})
            RETURN s.origin AS origin, s.digest AS digest, coalesce(s.size, -1) AS size,
                   coalesce(s.modified, -1) AS modified
            """;

    private static final String DIGESTS = """
            MATCH (s:Source) WHERE s.digest IS NOT NULL RETURN DISTINCT s.digest AS digest
            """;

    private final Database db;

    public SourceFiles(Database db) {
        this.db = db;
    }

    /**
     * Returns what was recorded for each of the origins that was read completely before, in one
     * query (reading the same thousand files again must not cost a thousand round trips).
     */
    public Map<String, Fingerprint> recorded(Collection<String> origins) {
        Map<String, Fingerprint> recorded = new HashMap<>();
        db.streamRows(READ, Map.of("origins", List.copyOf(origins)), r -> recorded.put((String) r.get("origin"),
                new Fingerprint((String) r.get("origin"), (String) r.get("digest"),
                        ((Number) r.get("size")).longValue(), ((Number) r.get("modified")).longValue())));
        return recorded;
    }

    /**
     * Returns the digest of every document read completely before: a file whose content and options
     * were read before under another path (a folder moved or downloaded again) is known by it.
     */
    public Set<String> digests() {
        Set<String> digests = new HashSet<>();
        db.streamRows(DIGESTS, Map.of(), r -> digests.add((String) r.get("digest")));
        return digests;
    }
}
