package org.threadgraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.threadgraph.render.Palette;
import org.threadgraph.store.Database;
import org.threadgraph.store.GraphSlice;
import org.threadgraph.store.SliceReader;

/**
 * The in-memory export as it was before the graph files streamed (main at 57e93c9, verbatim but for
 * nesting): the slice read into lists, built into a JGraphT graph, written with jgrapht-io's exporters.
 * {@link StreamedExportTest} holds the streaming writers to it, byte for byte.
 */
final class InMemoryExport {

    private InMemoryExport() {
    }

    /** Writes a graph file as {@code Exporter.export} did, and for json its stylesheet beside it. */
    static void export(Database db, ExportFormat format, ExportGraph graph, String post, Path out) throws IOException {
        SliceReader slices = new SliceReader(db);
        GraphSlice slice = switch (graph) {
            case replies -> slices.replies(Objects.requireNonNull(post, "replies need a post"));
            case participants -> slices.participants(post == null ? null : slices.postId(post));
            case blog -> {
                List<GraphSlice.Node> nodes = new ArrayList<>();
                List<GraphSlice.Edge> edges = new ArrayList<>();
                slices.streamAll(nodes::add, edges::add);
                yield new GraphSlice(nodes, edges);
            }
        };
        SliceGraph g = new SliceGraph(slice, Attributes.SNIPPET);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            switch (format) {
                case graphml -> GraphMLFormat.write(g, w);
                case gexf -> GexfFormat.write(g, w);
                case dot -> DotFormat.write(g, w);
                case json -> CytoscapeFormat.write(g, w);
                default -> throw new IllegalArgumentException(format.name());
            }
        }
        if (format == ExportFormat.json) {
            try (Writer w = Files.newBufferedWriter(Exporter.styleFile(out), StandardCharsets.UTF_8)) {
                CytoscapeFormat.writeStyle(g, w);
            }
        }
    }

    /**
     * A graph slice as a JGraphT graph for the jgrapht-io exporters: vertices are node ids, edges are
     * {@link Link}s (several may join the same two nodes, e.g. a REPLY_TO and a RESPONDS_TO), and each
     * carries its {@link Attributes} and the inferred type of every attribute name. Edges to nodes outside
     * the slice are left out and counted.
     */
    static final class SliceGraph {

        /** An edge: compared by identity, so equal attributes never merge two edges. */
        static final class Link {
            private final Map<String, Object> attributes;

            Link(Map<String, Object> attributes) {
                this.attributes = attributes;
            }

            Map<String, Object> attributes() {
                return attributes;
            }
        }

        private final Graph<String, Link> graph = new DirectedPseudograph<>(null, null, false);
        private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        private final Map<String, PropertyType> nodeTypes = new LinkedHashMap<>();
        private final Map<String, PropertyType> edgeTypes = new LinkedHashMap<>();
        private int leftOut;

        /**
         * Builds the graph of a slice.
         *
         * @param textLimit length of text snippets ({@link Attributes#SNIPPET}, or {@link Attributes#WHOLE})
         * @throws IllegalStateException when two nodes of the slice share an id
         */
        SliceGraph(GraphSlice slice, int textLimit) {
            Attributes attributes = new Attributes(textLimit);
            for (GraphSlice.Node node : slice.nodes()) {
                Map<String, Object> a = attributes.node(node);
                Map<String, Object> before = nodes.putIfAbsent(node.id(), a);
                if (before != null) {
                    throw new IllegalStateException("two nodes share the id " + node.id() + " (" + before.get("nodeType")
                            + " and " + node.label() + "); the export needs ids unique across labels");
                }
                graph.addVertex(node.id());
                a.forEach((name, value) -> nodeTypes.merge(name, PropertyType.of(value), PropertyType::merge));
            }
            for (GraphSlice.Edge edge : slice.edges()) {
                if (!nodes.containsKey(edge.source()) || !nodes.containsKey(edge.target())) {
                    leftOut++;
                    continue;
                }
                Link link = new Link(attributes.edge(edge));
                graph.addEdge(edge.source(), edge.target(), link);
                link.attributes().forEach((name, value) -> edgeTypes.merge(name, PropertyType.of(value),
                        PropertyType::merge));
            }
        }

        /** Returns the JGraphT graph. */
        Graph<String, Link> graph() {
            return graph;
        }

        /** Returns the attributes of the node with this id. */
        Map<String, Object> node(String id) {
            return nodes.get(id);
        }

        /** Returns every node attribute name with the type that holds all its values. */
        Map<String, PropertyType> nodeTypes() {
            return nodeTypes;
        }

        /** Returns every edge attribute name with the type that holds all its values. */
        Map<String, PropertyType> edgeTypes() {
            return edgeTypes;
        }

        /** Returns how many edges were left out because an end lies outside the slice. */
        int leftOut() {
            return leftOut;
        }
    }

    /**
     * Writes GraphML with jgrapht-io: every attribute declared with its type in a {@code <key>}
     * ({@code long}, {@code double}, {@code boolean}, else {@code string}); a name that nodes and edges
     * both carry is declared once {@code for="all"}. A node's {@code label}, which Gephi and yEd show, is
     * its readable caption; a stored property named {@code label} (a comment's number) is written as
     * {@code property_label}.
     */
    static final class GraphMLFormat {

        private static final String LABEL = "label";
        private static final String CAPTION = "caption";

        private GraphMLFormat() {
        }

        static void write(SliceGraph g, Writer out) {
            GraphMLExporter<String, SliceGraph.Link> exporter = new GraphMLExporter<>(Function.identity());
            Map<String, PropertyType> nodeTypes = new LinkedHashMap<>();
            nodeTypes.put(LABEL, PropertyType.STRING);
            ReservedNames.renameTypes(g.nodeTypes(), Set.of(LABEL)).forEach(nodeTypes::putIfAbsent);
            nodeTypes.remove(CAPTION);
            Map<String, PropertyType> edgeTypes = ReservedNames.renameTypes(g.edgeTypes(), Set.of(LABEL));
            Map<String, PropertyType> types = new LinkedHashMap<>(nodeTypes);
            edgeTypes.forEach((name, type) -> types.merge(name, type, PropertyType::merge));
            types.forEach((name, type) -> {
                boolean node = nodeTypes.containsKey(name);
                boolean edge = edgeTypes.containsKey(name);
                AttributeCategory category = node && edge ? AttributeCategory.ALL
                        : node ? AttributeCategory.NODE : AttributeCategory.EDGE;
                exporter.registerAttribute(name, category, AttributeValues.declared(type));
            });
            exporter.setVertexAttributeProvider(v -> {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put(LABEL, g.node(v).get(CAPTION));
                ReservedNames.rename(g.node(v), Set.of(LABEL)).forEach(values::putIfAbsent);
                values.remove(CAPTION);
                return attributes(values, types);
            });
            exporter.setEdgeAttributeProvider(e -> attributes(ReservedNames.rename(e.attributes(), Set.of(LABEL)), types));
            exporter.exportGraph(g.graph(), out);
        }

        private static Map<String, Attribute> attributes(Map<String, Object> values, Map<String, PropertyType> types) {
            Map<String, Attribute> out = new LinkedHashMap<>();
            values.forEach((name, value) -> out.put(name, AttributeValues.of(value, types.get(name))));
            return out;
        }
    }

    /**
     * Writes GEXF 1.2 for Gephi, styled and dynamic: a node's caption is its GEXF label, its
     * {@code viz:color} its camp's colour (the shared {@link Palette}) and its {@code viz:size} grows
     * with its activity (comments written, or answers received); an edge is coloured by stance. Nodes
     * and edges carry {@code start} times (a comment's time, a participant's first comment, a post's
     * date), so Gephi's timeline plays the conversation. Every other attribute is declared with its type;
     * GEXF reserves {@code label} (nodes and edges) and {@code type} and {@code weight} (edges), so
     * attributes of those names are written as {@code property_label} and so on.
     */
    static final class GexfFormat {

        /** The GEXF namespace. */
        static final String GEXF = "http://www.gexf.net/1.2draft";
        /** The namespace of GEXF's visual attributes. */
        static final String VIZ = "http://www.gexf.net/1.2draft/viz";

        private static final Set<String> NODE_RESERVED = Set.of("label");
        private static final Set<String> EDGE_RESERVED = Set.of("label", "type", "weight");

        private GexfFormat() {
        }

        static void write(SliceGraph g, Writer out) {
            Map<String, PropertyType> nodeTypes = ReservedNames.renameTypes(g.nodeTypes(), NODE_RESERVED);
            nodeTypes.remove("caption");
            Map<String, PropertyType> edgeTypes = ReservedNames.renameTypes(g.edgeTypes(), EDGE_RESERVED);
            Map<String, String> camps = Palette.camps(g.graph().vertexSet().stream().map(v -> g.node(v).get("camp"))
                    .toList());
            Map<String, Long> answered = new HashMap<>();
            g.graph().edgeSet().forEach(e -> answered.merge(g.graph().getEdgeTarget(e), weight(e.attributes()),
                    Long::sum));
            try {
                XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                x.writeStartDocument("UTF-8", "1.0");
                x.writeStartElement("gexf");
                x.writeDefaultNamespace(GEXF);
                x.writeNamespace("viz", VIZ);
                x.writeAttribute("version", "1.2");
                x.writeStartElement("meta");
                element(x, "creator", "threadgraph");
                element(x, "description", "Comment threads: who answers whom, with stance, camps and centrality");
                x.writeEndElement();
                x.writeStartElement("graph");
                x.writeAttribute("defaultedgetype", "directed");
                x.writeAttribute("mode", "dynamic");
                x.writeAttribute("timeformat", "dateTime");
                Map<String, String> nodeIds = declare(x, "node", nodeTypes);
                Map<String, String> edgeIds = declare(x, "edge", edgeTypes);
                x.writeStartElement("nodes");
                Map<String, String> starts = new HashMap<>();
                for (String v : g.graph().vertexSet()) {
                    Map<String, Object> a = g.node(v);
                    x.writeStartElement("node");
                    x.writeAttribute("id", v);
                    x.writeAttribute("label", String.valueOf(a.get("caption")));
                    String start = start(a);
                    if (start != null) {
                        x.writeAttribute("start", start);
                        starts.put(v, start);
                    }
                    attvalues(x, ReservedNames.rename(a, NODE_RESERVED), nodeIds);
                    String fill = "Post".equals(a.get("nodeType")) ? Palette.POST
                            : camps.getOrDefault(a.get("camp") == null ? null : String.valueOf(a.get("camp")),
                                    Palette.NO_CAMP);
                    colour(x, fill);
                    x.writeEmptyElement("viz", "size", VIZ);
                    x.writeAttribute("value", String.format(Locale.ROOT, "%.1f", size(a, answered.getOrDefault(v, 0L))));
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeStartElement("edges");
                int i = 0;
                for (SliceGraph.Link e : g.graph().edgeSet()) {
                    Map<String, Object> a = e.attributes();
                    x.writeStartElement("edge");
                    x.writeAttribute("id", "e" + i++);
                    x.writeAttribute("source", g.graph().getEdgeSource(e));
                    x.writeAttribute("target", g.graph().getEdgeTarget(e));
                    x.writeAttribute("label", String.valueOf(a.get("type")));
                    x.writeAttribute("weight", String.valueOf(weight(a)));
                    String start = a.get("firstAt") != null ? time(a.get("firstAt"))
                            : starts.get(g.graph().getEdgeSource(e));
                    if (start != null) {
                        x.writeAttribute("start", start);
                    }
                    attvalues(x, ReservedNames.rename(a, EDGE_RESERVED), edgeIds);
                    colour(x, "REPLY_TO".equals(a.get("type")) ? Palette.STRUCTURAL : Palette.stance(stance(a)));
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndDocument();
                x.flush();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write GEXF: " + e.getMessage(), e);
            }
        }

        /** Node size: 4 plus a square-root growth with comments written (participants) or answers received. */
        static double size(Map<String, Object> node, long answeredBy) {
            long activity = node.get("comments") instanceof Number n ? n.longValue() : answeredBy;
            return 4 + 4 * Math.sqrt(activity);
        }

        private static long weight(Map<String, Object> edge) {
            return edge.get("responses") instanceof Number n ? n.longValue() : 1;
        }

        private static Object stance(Map<String, Object> a) {
            if (a.containsKey("stance")) {
                return a.get("stance");
            }
            long agree = a.get("agree") instanceof Number n ? n.longValue() : 0;
            long disagree = a.get("disagree") instanceof Number n ? n.longValue() : 0;
            return agree > disagree ? "agree" : disagree > agree ? "disagree" : "neutral";
        }

        /** Returns the node's start time: a participant's first comment, a comment's publication, a post's date. */
        private static String start(Map<String, Object> a) {
            Object when = "Participant".equals(a.get("nodeType")) ? a.get("firstAt")
                    : a.get("published") != null ? a.get("published") : a.get("date");
            return when == null ? null : time(when);
        }

        /** Returns an ISO date or date-time as a UTC xs:dateTime, or null when it is neither. */
        static String time(Object value) {
            String s = String.valueOf(value);
            try {
                return OffsetDateTime.parse(s).toInstant().toString();
            } catch (DateTimeParseException notDateTime) {
                try {
                    return LocalDate.parse(s) + "T00:00:00Z";
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }

        private static Map<String, String> declare(XMLStreamWriter x, String category, Map<String, PropertyType> types)
                throws XMLStreamException {
            Map<String, String> ids = new LinkedHashMap<>();
            x.writeStartElement("attributes");
            x.writeAttribute("class", category);
            x.writeAttribute("mode", "static");
            int i = 0;
            for (Map.Entry<String, PropertyType> t : types.entrySet()) {
                String id = category.charAt(0) + String.valueOf(i++);
                ids.put(t.getKey(), id);
                x.writeEmptyElement("attribute");
                x.writeAttribute("id", id);
                x.writeAttribute("title", t.getKey());
                x.writeAttribute("type", switch (AttributeValues.declared(t.getValue())) {
                    case BOOLEAN -> "boolean";
                    case LONG -> "long";
                    case DOUBLE -> "double";
                    default -> "string";
                });
            }
            x.writeEndElement();
            return ids;
        }

        private static void attvalues(XMLStreamWriter x, Map<String, Object> values, Map<String, String> ids)
                throws XMLStreamException {
            x.writeStartElement("attvalues");
            for (Map.Entry<String, Object> v : values.entrySet()) {
                String id = ids.get(v.getKey());
                if (id != null && v.getValue() != null) {
                    x.writeEmptyElement("attvalue");
                    x.writeAttribute("for", id);
                    x.writeAttribute("value", AttributeValues.text(v.getValue()));
                }
            }
            x.writeEndElement();
        }

        private static void colour(XMLStreamWriter x, String hex) throws XMLStreamException {
            int rgb = Integer.parseInt(hex.substring(1), 16);
            x.writeEmptyElement("viz", "color", VIZ);
            x.writeAttribute("r", String.valueOf(rgb >> 16 & 0xff));
            x.writeAttribute("g", String.valueOf(rgb >> 8 & 0xff));
            x.writeAttribute("b", String.valueOf(rgb & 0xff));
        }

        private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
            x.writeStartElement(name);
            x.writeCharacters(text);
            x.writeEndElement();
        }
    }

    /**
     * Writes Graphviz DOT with jgrapht-io, styled to render as is ({@code dot -Tsvg}): nodes filled with
     * their camp's colour (the post dark, nodes in no camp light grey), responses coloured by stance,
     * structural REPLY_TO edges dashed, participant edges thicker the more responses they stand for. Every
     * attribute is carried too; one whose name Graphviz interprets ({@code label}, {@code size}…) is
     * written as {@code property_NAME}.
     */
    static final class DotFormat {

        private static final Set<String> GRAPHVIZ_NAMES = Set.of("label", "id", "comment", "weight", "size", "group",
                "width", "height", "color", "style", "shape", "tooltip", "class", "pos", "xlabel", "URL", "href",
                "target", "fontsize", "fontcolor", "fontname", "penwidth", "fillcolor", "layer", "rank", "dir", "len",
                "margin", "image", "ordering", "sides", "peripheries", "orientation", "root", "constraint", "minlen");

        private DotFormat() {
        }

        static void write(SliceGraph g, Writer out) {
            Map<String, String> camps = Palette.camps(g.graph().vertexSet().stream().map(v -> g.node(v).get("camp"))
                    .toList());
            DOTExporter<String, SliceGraph.Link> exporter = new DOTExporter<>(DotFormat::quotedId);
            exporter.setGraphAttributeProvider(() -> {
                Map<String, Attribute> a = new LinkedHashMap<>();
                a.put("rankdir", DefaultAttribute.createAttribute("BT"));
                return a;
            });
            exporter.setVertexAttributeProvider(v -> {
                Map<String, Object> values = g.node(v);
                Map<String, Attribute> a = new LinkedHashMap<>();
                String type = String.valueOf(values.get("nodeType"));
                a.put("label", text(values.get("caption")));
                a.put("tooltip", text(values.getOrDefault("text", values.get("caption"))));
                a.put("shape", DefaultAttribute.createAttribute(shape(type)));
                a.put("style", DefaultAttribute.createAttribute("filled"));
                String fill = type.equals("Post") ? Palette.POST : camps.getOrDefault(
                        values.get("camp") == null ? null : String.valueOf(values.get("camp")), Palette.NO_CAMP);
                a.put("fillcolor", DefaultAttribute.createAttribute(fill));
                a.put("fontcolor", DefaultAttribute.createAttribute(type.equals("Post") ? "white" : "black"));
                data(values, a);
                return a;
            });
            exporter.setEdgeAttributeProvider(e -> {
                Map<String, Object> values = e.attributes();
                Map<String, Attribute> a = new LinkedHashMap<>();
                if ("REPLY_TO".equals(values.get("type"))) {
                    a.put("style", DefaultAttribute.createAttribute("dashed"));
                    a.put("color", DefaultAttribute.createAttribute(Palette.STRUCTURAL));
                } else {
                    a.put("color", DefaultAttribute.createAttribute(Palette.stance(stance(values))));
                }
                if (values.get("responses") instanceof Number n) {
                    a.put("penwidth", DefaultAttribute.createAttribute(
                            String.format(Locale.ROOT, "%.1f", 1 + Math.log(n.doubleValue()) / Math.log(2))));
                }
                data(values, a);
                return a;
            });
            exporter.exportGraph(g.graph(), out);
        }

        /** Returns the stance of a response, or the prevailing one of a participant edge's counts. */
        private static Object stance(Map<String, Object> values) {
            if (values.containsKey("stance")) {
                return values.get("stance");
            }
            long agree = values.get("agree") instanceof Number n ? n.longValue() : 0;
            long disagree = values.get("disagree") instanceof Number n ? n.longValue() : 0;
            return agree > disagree ? "agree" : disagree > agree ? "disagree" : "neutral";
        }

        private static String shape(String nodeType) {
            return switch (nodeType) {
                case "Post" -> "box";
                case "Entity" -> "diamond";
                case "Camp" -> "hexagon";
                case "Quote" -> "note";
                default -> "ellipse";
            };
        }

        private static void data(Map<String, Object> values, Map<String, Attribute> into) {
            ReservedNames.rename(values, GRAPHVIZ_NAMES).forEach((name, value) -> {
                if (!name.equals("caption")) {
                    into.put(name, text(value));
                }
            });
        }

        /**
         * Returns the value as a DOT string: backslashes kept literal, line breaks as spaces (the
         * exporter escapes quotes).
         */
        private static Attribute text(Object value) {
            String s = AttributeValues.text(value).replace("\\", "\\\\").replaceAll("\\s*[\\r\\n]+\\s*", " ");
            return DefaultAttribute.createAttribute(s);
        }

        private static String quotedId(String id) {
            return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /**
     * Writes Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": {...}}], "edges":
     * [{"data": {"id", "source", "target", ...}}]}}}, loadable with {@code cy.add(json.elements)} or
     * Cytoscape desktop's JSON import. Attribute values keep their JSON types; lists stay arrays. An
     * attribute named like a field Cytoscape.js interprets ({@code id}, {@code source}, {@code target},
     * {@code parent}) is written as {@code property_NAME}. Each node also carries {@code activity}
     * (comments written, or responses received), which the stylesheet sizes it by.
     */
    static final class CytoscapeFormat {

        static final ObjectMapper JSON = new ObjectMapper();

        private static final Set<String> CYTOSCAPE_NAMES = Set.of("id", "source", "target", "parent");

        private CytoscapeFormat() {
        }

        /** Returns how active a node is: comments written (participants), else responses received. */
        static long activity(SliceGraph g, String v) {
            if (g.node(v).get("comments") instanceof Number n) {
                return n.longValue();
            }
            return g.graph().incomingEdgesOf(v).stream().filter(e -> !"REPLY_TO".equals(e.attributes().get("type")))
                    .count();
        }

        static void write(SliceGraph g, Writer out) throws IOException {
            ObjectNode root = JSON.createObjectNode();
            root.set("elements", elements(g));
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
        }

        /**
         * Writes a Cytoscape.js stylesheet for the elements (Cytoscape desktop imports it too): nodes
         * labelled by caption, filled by camp and sized by activity, responses coloured by stance and
         * structural replies dashed, with the shared {@link Palette}.
         */
        static void writeStyle(SliceGraph g, Writer out) throws IOException {
            ArrayNode style = JSON.createArrayNode();
            ObjectNode node = rule(style, "node");
            node.put("label", "data(caption)").put("font-size", 9).put("text-valign", "bottom")
                    .put("background-color", Palette.NO_CAMP).put("border-width", 1).put("border-color", "#333")
                    .put("width", "mapData(activity, 0, 20, 12, 60)").put("height", "mapData(activity, 0, 20, 12, 60)");
            rule(style, "node[nodeType = \"Post\"]").put("background-color", Palette.POST).put("shape", "round-rectangle");
            Palette.camps(g.graph().vertexSet().stream().map(v -> g.node(v).get("camp")).toList()).forEach((camp, colour) ->
                    rule(style, "node[camp = " + JSON.valueToTree(camp) + "]").put("background-color", colour));
            rule(style, "edge").put("curve-style", "bezier").put("target-arrow-shape", "triangle").put("width", 2)
                    .put("line-color", Palette.NEUTRAL).put("target-arrow-color", Palette.NEUTRAL);
            for (String stance : new String[] {"agree", "disagree"}) {
                rule(style, "edge[stance = \"" + stance + "\"], edge[" + stance + " > 0]")
                        .put("line-color", Palette.stance(stance)).put("target-arrow-color", Palette.stance(stance));
            }
            rule(style, "edge[type = \"REPLY_TO\"]").put("line-style", "dashed").put("line-color", Palette.STRUCTURAL)
                    .put("target-arrow-shape", "none").put("width", 1);
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, style);
        }

        private static ObjectNode rule(ArrayNode style, String selector) {
            ObjectNode rule = style.addObject();
            rule.put("selector", selector);
            return rule.putObject("style");
        }

        /** Returns the {@code elements} object: nodes, then edges with ids {@code edge:0}, {@code edge:1}… */
        static ObjectNode elements(SliceGraph g) {
            ObjectNode elements = JSON.createObjectNode();
            ArrayNode nodes = elements.putArray("nodes");
            for (String v : g.graph().vertexSet()) {
                ObjectNode data = nodes.addObject().putObject("data");
                data.put("id", v);
                ReservedNames.rename(g.node(v), CYTOSCAPE_NAMES).forEach((name, value) -> data.set(name,
                        JSON.valueToTree(value)));
                data.put("activity", activity(g, v));
            }
            ArrayNode edges = elements.putArray("edges");
            int i = 0;
            for (SliceGraph.Link e : g.graph().edgeSet()) {
                ObjectNode data = edges.addObject().putObject("data");
                data.put("id", "edge:" + i++);
                data.put("source", g.graph().getEdgeSource(e));
                data.put("target", g.graph().getEdgeTarget(e));
                ReservedNames.rename(e.attributes(), CYTOSCAPE_NAMES).forEach((name, value) -> data.set(name,
                        JSON.valueToTree(value)));
            }
            return elements;
        }
    }
}
