package org.threadgraph.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A library of queries as a Neo4j Browser guide: one slide that lists them, then one slide per query with
 * a runnable block that sets its parameters to their defaults ({@code :param}) and a runnable block of
 * the query itself. Browser runs a block when its play icon is clicked and copies it into the editor when
 * its text is. A query's own block holds no {@code :param} line, because Browser shows the result of a
 * several-statement block folded away; instead every parameter gets a default when Browser connects
 * ({@link #connectCommands()}), so the query's play icon shows its result in one click.
 */
public final class BrowserGuide {

    /** The guide's title, as Browser shows it. */
    public static final String TITLE = "threadgraph: named queries";

    /**
     * A query parameter.
     *
     * @param name         the {@code $name} in the Cypher
     * @param description  what it means
     * @param shownDefault its default in words
     * @param expression   its default as one line of Cypher, evaluated by Browser
     */
    public record Param(String name, String description, String shownDefault, String expression) {
    }

    /**
     * A query of the library.
     *
     * @param name        its name
     * @param description what it answers
     * @param params      its parameters
     * @param cypher      the query, without its header
     */
    public record Query(String name, String description, List<Param> params, String cypher) {
    }

    private final List<Query> queries;

    /** The guide to these queries, in this order. */
    public BrowserGuide(List<Query> queries) {
        this.queries = List.copyOf(queries);
    }

    /** Returns the guide as the HTML page Browser's {@code :guide URL} and {@code :play URL} load. */
    public String html() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(Escape.html(TITLE)).append("</title></head>\n<body>\n<article class=\"guide\">\n<carousel>\n");
        page.append(contents());
        queries.forEach(q -> page.append(slide(q)));
        return page.append("</carousel>\n</article>\n</body></html>\n").toString();
    }

    /**
     * Returns the Browser commands (without their colon) that give every parameter of the library a
     * default, in query order; a name that queries give different defaults takes the first query's.
     */
    public List<String> connectCommands() {
        Map<String, Param> byName = new LinkedHashMap<>();
        queries.forEach(q -> q.params().forEach(p -> byName.putIfAbsent(p.name(), p)));
        return byName.values().stream().map(BrowserGuide::paramCommand).toList();
    }

    private static String paramCommand(Param p) {
        return "param " + p.name() + " => " + p.expression();
    }

    private String contents() {
        String list = queries.stream().map(q -> "  <li><b>" + Escape.html(q.name()) + "</b>: "
                + Escape.html(q.description()) + "</li>\n").collect(Collectors.joining());
        return "<slide>\n<h3>Reading the thread graph</h3>\n"
                + "<p>The queries of threadgraph's library, one per slide (use the arrows below). Click the play icon "
                + "beside a query to run it; click its text to copy it into the editor and change it first.</p>\n"
                + "<p>Each parameter got a default when you connected (<code>:params</code> shows them); the block "
                + "above a query sets that query's own defaults again, from the graph as it is now.</p>\n"
                + "<ul>\n" + list + "</ul>\n</slide>\n";
    }

    private static String slide(Query q) {
        StringBuilder s = new StringBuilder("<slide>\n<h3>").append(Escape.html(q.name())).append("</h3>\n<p>")
                .append(Escape.html(q.description())).append("</p>\n");
        if (!q.params().isEmpty()) {
            s.append("<ul>\n");
            q.params().forEach(p -> s.append("  <li><code>$").append(Escape.html(p.name())).append("</code>: ")
                    .append(Escape.html(p.description())).append(" (default: ").append(Escape.html(p.shownDefault()))
                    .append(")</li>\n"));
            s.append("</ul>\n");
            String params = q.params().stream().map(p -> ":" + paramCommand(p)).collect(Collectors.joining(";\n"));
            s.append(runnable(params));
        }
        return s.append(runnable(q.cypher().strip())).append("</slide>\n").toString();
    }

    private static String runnable(String code) {
        return "<pre mode=\"cypher\" class=\"runnable\">" + Escape.html(code) + "</pre>\n";
    }
}
