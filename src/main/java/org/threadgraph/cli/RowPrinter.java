package org.threadgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threadgraph.store.CypherRunner.Rows;

/** Prints query results as an aligned table, a JSON array of row objects, or CSV. */
final class RowPrinter {

    /** Output formats of {@code query}. */
    enum Format { table, json, csv }

    private static final int MAX_CELL = 80;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RowPrinter() {
    }

    static void print(Rows rows, Format format, PrintWriter out) {
        switch (format) {
            case json -> printJson(rows, out);
            case csv -> printCsv(rows, out);
            case table -> printTable(rows, out);
        }
        out.flush();
    }

    private static void printJson(Rows rows, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(rows.rows()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rows hold only plain values", e);
        }
    }

    private static void printCsv(Rows rows, PrintWriter out) {
        out.println(String.join(",", rows.columns().stream().map(RowPrinter::csvCell).toList()));
        for (Map<String, Object> row : rows.rows()) {
            List<String> cells = new ArrayList<>();
            for (String c : rows.columns()) {
                cells.add(csvCell(text(row.get(c))));
            }
            out.println(String.join(",", cells));
        }
    }

    private static void printTable(Rows rows, PrintWriter out) {
        List<String> columns = rows.columns();
        int[] widths = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
        }
        for (Map<String, Object> row : rows.rows()) {
            String[] line = new String[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                String t = text(row.get(columns.get(i))).replaceAll("\\s+", " ");
                line[i] = t.length() > MAX_CELL ? t.substring(0, MAX_CELL - 1) + "…" : t;
                widths[i] = Math.max(widths[i], line[i].length());
            }
            cells.add(line);
        }
        out.println(formatLine(columns.toArray(String[]::new), widths));
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append(rule.length() == 0 ? "" : "-+-").append("-".repeat(w));
        }
        out.println(rule);
        cells.forEach(line -> out.println(formatLine(line, widths)));
        out.println("(" + rows.rows().size() + " row" + (rows.rows().size() == 1 ? "" : "s") + ")");
    }

    private static String formatLine(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : " | ").append(cells[i]).append(" ".repeat(widths[i] - cells[i].length()));
        }
        return sb.toString().stripTrailing();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map || value instanceof List) {
            try {
                return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.toString();
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
