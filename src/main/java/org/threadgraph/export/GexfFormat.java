package org.threadgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.threadgraph.render.Palette;

/**
 * Writes GEXF 1.2 for Gephi, styled and dynamic: a node's caption is its GEXF label, its
 * {@code viz:color} its camp's colour (the shared {@link Palette}) and its {@code viz:size} grows
 * with its activity (comments written, or answers received); an edge is coloured by stance. Nodes
 * and edges carry {@code start} times (a comment's time, a participant's first comment, a post's
 * date), so Gephi's timeline plays the conversation. Every other attribute is declared with its type;
 * GEXF reserves {@code label} (nodes and edges) and {@code type} and {@code weight} (edges), so
 * attributes of those names are written as {@code property_label} and so on.
 */
final class GexfFormat {

    /** The GEXF namespace. */
    static final String GEXF = "http://www.gexf.net/1.2draft";
    /** The namespace of GEXF's visual attributes. */
    static final String VIZ = "http://www.gexf.net/1.2draft/viz";

    private static final Set<String> NODE_RESERVED = Set.of("label");
    private static final Set<String> EDGE_RESERVED = Set.of("label", "type", "weight");

    /**
     * The start time of each node, by its index, for the edges that have none of their own and start
     * with their source: two numbers a node rather than its attributes.
     */
    private static final class StartTimes {
        private final long[] seconds;
        private final int[] nanos;

        StartTimes(int nodes) {
            seconds = new long[nodes];
            nanos = new int[nodes];
            Arrays.fill(nanos, -1);
        }

        void put(int node, Instant start) {
            seconds[node] = start.getEpochSecond();
            nanos[node] = start.getNano();
        }

        Instant get(int node) {
            return nanos[node] < 0 ? null : Instant.ofEpochSecond(seconds[node], nanos[node]);
        }
    }

    private GexfFormat() {
    }

    static void write(StreamedGraph g, Writer out) throws IOException {
        Map<String, PropertyType> nodeTypes = ReservedNames.renameTypes(g.nodeTypes(), NODE_RESERVED);
        nodeTypes.remove("caption");
        Map<String, PropertyType> edgeTypes = ReservedNames.renameTypes(g.edgeTypes(), EDGE_RESERVED);
        Map<String, String> camps = g.campColours();
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
            StartTimes starts = new StartTimes(g.nodes());
            g.stream(node -> {
                Map<String, Object> a = node.attributes();
                x.writeStartElement("node");
                x.writeAttribute("id", node.id());
                x.writeAttribute("label", String.valueOf(a.get("caption")));
                Instant start = start(a);
                if (start != null) {
                    x.writeAttribute("start", start.toString());
                    starts.put(node.index(), start);
                }
                attvalues(x, ReservedNames.rename(a, NODE_RESERVED), nodeIds);
                String fill = "Post".equals(a.get("nodeType")) ? Palette.POST
                        : camps.getOrDefault(a.get("camp") == null ? null : String.valueOf(a.get("camp")),
                                Palette.NO_CAMP);
                colour(x, fill);
                x.writeEmptyElement("viz", "size", VIZ);
                x.writeAttribute("value", String.format(Locale.ROOT, "%.1f", size(a, g.weightIn(node.index()))));
                x.writeEndElement();
            }, () -> {
                x.writeEndElement();
                x.writeStartElement("edges");
            }, edge -> {
                Map<String, Object> a = edge.attributes();
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + edge.index());
                x.writeAttribute("source", edge.source());
                x.writeAttribute("target", edge.target());
                x.writeAttribute("label", String.valueOf(a.get("type")));
                x.writeAttribute("weight", String.valueOf(StreamedGraph.weight(a)));
                Instant start = a.get("firstAt") != null ? time(a.get("firstAt")) : starts.get(edge.sourceIndex());
                if (start != null) {
                    x.writeAttribute("start", start.toString());
                }
                attvalues(x, ReservedNames.rename(a, EDGE_RESERVED), edgeIds);
                colour(x, "REPLY_TO".equals(a.get("type")) ? Palette.STRUCTURAL : Palette.stance(stance(a)));
                x.writeEndElement();
            });
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    /** Node size: 4 plus a square-root growth with comments written (participants) or answers received. */
    static double size(Map<String, Object> node, long answeredBy) {
        long activity = node.get("comments") instanceof Number n ? n.longValue() : answeredBy;
        return 4 + 4 * Math.sqrt(activity);
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
    private static Instant start(Map<String, Object> a) {
        Object when = "Participant".equals(a.get("nodeType")) ? a.get("firstAt")
                : a.get("published") != null ? a.get("published") : a.get("date");
        return when == null ? null : time(when);
    }

    /**
     * Returns an ISO date or date-time as an instant (a date's UTC midnight), whose {@code toString} is
     * a UTC xs:dateTime, or null when it is neither.
     */
    static Instant time(Object value) {
        String s = String.valueOf(value);
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
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
