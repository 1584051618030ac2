package org.threadgraph.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.threadgraph.store.BlogReader;
import org.threadgraph.store.Database;
import org.threadgraph.store.GraphStats;
import org.threadgraph.store.ReportReader;
import org.threadgraph.render.Counts;
import org.threadgraph.store.ReportReader.ParticipantRef;
import org.threadgraph.store.SliceReader;
import org.threadgraph.store.ThreadReader;

/**
 * Writes participant and post reports, each as an HTML page and a Markdown file side by side in a
 * folder ({@code participant-NAME-HASH.html/.md}, {@code post-ID.html/.md}), and for {@code --all}
 * an {@code index.html} and {@code index.md} listing them.
 */
public final class Reports {

    private final ReportReader reader;
    private final ThreadReader threads;
    private final Database db;
    private final Redactor redactor;

    /**
     * Creates a report writer.
     *
     * @param redact true to hide e-mail addresses and UK phone numbers in comment text
     */
    public Reports(Database db, boolean redact) {
        this.reader = new ReportReader(db);
        this.threads = new ThreadReader(db);
        this.db = db;
        this.redactor = Redactor.of(redact);
    }

    /** Returns the participant with this exact key, else those whose name matches ignoring case, most active first. */
    public List<ParticipantRef> participantsMatching(String keyOrName) {
        return reader.participantsMatching(keyOrName);
    }

    /**
     * Writes the report on one participant into {@code dir} (created if missing) and returns the files.
     *
     * @throws org.threadgraph.store.StoreException (a user error) when no participant has that key
     */
    public List<Path> participant(String key, Path dir) throws IOException {
        return write(new ParticipantReport(reader, redactor).build(key), dir, participantFile(key));
    }

    /** Writes a report on every participant who wrote a comment, and an index of them; returns the files. */
    public List<Path> allParticipants(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String[]> entries = new ArrayList<>();
        ParticipantReport builder = new ParticipantReport(reader, redactor);
        for (String key : reader.participantKeys()) {
            Report report = builder.build(key);
            files.addAll(write(report, dir, participantFile(key)));
            entries.add(new String[] {report.title(), report.subtitle(), participantFile(key)});
        }
        files.addAll(index("Participants", entries, dir));
        return files;
    }

    /**
     * Writes the report on one post into {@code dir} (created if missing) and returns the files.
     *
     * @throws org.threadgraph.store.StoreException (a user error) when no post has that id or permalink
     */
    public List<Path> post(String postIdOrUrl, Path dir) throws IOException {
        Report report = new PostReport(reader, redactor).build(postIdOrUrl);
        return write(report, dir, postFile(reader.post(postIdOrUrl).id()));
    }

    /** Writes the blog overview ({@code blog.html}, {@code blog.md}) into {@code dir} and returns the files. */
    public List<Path> blog(Path dir) throws IOException {
        Report report = new BlogReport(new BlogReader(db), GraphStats.labelCounts(db)).build("Blog overview",
                new SliceReader(db).participants(null));
        return write(report, dir, "blog");
    }

    /** Writes a report on every post, and an index of them; returns the files. */
    public List<Path> allPosts(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String[]> entries = new ArrayList<>();
        PostReport builder = new PostReport(reader, redactor);
        for (String id : threads.postIds(null)) {
            Report report = builder.build(id);
            files.addAll(write(report, dir, postFile(id)));
            entries.add(new String[] {report.title(), report.subtitle(), postFile(id)});
        }
        files.addAll(index("Posts", entries, dir));
        return files;
    }

    private static List<Path> write(Report report, Path dir, String base) throws IOException {
        Files.createDirectories(dir);
        Path html = Files.writeString(dir.resolve(base + ".html"), HtmlReport.render(report), StandardCharsets.UTF_8);
        Path md = Files.writeString(dir.resolve(base + ".md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
        return List.of(html, md);
    }

    private static List<Path> index(String what, List<String[]> entries, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (String ext : List.of("html", "md")) {
            List<List<Report.Cell>> rows = entries.stream().map(e -> List.of(new Report.Cell(e[0], e[2] + "." + ext),
                    Report.Cell.of(e[1]))).toList();
            Report index = new Report(what, entries.size() + " reports by threadgraph", List.of(new Report.Section(
                    what, List.of(new Report.Table(List.of("Report", "About"), rows)))));
            String text = ext.equals("html") ? HtmlReport.render(index) : MarkdownReport.render(index);
            files.add(Files.writeString(dir.resolve("index." + ext), text, StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Returns the base file name of a post's report. */
    static String postFile(String postId) {
        return "post-" + slug(postId);
    }

    /** Returns the base file name of a participant's report: a readable slug of the key and a short hash of it. */
    static String participantFile(String key) {
        String slug = slug(key);
        return "participant-" + (slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + hash(key);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** Returns a participant as a user would recognise it in a list, e.g. {@code anon:6004 (Anonymous, 21:00 on "…", 1 comment)}. */
    public static String describe(ParticipantRef m) {
        return m.key() + " (" + ReportCaptions.participant(m) + ", " + Counts.of(m.comments(), "comment") + ")";
    }
}
