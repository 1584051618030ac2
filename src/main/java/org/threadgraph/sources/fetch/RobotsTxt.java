package org.threadgraph.sources.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one host's {@code robots.txt} for one crawler, read as RFC 9309 says: the groups
 * whose {@code User-agent} equals the crawler's product token (without case) are combined, or else
 * the {@code *} groups; within them the longest matching {@code Allow}/{@code Disallow} path wins,
 * {@code Allow} on a tie; {@code *} matches any characters and a final {@code $} the end of the
 * path. No matching group, or no matching rule, allows. {@code /robots.txt} itself is always allowed.
 * Only the first {@value #MAX_PARSED_CHARS} characters are read, the least RFC 9309 asks a crawler to parse.
 */
public final class RobotsTxt {

    /** The most characters read from a robots.txt (RFC 9309 section 2.5: at least 500 KiB). */
    public static final int MAX_PARSED_CHARS = 500 * 1024;

    private record Rule(boolean allow, String path) {
    }

    private final List<Rule> rules;
    private final String unreadable;

    private RobotsTxt(List<Rule> rules, String unreadable) {
        this.rules = rules;
        this.unreadable = unreadable;
    }

    /** Returns rules that allow everything, as for a robots.txt that is missing (HTTP 4xx). */
    public static RobotsTxt allowAll() {
        return new RobotsTxt(List.of(), null);
    }

    /**
     * Returns rules that disallow everything because the robots.txt could not be read (RFC 9309
     * section 2.3.1.4: a server error or a network failure means "complete disallow").
     *
     * @param why one line saying what went wrong, for messages
     */
    public static RobotsTxt unreachable(String why) {
        return new RobotsTxt(List.of(new Rule(false, "/")), why);
    }

    /** Parses a robots.txt body for the crawler named by {@code productToken}. */
    public static RobotsTxt parse(String body, String productToken) {
        String text = body.length() > MAX_PARSED_CHARS ? body.substring(0, MAX_PARSED_CHARS) : body;
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        boolean groupIsMine = false;
        boolean groupIsAnyone = false;
        boolean inAgentLines = false;
        boolean named = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgentLines) {
                    groupIsMine = false;
                    groupIsAnyone = false;
                    inAgentLines = true;
                }
                groupIsMine |= value.equalsIgnoreCase(productToken);
                named |= groupIsMine;
                groupIsAnyone |= value.equals("*");
                continue;
            }
            if (!key.equals("allow") && !key.equals("disallow")) {
                continue;
            }
            inAgentLines = false;
            if (value.isEmpty()) {
                continue;
            }
            Rule rule = new Rule(key.equals("allow"), encode(value));
            if (groupIsMine) {
                mine.add(rule);
            }
            if (groupIsAnyone) {
                anyone.add(rule);
            }
        }
        return new RobotsTxt(List.copyOf(named ? mine : anyone), null);
    }

    /** Returns why the robots.txt could not be read, or null when it was read (or is missing). */
    public String unreadable() {
        return unreadable;
    }

    /**
     * Returns the rule that forbids a path (with its query), such as {@code "Disallow: /feeds/"},
     * or null when the path may be fetched.
     */
    public String disallowing(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return null;
        }
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.path(), path) && (best == null || r.path().length() > best.path().length()
                    || (r.path().length() == best.path().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow() ? null : "Disallow: " + best.path();
    }

    /** Matches a rule path with {@code *} and a final {@code $} against the start of a path. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        // positions[i] is true when the pattern so far can end just before path character i
        boolean[] positions = new boolean[path.length() + 1];
        positions[0] = true;
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            boolean[] next = new boolean[path.length() + 1];
            boolean any = false;
            if (c == '*') {
                boolean reached = false;
                for (int i = 0; i <= path.length(); i++) {
                    reached |= positions[i];
                    next[i] = reached;
                    any |= reached;
                }
            } else {
                for (int i = 0; i < path.length(); i++) {
                    if (positions[i] && path.charAt(i) == c) {
                        next[i + 1] = true;
                        any = true;
                    }
                }
            }
            if (!any) {
                return false;
            }
            positions = next;
        }
        if (anchored) {
            return positions[path.length()];
        }
        for (boolean b : positions) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** Percent-encodes characters outside printable ASCII, so rules compare with encoded URL paths. */
    private static String encode(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            if (u > 0x20 && u < 0x7f) {
                sb.append((char) u);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", u));
            }
        }
        return sb.toString();
    }
}
