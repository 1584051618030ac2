package org.threadgraph.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files of a bulk load, one per label and relationship kind, with the typed headers
 * {@code neo4j-admin database import} reads. The types are those the Cypher writer stores
 * ({@link ThreadWriter}): ints as {@code long}, instants as UTC {@code datetime}, post dates as {@code date},
 * the {@code sources} and {@code digests} lists as {@code string[]}. Each label has its own ID group, so a
 * blog key can never collide with a post id.
 */
final class BulkFiles implements AutoCloseable {

    /** Separates list elements; a value holding it is not bulk-loaded (see {@link BulkLoad}). */
    static final char ARRAY_DELIMITER = '\u001f';

    /** One file: nodes of a label, or relationships of a type, and its header. */
    enum File {
        BLOG(true, "Blog", "key:ID(Blog),url:string,title:string,bloggerId:string"),
        POST(true, "Post", "id:ID(Post),blogKey:string,url:string,title:string,titleKey:string,date:date,"
                + "published:datetime,bodyText:string,authorName:string,declaredCommentCount:long,bloggerId:string,"
                + "sources:string[],digests:string[]"),
        COMMENT(true, "Comment", "id:ID(Comment),postId:string,text:string,removed:boolean,boundaryConfidence:double,"
                + "position:long,label:string,published:datetime,clock:string,authorName:string,authorUrl:string,"
                + "blogAuthor:boolean,sources:string[]"),
        PARTICIPANT(true, "Participant", "key:ID(Participant),kind:string,name:string"),
        QUOTE(true, "Quote", "id:ID(Quote),postId:string,text:string,position:long"),
        SOURCE(true, "Source", "origin:ID(Source),digest:string,size:long,modified:long,readAt:datetime"),
        POST_IN(false, "IN", ":START_ID(Post),:END_ID(Blog)"),
        COMMENT_ON(false, "ON", ":START_ID(Comment),:END_ID(Post)"),
        QUOTE_ON(false, "ON", ":START_ID(Quote),:END_ID(Post)"),
        REPLY_TO(false, "REPLY_TO", ":START_ID(Comment),:END_ID(Comment)"),
        WROTE(false, "WROTE", ":START_ID(Participant),:END_ID(Comment)");

        final boolean nodes;
        final String name;
        final String header;

        File(boolean nodes, String name, String header) {
            this.nodes = nodes;
            this.name = name;
            this.header = header;
        }
    }

    private final Path dir;
    private final Map<File, BufferedWriter> writers = new EnumMap<>(File.class);
    private long nodes;
    private long relationships;

    /** Creates the files, headers only, in {@code dir}. */
    BulkFiles(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            for (File f : File.values()) {
                BufferedWriter w = Files.newBufferedWriter(path(f), StandardCharsets.UTF_8);
                writers.put(f, w);
                w.write(f.header);
                w.write('\n');
            }
        } catch (IOException e) {
            close();
            throw new StoreException("cannot write the bulk-load files in " + dir + ": " + e.getMessage(), true, e);
        }
    }

    /** Appends one row; a null value leaves the property out. */
    void row(File file, Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values[i]));
        }
        line.append('\n');
        try {
            writers.get(file).write(line.toString());
        } catch (IOException e) {
            throw new StoreException("cannot write the bulk-load files in " + dir + ": " + e.getMessage(), true, e);
        }
        if (file.nodes) {
            nodes++;
        } else {
            relationships++;
        }
    }

    long nodes() {
        return nodes;
    }

    long relationships() {
        return relationships;
    }

    /** Returns the importer arguments that name the files: {@code --nodes=Label=file}, {@code --relationships=TYPE=file}. */
    List<String> importArguments() {
        return java.util.Arrays.stream(File.values())
                .map(f -> (f.nodes ? "--nodes=" : "--relationships=") + f.name + "=" + path(f)).toList();
    }

    private Path path(File f) {
        return dir.resolve(f.name() + ".csv");
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof Instant t) {
            return DateTimeFormatter.ISO_INSTANT.format(t);
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(element);
            }
            return quoted(joined.toString());
        }
        return quoted(value.toString());
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        UncheckedIOException failure = null;
        for (BufferedWriter w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
            }
        }
        if (failure != null) {
            throw new StoreException("cannot write the bulk-load files in " + dir + ": "
                    + failure.getCause().getMessage(), true, failure);
        }
    }
}
