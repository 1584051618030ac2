package org.threadgraph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threadgraph.store.Database;
import org.threadgraph.store.GraphSlice;
import org.threadgraph.store.ReportReader;
import org.threadgraph.store.SliceReader;
import org.threadgraph.render.Captions;
import org.threadgraph.render.Escape;
import org.threadgraph.render.Palette;

/**
 * Writes the browser view: one self-contained HTML file (d3 from its WebJar and the graph data
 * inlined, nothing fetched) that lays a graph out with d3-force and lets the reader zoom, pan, filter
 * by camp, stance and participant, and click a node for its text and the evidence of its replies.
 * With a post it shows that post's reply graph; without one, the blog-wide participant graph.
 */
public final class GraphView {

    /** The d3 version of the WebJar on the classpath. */
    static final String D3 = "/META-INF/resources/webjars/d3/7.9.0/dist/d3.min.js";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w.]+)}}");

    /**
     * What the view shows.
     *
     * @param title its title
     * @param nodes nodes drawn
     * @param edges edges drawn
     */
    public record Summary(String title, int nodes, int edges) {
    }

    private final SliceReader slices;
    private final ReportReader reports;

    /** Creates a view writer reading from the database. */
    public GraphView(Database db) {
        this.slices = new SliceReader(db);
        this.reports = new ReportReader(db);
    }

    /**
     * Writes the view of one post's reply graph, or of the blog-wide participant graph when post is null.
     *
     * @throws IOException when the file cannot be written
     * @throws org.threadgraph.store.StoreException (a user error) when no post has that id or permalink
     */
    public Summary write(String post, Path out) throws IOException {
        Page page = page(post);
        Files.writeString(out, page.html(), StandardCharsets.UTF_8);
        return page.summary();
    }

    private record Page(Summary summary, String html) {
    }

    private Page page(String post) throws IOException {
        GraphSlice slice = post == null ? slices.participants(null) : slices.replies(post);
        String title;
        ObjectNode data = CytoscapeFormat.JSON.createObjectNode();
        if (post == null) {
            title = "Participants: who answers whom";
            data.put("mode", "participants");
        } else {
            Map<String, Object> p = slice.nodes().get(0).properties();
            title = Objects.toString(p.get("title"), "Post " + p.get("id"));
            data.put("mode", "replies");
            data.put("url", (String) p.get("url"));
            data.put("date", Objects.toString(p.get("date"), null));
        }
        data.put("title", title);
        StreamedGraph g = StreamedGraph.read(ElementSource.of(slice), Attributes.WHOLE);
        data.set("camps", camps(g));
        ObjectNode colours = data.putObject("colours");
        colours.put("agree", Palette.AGREE).put("disagree", Palette.DISAGREE).put("neutral", Palette.NEUTRAL)
                .put("structural", Palette.STRUCTURAL).put("noCamp", Palette.NO_CAMP).put("post", Palette.POST);
        data.set("elements", CytoscapeFormat.elements(g));
        Summary summary = new Summary(title, g.nodes(), g.edges());
        String html = fill(resource("/org/threadgraph/export/view.html"), Map.of("title", Escape.html(title),
                "d3", resource(D3), "view.js", resource("/org/threadgraph/export/view.js"), "data", json(data)));
        return new Page(summary, html);
    }

    /** Replaces each {@code {{name}}} in the template, in one pass, so inserted text is never scanned again. */
    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private ArrayNode camps(StreamedGraph g) {
        Map<String, String> colours = g.campColours();
        Map<String, String> names = new LinkedHashMap<>();
        reports.camps(colours.keySet()).forEach(k -> names.put(k.id(), Captions.camp(k.name(), k.defends(),
                k.attacks(), k.terms())));
        ArrayNode camps = CytoscapeFormat.JSON.createArrayNode();
        colours.forEach((id, colour) -> camps.addObject().put("id", id)
                .put("name", Objects.requireNonNullElse(names.get(id), id))
                .put("colour", colour));
        return camps;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GraphView.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Returns the data as JSON safe inside a script element: no {@code <} can end it early. */
    private static String json(ObjectNode data) throws JsonProcessingException {
        return CytoscapeFormat.JSON.writeValueAsString(data).replace("<", "\\u003c");
    }
}
