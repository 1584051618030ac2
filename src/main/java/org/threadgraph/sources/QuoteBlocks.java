package org.threadgraph.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the quoted comments in a post body, as "Pick of the Week" posts repost earlier comments
 * separated by lines of asterisks ("*****").
 *
 * <p>Rules: a body holds quotes only when it has at least two separator lines, since a single
 * line of asterisks is as often a plain section break. Every non-empty block between, before and
 * after the separators is then a quote, the block before the first separator included: these
 * posts open straight on their first excerpt. The exception is an opening block whose last line
 * ends with a colon ("Here are this week's picks:-"), which introduces the quotes rather than
 * being one. Quote text keeps one paragraph a line, as comment text does, so the two compare.
 */
final class QuoteBlocks {

    // Three or more stars and blanks; a character class, since a repeated group recurses per repetition.
    private static final Pattern SEPARATOR = Pattern.compile("\\*\\s*\\*\\s*\\*[*\\s]*");
    private static final Pattern INTRODUCTION = Pattern.compile(".*:-?");

    private QuoteBlocks() {
    }

    /** Returns the texts of the quoted blocks of a body, in order; empty when it has none. */
    static List<String> find(List<TextLine> body) {
        List<List<TextLine>> blocks = new ArrayList<>();
        List<TextLine> block = new ArrayList<>();
        for (TextLine line : body) {
            if (SEPARATOR.matcher(line.text()).matches()) {
                blocks.add(block);
                block = new ArrayList<>();
            } else {
                block.add(line);
            }
        }
        blocks.add(block);
        if (blocks.size() < 3) {
            return List.of();
        }
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = TextLine.paragraphs(blocks.get(i));
            boolean introduction = i == 0 && INTRODUCTION.matcher(text.substring(text.lastIndexOf('\n') + 1)).matches();
            if (!text.isEmpty() && !introduction) {
                quotes.add(text);
            }
        }
        return quotes;
    }
}
