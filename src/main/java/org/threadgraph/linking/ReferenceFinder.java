package org.threadgraph.linking;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadgraph.model.Blog;
import org.threadgraph.model.PostReference;
import org.threadgraph.sources.DateLines;

/**
 * Finds where a comment or post points at another post of the same blog: by a link, or by citing the
 * post's date header and title the way the blog prints them ("Sunday, 19 September 2010 Send For the
 * Army"). Links to other sites, and links to the blog that are not posts (home page, labels, search,
 * feeds), are not references.
 *
 * <p>Links are normalised so that every form of a post's address gives one URL: {@code https}, the
 * host without {@code www.} or the mobile {@code m.}, Blogger's country domains
 * ({@code .blogspot.co.uk}, {@code .blogspot.de}, …) as {@code .blogspot.com}, and no query
 * ({@code ?m=1}, {@code ?showComment=…}) or fragment ({@code #c…}). Links wrapped by a redirector
 * ({@code google.com/url?q=…}) or served from the AMP cache ({@code *.cdn.ampproject.org/c/s/…}) are
 * unwrapped first.
 *
 * <p>A citation is a weekday and a date followed by a title on the same line (after optional
 * {@code :-}, dashes or quotes) or alone on the next non-blank line. The title must look like one: at most
 * {@value #MAX_TITLE_WORDS} words, starting with a capital or digit, and at least half of its longer
 * words capitalised, which tells "Send For the Army" from "was the day we all went on strike".
 */
public final class ReferenceFinder {

    /** Limits a cited title to this many words. */
    public static final int MAX_TITLE_WORDS = 15;

    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://|www\\.|\\b[a-z0-9][a-z0-9-]*\\.blogspot\\.[a-z]{2,3}(?:\\.[a-z]{2})?/)"
                    + "[^\\s<>\"“”‘’\\]\\[]+");
    private static final Pattern URL_PARTS =
            Pattern.compile("(?i)^https?://([^/?#:]+)(?::\\d+)?([^?#]*)(\\?[^#]*)?(#.*)?$");
    private static final Pattern BLOGSPOT_COUNTRY = Pattern.compile("^(.+)\\.blogspot\\.[a-z]{2,3}(?:\\.[a-z]{2})?$");
    private static final Pattern POST_PATH = Pattern.compile("^/\\d{4}/\\d{2}/[^/?#]+\\.html$");
    private static final Pattern AMP_PATH = Pattern.compile("^/[cvi]/(?:s/)?(.+)$");
    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    private static final Pattern CITATION = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \\t]+"
            + "(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+" + MONTH + ",?[ \\t]+\\d{4}|" + MONTH
            + "[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4})\\b");
    private static final Pattern TITLE_LEAD = Pattern.compile("^[\\s:;,.\\-–—\"'“‘]+");
    private static final Pattern TITLE_END = Pattern.compile(":-|:\\s|:$|\\s[-–—]\\s|\\.\\s|\\s\\(");
    private static final String TRAILING = ":;,.-–—\"'”’ \t";
    /** How many lines below a date header its title may be (one blank line between them). */
    private static final int TITLE_LINES_AHEAD = 2;

    /**
     * Returns the posts of {@code blog} a text links to or cites, each link once, in text order.
     *
     * @param fromId the citing comment or post
     * @param text   its text
     * @param blog   the blog the text belongs to; links count only when they point at this blog, and
     *               only citations are found for {@link Blog#UNKNOWN_KEY}
     */
    public List<PostReference> find(String fromId, String text, Blog blog) {
        List<PostReference> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String host = normaliseHost(blog.key());
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String link = trimLink(m.group());
            postUrl(link).filter(url -> url.startsWith("https://" + host + "/")).filter(seen::add)
                    .ifPresent(url -> found.add(new PostReference(fromId, url, null, null, link)));
        }
        Matcher c = CITATION.matcher(text);
        while (c.find()) {
            citation(fromId, text, c).filter(r -> seen.add(r.date() + " " + r.title())).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Returns the normalised post URL a link points at, or empty when it has no Blogger post path
     * ({@code /yyyy/mm/slug.html}) even once unwrapped. Any host qualifies, for blogs on their own domain.
     */
    static Optional<String> postUrl(String link) {
        String url = link.matches("(?i)^https?://.*") ? link : "https://" + link;
        Matcher parts = URL_PARTS.matcher(url);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String host = normaliseHost(parts.group(1));
        String path = parts.group(2);
        if (POST_PATH.matcher(path).matches()) {
            return Optional.of("https://" + host + path);
        }
        return unwrap(host, path, parts.group(3) == null ? "" : parts.group(3).substring(1));
    }

    /** Returns the lower-case host without www. or m., country blogspot domains as .blogspot.com. */
    static String normaliseHost(String host) {
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        while (h.startsWith("www.") || h.startsWith("m.")) {
            h = h.substring(h.indexOf('.') + 1);
        }
        Matcher m = BLOGSPOT_COUNTRY.matcher(h);
        return m.matches() ? m.group(1) + ".blogspot.com" : h;
    }

    private static Optional<String> unwrap(String host, String path, String query) {
        if (host.endsWith("cdn.ampproject.org")) {
            Matcher amp = AMP_PATH.matcher(path);
            if (amp.matches()) {
                return postUrl(amp.group(1));
            }
        }
        for (String param : query.split("&")) {
            int eq = param.indexOf('=');
            if (eq > 0) {
                String value = URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
                if (value.matches("(?i)^https?://.*")) {
                    Optional<String> inner = postUrl(value);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String trimLink(String link) {
        int end = link.length();
        while (end > 0 && ".,;:!?)'’”*".indexOf(link.charAt(end - 1)) >= 0) {
            end--;
        }
        return link.substring(0, end);
    }

    private static Optional<PostReference> citation(String fromId, String text, Matcher c) {
        Optional<LocalDate> date = DateLines.find(c.group());
        if (date.isEmpty()) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', c.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int titleStart = c.end();
        String rest = text.substring(c.end(), lineEnd);
        for (int skipped = 0; rest.substring(leadLength(rest)).isBlank() && lineEnd < text.length()
                && skipped < TITLE_LINES_AHEAD; skipped++) {
            titleStart = lineEnd + 1; // the title below the date, as a date header prints it
            lineEnd = text.indexOf('\n', titleStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            rest = text.substring(titleStart, lineEnd);
        }
        int lead = leadLength(rest);
        String title = rest.substring(lead);
        Matcher end = TITLE_END.matcher(title);
        if (end.find()) {
            title = title.substring(0, end.start());
        }
        title = stripTrailing(title);
        if (!looksLikeTitle(title)) {
            return Optional.empty();
        }
        int evidenceEnd = titleStart + lead + title.length();
        String evidence = text.substring(c.start(), evidenceEnd).replaceAll("\\s+", " ");
        return Optional.of(new PostReference(fromId, null, date.get(), title, evidence));
    }

    private static int leadLength(String s) {
        Matcher m = TITLE_LEAD.matcher(s);
        return m.find() ? m.end() : 0;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean looksLikeTitle(String title) {
        if (title.isEmpty() || title.contains("://") || DateLines.find(title).isPresent()) {
            return false;
        }
        String[] words = title.split("\\s+");
        if (words.length > MAX_TITLE_WORDS || !Character.isLetterOrDigit(title.codePointAt(0))
                || Character.isLowerCase(title.codePointAt(0))) {
            return false;
        }
        int longer = 0;
        int capitalised = 0;
        for (String w : words) {
            if (w.length() >= 4) {
                longer++;
                if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return 2 * capitalised >= longer;
    }
}
