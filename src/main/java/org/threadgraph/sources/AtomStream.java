package org.threadgraph.sources;

import java.io.IOException;
import java.io.Reader;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an Atom document one child of {@code <feed>} at a time: header elements and entries are
 * each read into a small tree, handed on and dropped, so exports of any size read in little memory.
 */
final class AtomStream {

    /** Receives the children of {@code <feed>} in document order. */
    interface Handler {

        /** Takes a feed-level element other than an entry ({@code id}, {@code title}, {@code link}, …). */
        void header(XmlNode element) throws SourceException;

        /** Takes one entry. */
        void entry(FeedEntry entry) throws SourceException;
    }

    private AtomStream() {
    }

    /**
     * Reads the document from its start, handing each feed child to the handler.
     *
     * @throws SourceException when the document is not an Atom feed, is not well-formed, holds a
     *                         DOCTYPE or cannot be read; the message names the origin and line
     */
    static void read(SourceDocument document, Handler handler) throws SourceException {
        String origin = document.origin();
        try (Reader reader = document.open()) {
            XMLStreamReader r = SafeXml.open(reader);
            boolean inFeed = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw SafeXml.dtd(r);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (!inFeed) {
                        if (!r.getLocalName().equals("feed")) {
                            throw new SourceException(origin + ": line " + r.getLocation().getLineNumber()
                                    + ": root element <" + r.getLocalName() + "> is not an Atom <feed>");
                        }
                        inFeed = true;
                        continue;
                    }
                    XmlNode node = XmlNode.read(r);
                    if (node.name().equals("entry")) {
                        handler.entry(FeedEntry.ofXml(node));
                    } else {
                        handler.header(node);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && inFeed) {
                    inFeed = false;
                    drain(r);
                    return;
                }
            }
            throw new SourceException(origin + ": " + (inFeed ? "the document ends inside <feed> (truncated?)"
                    : "no <feed> element; not an Atom document"));
        } catch (XMLStreamException e) {
            throw SafeXml.error(origin, e);
        } catch (IOException e) {
            throw TextFiles.unreadable(origin, e);
        }
    }

    /** Reads to the end so that trailing garbage after {@code </feed>} is reported. */
    private static void drain(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            r.next();
        }
    }
}
