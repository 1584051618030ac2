package org.threadgraph.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the rule files under {@code stance/} on the class path. */
final class Resources {

    private final String folder;

    /** Reads from {@code folder} on the class path, e.g. {@code "stance/"}. */
    Resources(String folder) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** Returns the entries of a file: lines without comments ('#' after a blank) and without blank lines. */
    List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (Reader reader = open(name)) {
            for (String line : readAll(reader).split("\\R")) {
                String entry = stripComment(line).trim();
                if (!entry.isEmpty()) {
                    out.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + name, e);
        }
        return out;
    }

    /** Returns the cue patterns of a file, one a line. */
    List<CuePattern> patterns(String name) {
        List<String> entries = lines(name);
        List<CuePattern> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            out.add(CuePattern.parse(entries.get(i), folder + name + " entry " + (i + 1)));
        }
        return out;
    }

    /** Returns the words of a file, lower-cased. */
    Set<String> words(String name) {
        return lines(name).stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Returns a properties file. */
    Properties properties(String name) {
        Properties p = new Properties();
        try (Reader reader = open(name)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + name, e);
        }
        return p;
    }

    /** Returns a number from a properties file, failing when it is missing. */
    static double number(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("missing setting " + key);
        }
        return Double.parseDouble(value.trim());
    }

    private Reader open(String name) throws IOException {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(folder + name);
        if (in == null) {
            throw new IOException("not on the class path: " + folder + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        int n;
        while ((n = reader.read(buf)) > 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
