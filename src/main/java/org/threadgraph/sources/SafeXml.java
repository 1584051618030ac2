package org.threadgraph.sources;

import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens XML with StAX in a safe configuration: no DTDs, no external entities, and any DOCTYPE
 * rejected outright, so an export cannot make the reader fetch files or expand entity bombs.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    /** Opens a namespace-aware streaming reader over the characters. */
    static XMLStreamReader open(Reader reader) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(reader);
    }

    /** Returns the exception for a DOCTYPE met at the reader's position. */
    static XMLStreamException dtd(XMLStreamReader r) {
        return new XMLStreamException("DOCTYPE declarations are not allowed (entities are never expanded)",
                r.getLocation());
    }

    /** Returns a source exception naming the document and the line of a StAX error. */
    static SourceException error(String origin, XMLStreamException e) {
        String msg = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        // StAX prefixes "ParseError at [row,col]:[3,16]\nMessage: "; keep the message only.
        int at = msg.indexOf("Message: ");
        if (at >= 0) {
            msg = msg.substring(at + "Message: ".length());
        }
        msg = msg.replaceAll("\\s+", " ").strip();
        int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String what = msg.startsWith("DOCTYPE") || e instanceof XmlNode.LimitExceeded ? "" : "not well-formed XML: ";
        return new SourceException(origin + (line > 0 ? ": line " + line : "") + ": " + what + msg, e);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // Not coalescing: text arrives in buffer-sized pieces, so XmlNode can stop a huge text early.
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
