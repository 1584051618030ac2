package org.threadgraph.linking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bundled seed text copies into post body, quoted blocks and comments, with ids such as
 * {@code 000:5.2} (numbered copies: the label readers see) or {@code 002:7} (the flattened copy: order
 * of appearance) and {@code 003:q4} for the fourth "*****"-separated block of a body. Deliberately
 * small: enough to feed the linking tests, not a parser.
 */
final class SeedTexts {

    static final List<String> SEEDS = List.of("000", "001", "002", "003");

    /** Where the comments of a flattened copy begin (it has no "N comments:" header). */
    private static final Map<String, String> FLAT_FIRST_COMMENT = Map.of("002", "A descriptive account");
    private static final Map<String, String> FILES = Map.of("000", "000_46c285a75653f71c.txt",
            "001", "001_7bdf047bcd8d19ad.txt", "002", "002_b9ebe3807f722b54.txt", "003", "003_8ffeaa99a6de2f5a.txt");
    private static final Pattern COUNT = Pattern.compile("^\\d+ comments?:$");
    private static final Pattern TOP = Pattern.compile("^  (\\d+)\\. (.*)$");
    private static final Pattern REPLY = Pattern.compile("^    (\\d+)\\. (.*)$");
    private static final Pattern FLAT_MARKER = Pattern.compile("^(?:ReplyDelete|Delete)(.*)$");
    private static final Pattern WEEKDAY = Pattern.compile("^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? .*\\d{4}$");

    private SeedTexts() {
    }

    /** A text with its id. */
    record Text(String id, String text) {
    }

    /** One seed post. */
    record Seed(String name, String title, String body, List<Text> quotes, List<Text> comments) {

        /** Returns the comment texts. */
        List<String> commentTexts() {
            return comments.stream().map(Text::text).toList();
        }

        /** Returns quotes and comments, the texts a post's readers wrote. */
        List<Text> readerTexts() {
            List<Text> all = new ArrayList<>(quotes);
            all.addAll(comments);
            return all;
        }
    }

    static List<Seed> all() {
        return SEEDS.stream().map(SeedTexts::read).toList();
    }

    static Seed read(String name) {
        List<String> lines = lines(name);
        int i = 0;
        if (WEEKDAY.matcher(lines.get(0)).matches()) {
            i = 1;
        }
        while (lines.get(i).isBlank()) {
            i++;
        }
        String title = lines.get(i).strip();
        int bodyStart = i + 1;
        int bodyEnd = bodyStart;
        boolean flat = FLAT_FIRST_COMMENT.containsKey(name);
        while (bodyEnd < lines.size() && !(flat ? lines.get(bodyEnd).startsWith(FLAT_FIRST_COMMENT.get(name))
                : COUNT.matcher(lines.get(bodyEnd)).matches())) {
            bodyEnd++;
        }
        String body = String.join("\n", lines.subList(bodyStart, bodyEnd)).strip();
        List<Text> comments = flat ? flatComments(name, lines.subList(bodyEnd, lines.size()))
                : numberedComments(name, lines.subList(bodyEnd + 1, lines.size()));
        return new Seed(name, title, body, quotes(name, body), comments);
    }

    /** Returns the lines from the one starting with {@code first} to the one starting with {@code last}. */
    static String extract(String name, String first, String last) {
        List<String> out = new ArrayList<>();
        for (String raw : lines(name)) {
            String line = content(raw);
            if (out.isEmpty() && !line.startsWith(first)) {
                continue;
            }
            out.add(line);
            if (line.startsWith(last)) {
                return String.join("\n", out);
            }
        }
        throw new IllegalArgumentException("no text from '" + first + "' to '" + last + "' in seed " + name);
    }

    private static String content(String raw) {
        Matcher m = TOP.matcher(raw);
        if (m.matches()) {
            return m.group(2);
        }
        m = REPLY.matcher(raw);
        if (m.matches()) {
            return m.group(2);
        }
        m = FLAT_MARKER.matcher(raw);
        return m.matches() ? m.group(1) : raw.strip();
    }

    private static List<Text> quotes(String name, String body) {
        if (!body.contains("\n*****")) {
            return List.of();
        }
        List<Text> quotes = new ArrayList<>();
        for (String block : body.split("\n\\*{5}\\s*\n")) {
            if (!block.isBlank()) {
                quotes.add(new Text(name + ":q" + (quotes.size() + 1), block.strip()));
            }
        }
        return quotes;
    }

    private static List<Text> numberedComments(String name, List<String> lines) {
        List<Text> comments = new ArrayList<>();
        String top = null;
        String id = null;
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            Matcher t = TOP.matcher(line);
            Matcher r = REPLY.matcher(line);
            String trimmed = line.strip();
            if (t.matches() || r.matches()) {
                add(comments, id, text);
                if (t.matches()) {
                    top = t.group(1);
                    id = name + ":" + top;
                } else {
                    id = name + ":" + top + "." + r.group(1);
                }
                text.setLength(0);
                text.append((t.matches() ? t : r).group(2)).append('\n');
            } else if (trimmed.equals("ReplyDelete") || trimmed.equals("Delete") || trimmed.equals("Replies")
                    || trimmed.equals("Reply")) {
                continue;
            } else if (id != null) {
                text.append(trimmed).append('\n');
            }
        }
        add(comments, id, text);
        return comments;
    }

    private static List<Text> flatComments(String name, List<String> lines) {
        List<Text> comments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            Matcher m = FLAT_MARKER.matcher(line);
            if (m.matches()) {
                add(comments, name + ":" + (comments.size() + 1), text);
                text.setLength(0);
                text.append(m.group(1)).append('\n');
            } else {
                text.append(line).append('\n');
            }
        }
        add(comments, name + ":" + (comments.size() + 1), text);
        return comments;
    }

    private static void add(List<Text> comments, String id, StringBuilder text) {
        if (id != null && !text.toString().isBlank()) {
            comments.add(new Text(id, text.toString().strip()));
        }
    }

    private static List<String> lines(String name) {
        String path = "/samples/seeds/" + FILES.get(name);
        try (InputStream in = SeedTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
