package org.threadgraph.report;

import java.util.List;
import org.threadgraph.render.Counts;

/**
 * A report as blocks that {@link HtmlReport} and {@link MarkdownReport} render alike, so both
 * formats always say the same thing (and redaction, applied while building, holds for both).
 *
 * @param title    the page title
 * @param subtitle one line under it
 * @param sections the sections in order; empty sections are not rendered
 */
record Report(String title, String subtitle, List<Section> sections) {

    /** A titled part of a report. */
    record Section(String heading, List<Block> blocks) {
    }

    /** A piece of a section. */
    sealed interface Block permits Paragraph, Facts, Table, Chart, Card, Picture {
    }

    /** Plain text. */
    record Paragraph(String text) implements Block {
    }

    /** Name and value pairs; a value may link somewhere. */
    record Facts(List<Fact> facts) implements Block {
    }

    /** One fact; {@code href} may be null. */
    record Fact(String name, String value, String href) {
    }

    /** A table of cells. */
    record Table(List<String> headers, List<List<Cell>> rows) implements Block {
    }

    /** One table cell; {@code href} may be null. */
    record Cell(String text, String href) {

        /** Returns a cell without a link; whole numbers are written as integers, even when stored as doubles. */
        static Cell of(Object value) {
            if (value instanceof Number n) {
                return new Cell(Counts.number(n), null);
            }
            return new Cell(value == null ? "" : String.valueOf(value), null);
        }
    }

    /**
     * A stacked bar chart: one bar per label, one stacked segment per series.
     *
     * @param caption what the chart shows
     * @param labels  bar labels, left to right
     * @param series  the stacked series, bottom first
     */
    record Chart(String caption, List<String> labels, List<Series> series) implements Block {
    }

    /** One series of a chart: a value per label. */
    record Series(String name, String colour, List<Long> values) {
    }

    /**
     * A drawing made elsewhere: inline SVG in HTML; in Markdown, its caption and where to see it.
     *
     * @param caption what it shows
     * @param svg     the SVG element, already escaped where it holds text
     */
    record Picture(String caption, String svg) implements Block {
    }

    /**
     * A comment shown whole.
     *
     * @param heading who and where
     * @param meta    when, and why it is shown
     * @param text    the comment text (already redacted if asked)
     * @param href    link back to the comment on the blog, or null
     */
    record Card(String heading, String meta, String text, String href) implements Block {
    }
}
