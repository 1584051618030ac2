package org.threadgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.threadgraph.render.Captions;
import org.threadgraph.store.GraphSlice;

/**
 * The attributes a node or edge carries in a graph file: {@code nodeType} (its label) and a
 * {@code caption} for nodes, {@code type} for edges, then every stored property in name order. Long
 * texts are cut to a snippet when a limit is set, and characters XML cannot hold are dropped.
 */
final class Attributes {

    /** Length of the text snippets in graph files. */
    static final int SNIPPET = 200;
    /** No limit: whole texts, for the browser view. */
    static final int WHOLE = Integer.MAX_VALUE;

    private static final Set<String> TEXTS = Set.of("text", "bodyText");

    private final int textLimit;

    Attributes(int textLimit) {
        this.textLimit = textLimit;
    }

    /** Returns the attributes of a node; its id or key property is left out, since it is the node's id. */
    Map<String, Object> node(GraphSlice.Node node) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodeType", node.label());
        out.put("caption", caption(node));
        new TreeMap<>(node.properties()).forEach((name, value) -> {
            boolean isId = (name.equals("id") || name.equals("key")) && node.id().equals(value);
            if (value != null && !isId) {
                out.put(name, clean(name, value));
            }
        });
        return out;
    }

    /** Returns the attributes of an edge: its relationship type and every property. */
    Map<String, Object> edge(GraphSlice.Edge edge) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", edge.type());
        new TreeMap<>(edge.properties()).forEach((name, value) -> {
            if (value != null) {
                out.put(name, clean(name, value));
            }
        });
        return out;
    }

    /** Returns the caption readers know the node by, by the shared rule of {@link Captions}. */
    static String caption(GraphSlice.Node node) {
        Map<String, Object> p = node.properties();
        String caption = switch (node.label()) {
            case "Comment" -> Captions.comment(first(p, "participantName", "authorName"), first(p, "clock",
                    "inferredClock"), first(p, "label"));
            case "Post" -> Captions.post(first(p, "title"), first(p, "url"), node.id());
            case "Blog" -> first(p, "title", "key");
            case "Quote" -> "Quote " + node.id();
            case "Participant" -> Captions.writer(first(p, "name"), first(p, "firstClock"), first(p, "firstLabel"),
                    first(p, "firstPost"));
            case "Camp" -> Captions.camp(first(p, "name"), strings(p.get("defends")), strings(p.get("attacks")),
                    strings(p.get("terms")));
            default -> first(p, "name", "key", "id");
        };
        return caption == null ? node.id() : caption;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static String first(Map<String, Object> p, String... names) {
        for (String name : names) {
            if (p.get(name) != null && !String.valueOf(p.get(name)).isBlank()) {
                return String.valueOf(p.get(name));
            }
        }
        return null;
    }

    private Object clean(String name, Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(o -> o instanceof String s ? xmlSafe(s) : o).toList();
        }
        if (value instanceof String s) {
            String safe = xmlSafe(s);
            return TEXTS.contains(name) ? snippet(safe, textLimit) : safe;
        }
        return value;
    }

    /** Returns the text cut at a word boundary to about {@code limit} characters, with an ellipsis when cut. */
    static String snippet(String text, int limit) {
        String flat = text.strip();
        if (flat.length() <= limit) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', limit);
        return flat.substring(0, cut > limit / 2 ? cut : limit).stripTrailing() + "…";
    }

    /**
     * Drops the characters XML 1.0 cannot carry: control characters other than tab and line breaks,
     * and lone surrogates.
     */
    static String xmlSafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = !Character.isLowSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                        && c != 0xFFFE && c != 0xFFFF;
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
