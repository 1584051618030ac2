package org.threadgraph.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/**
 * Parses Blogger's JSON, also when wrapped as JSONP ({@code callback({...});}, with Blogger's
 * {@code // API callback} line), reporting errors by line of the original text. The wrapper is
 * found by a plain scan, not a regular expression, so no run of blanks or comments can exhaust
 * the stack; Jackson's own limits bound nesting depth and string length.
 */
final class JsonText {

    /** Blogger's JSON nests about six levels; anything far deeper is not a feed. */
    static final int MAX_DEPTH = 100;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(SourceDocument.MAX_TEXT_CHARS)
                    .maxDocumentLength(SourceDocument.MAX_TEXT_CHARS)
                    .build())
            .build()).build();

    private JsonText() {
    }

    /** Returns true when the text (or its opening) is JSON or JSONP, judging by its first characters. */
    static boolean looksLikeJson(String head) {
        int start = skipBlanksAndComments(head, bomEnd(head));
        return start < head.length() && head.charAt(start) == '{' || jsonpBodyStart(head) >= 0;
    }

    /**
     * Parses the text as JSON, unwrapping JSONP first.
     *
     * @throws SourceException naming the origin and the line, e.g. "seed.json: line 3: not JSON: …"
     */
    static JsonNode parse(String origin, String text) throws SourceException {
        String json = unwrap(text);
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new SourceException(origin + ": line 1: not JSON: the document is empty");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new SourceException(origin + ": " + tooDeep(json).orElse("not JSON: " + e.getOriginalMessage()
                    .replaceAll(",? from `[^`]*`", "")), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String line = at == null || at.getLineNr() < 1 ? "" : ": line " + at.getLineNr();
            String msg = e.getOriginalMessage().replaceAll("\\s+", " ")
                    .replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2").strip();
            if (msg.length() > 160) {
                msg = msg.substring(0, 160) + "…";
            }
            throw new SourceException(origin + line + ": not JSON: " + msg, e);
        }
    }

    /**
     * Returns where the text first nests deeper than {@link #MAX_DEPTH} ("line 3: not JSON: nested
     * more than 100 deep (column 7)"), or empty when it does not; Jackson stops there but names no place.
     */
    private static Optional<String> tooDeep(String json) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    return Optional.of("line " + line + ": not JSON: nested more than " + MAX_DEPTH + " deep (column "
                            + (i - lineStart + 1) + ")");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the JSON inside a JSONP wrapper, with the wrapper's characters blanked (newlines kept)
     * so that error lines and columns still match the original text; plain JSON comes back as is.
     */
    static String unwrap(String text) {
        int bodyStart = jsonpBodyStart(text);
        if (bodyStart < 0) {
            return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
        }
        int end = jsonpBodyEnd(text, bodyStart);
        return blank(text.substring(0, bodyStart)) + text.substring(bodyStart, end) + blank(text.substring(end));
    }

    /**
     * Returns where the argument of a JSONP call starts ({@code cb(} after blanks and comments), or
     * -1 when the text is not a JSONP call.
     */
    private static int jsonpBodyStart(String s) {
        int i = skipBlanksAndComments(s, bomEnd(s));
        if (i >= s.length() || !isIdentifierStart(s.charAt(i))) {
            return -1;
        }
        while (i < s.length() && (isIdentifierPart(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        i = skipBlanks(s, i);
        if (i >= s.length() || s.charAt(i) != '(') {
            return -1;
        }
        return skipBlanks(s, i + 1);
    }

    /** Returns where the JSONP argument ends: at the closing {@code )} before an optional {@code ;}, or the text's end. */
    private static int jsonpBodyEnd(String s, int from) {
        int i = s.length();
        while (i > from && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        if (i > from && s.charAt(i - 1) == ';') {
            i--;
            while (i > from && Character.isWhitespace(s.charAt(i - 1))) {
                i--;
            }
        }
        return i > from && s.charAt(i - 1) == ')' ? i - 1 : s.length();
    }

    private static int bomEnd(String s) {
        return s.startsWith("\uFEFF") ? 1 : 0;
    }

    private static int skipBlanksAndComments(String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("//", i)) {
                int nl = s.indexOf('\n', i);
                if (nl < 0) {
                    return s.length();
                }
                i = nl + 1;
            } else if (s.startsWith("/*", i)) {
                int close = s.indexOf("*/", i + 2);
                if (close < 0) {
                    return s.length();
                }
                i = close + 2;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int skipBlanks(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || c == '$' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static String blank(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
        return new String(out);
    }
}
