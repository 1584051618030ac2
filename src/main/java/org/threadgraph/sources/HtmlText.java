package org.threadgraph.sources;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns comment and post HTML into the plain text the graph keeps: {@code <br>} and block
 * elements become line breaks, runs of blanks one space, at most one empty line in a row.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "dd", "dt", "dl", "hr");
    private static final Pattern REMOVED = Pattern.compile(
            "(?i)^\\s*this (comment|post) has been removed by (the author|a blog administrator"
                    + "|the blog administrator|an? (blog )?admin(istrator)?)\\.?\\s*$");

    private HtmlText() {
    }

    /** Returns the plain text of an HTML fragment such as a feed entry's content. */
    static String ofHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return of(Jsoup.parseBodyFragment(html).body());
    }

    /** Returns the plain text of an element's content. */
    static String of(Element element) {
        if (element == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = collapseBlanks(text.getWholeText());
                    if (s.startsWith(" ") && (sb.length() == 0 || endsWithBlank(sb))) {
                        s = s.substring(1);
                    }
                    sb.append(s);
                } else if (node instanceof Element e && depth > 0) {
                    if (e.normalName().equals("br")) {
                        trimTrailingSpace(sb);
                        sb.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        newline(sb);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && BLOCKS.contains(e.normalName())) {
                    newline(sb);
                }
            }
        }, element);
        return tidy(sb.toString());
    }

    /** Returns true when the text is Blogger's notice for a removed comment. */
    static boolean isRemovedNotice(String text) {
        return text != null && REMOVED.matcher(text).matches();
    }

    private static String tidy(String s) {
        String[] lines = s.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static boolean endsWithBlank(StringBuilder sb) {
        char c = sb.charAt(sb.length() - 1);
        return c == ' ' || c == '\n';
    }

    private static void trimTrailingSpace(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void newline(StringBuilder sb) {
        trimTrailingSpace(sb);
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    /**
     * Returns the text with each run of blanks (non-breaking spaces included) as one space; a plain
     * loop, since a regular-expression replace took seconds on a 20 MB comment.
     */
    private static String collapseBlanks(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u00a0') {
                blank = true;
                continue;
            }
            if (blank) {
                sb.append(' ');
                blank = false;
            }
            sb.append(c);
        }
        if (blank) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
