package org.threadgraph.sources;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML element with its attributes, text and children, read from a stream. Feeds and exports
 * are read one {@code <entry>} at a time into these small trees, so a whole export never sits in
 * memory.
 */
final class XmlNode {

    /** Deeper than any feed or export (entry, content, a few levels of XHTML); bounds the tree built. */
    static final int MAX_DEPTH = 64;

    private final String namespace;
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int line;

    private XmlNode(String namespace, String name, int line) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
        this.line = line;
    }

    /**
     * Reads the element the reader is positioned on (a START_ELEMENT) up to its end tag, without
     * recursion: a stack of open elements, at most {@link #MAX_DEPTH} deep, and at most
     * {@link SourceDocument#MAX_TEXT_CHARS} characters of text in the whole tree.
     *
     * @throws XMLStreamException when the XML is not well-formed or holds a DOCTYPE
     * @throws LimitExceeded      when the element nests too deep or holds too much text
     */
    static XmlNode read(XMLStreamReader r) throws XMLStreamException {
        XmlNode root = start(r);
        Deque<XmlNode> open = new ArrayDeque<>();
        open.push(root);
        long chars = 0;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new LimitExceeded("elements nested more than " + MAX_DEPTH + " deep inside <"
                                + root.name + "> (line " + root.line + ")", r.getLocation());
                    }
                    XmlNode child = start(r);
                    open.peek().children.add(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    chars += r.getTextLength();
                    if (chars > SourceDocument.MAX_TEXT_CHARS) {
                        throw new LimitExceeded("more than " + SourceDocument.MAX_TEXT_CHARS / (1024 * 1024)
                                + " Mi characters of text inside <" + root.name + "> (line " + root.line + ")",
                                r.getLocation());
                    }
                    open.peek().text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    open.pop();
                    if (open.isEmpty()) {
                        return root;
                    }
                }
                case XMLStreamConstants.DTD -> throw SafeXml.dtd(r);
                default -> {
                    // comments and processing instructions carry nothing we read
                }
            }
        }
        throw new XMLStreamException("unexpected end of document inside <" + open.peek().name + ">", r.getLocation());
    }

    /** The element is too deep or too large to read; not a well-formedness error. */
    static final class LimitExceeded extends XMLStreamException {
        LimitExceeded(String message, Location at) {
            super(message, at);
        }
    }

    private static XmlNode start(XMLStreamReader r) {
        XmlNode node = new XmlNode(r.getNamespaceURI(), r.getLocalName(), r.getLocation().getLineNumber());
        for (int i = 0; i < r.getAttributeCount(); i++) {
            node.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return node;
    }

    /** Returns the element's local name. */
    String name() {
        return name;
    }

    /** Returns the element's namespace URI, or "" when it has none. */
    String namespace() {
        return namespace;
    }

    /** Returns the line the element starts on. */
    int line() {
        return line;
    }

    /** Returns the attribute's value (by local name), or null. */
    String attr(String localName) {
        return attributes.get(localName);
    }

    /** Returns the element's own text, stripped; "" when it has none. */
    String text() {
        return text.toString().strip();
    }

    /** Returns the element's own text as it stands, unstripped. */
    String rawText() {
        return text.toString();
    }

    /** Returns the first child with this local name in the namespace, or null. */
    XmlNode child(String ns, String localName) {
        for (XmlNode c : children) {
            if (c.name.equals(localName) && c.namespace.equals(ns)) {
                return c;
            }
        }
        return null;
    }

    /** Returns the first child's stripped text, or null when there is no such child or it is empty. */
    String childText(String ns, String localName) {
        XmlNode c = child(ns, localName);
        if (c == null) {
            return null;
        }
        String t = c.text();
        return t.isEmpty() ? null : t;
    }

    /** Returns every child with this local name in the namespace. */
    List<XmlNode> children(String ns, String localName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(localName) && c.namespace.equals(ns)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Returns every child. */
    List<XmlNode> children() {
        return children;
    }

    /** Returns the element's content as XML text, for {@code type='xhtml'} content (recursion bounded by {@link #MAX_DEPTH}). */
    String innerXml() {
        StringBuilder sb = new StringBuilder(text);
        for (XmlNode c : children) {
            sb.append('<').append(c.name).append('>').append(c.innerXml()).append("</").append(c.name).append('>');
        }
        return sb.toString();
    }
}
