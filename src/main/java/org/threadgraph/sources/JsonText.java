package org.threadgraph.sources;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Blogger's JSON, also when wrapped as JSONP ({@code callback({...});}, with Blogger's
 * {@code // API callback} line), reporting errors by line of the original text.
 */
final class JsonText {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern JSONP_HEAD = Pattern.compile(
            "\\A\\uFEFF?(?:\\s|//[^\\n]*\\n|/\\*.*?\\*/)*[A-Za-z_$][\\w$.]*\\s*\\(\\s*", Pattern.DOTALL);
    private static final Pattern JSONP_TAIL = Pattern.compile("\\)\\s*;?\\s*\\z");

    private JsonText() {
    }

    /** Returns true when the text (or its opening) is JSON or JSONP, judging by its first characters. */
    static boolean looksLikeJson(String head) {
        String h = head.stripLeading();
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1).stripLeading();
        }
        return h.startsWith("{") || JSONP_HEAD.matcher(head).lookingAt();
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
     * Returns the JSON inside a JSONP wrapper, with the wrapper's characters blanked (newlines kept)
     * so that error lines and columns still match the original text; plain JSON comes back as is.
     */
    static String unwrap(String text) {
        Matcher head = JSONP_HEAD.matcher(text);
        if (text.stripLeading().startsWith("{") || !head.lookingAt()) {
            return text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
        }
        Matcher tail = JSONP_TAIL.matcher(text);
        int end = tail.find(head.end()) ? tail.start() : text.length();
        return blank(text.substring(0, head.end())) + text.substring(head.end(), end) + blank(text.substring(end));
    }

    private static String blank(String s) {
        return s.replaceAll("[^\\n]", " ");
    }
}
