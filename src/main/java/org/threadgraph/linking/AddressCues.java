package org.threadgraph.linking;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words by which a comment points at another without a clock: "the comment above", "the previous
 * comment", "@Getafix", "Thanks Jim," and the sign-off a writer puts on their own last line
 * ("'Getafix") that others then use as a name.
 */
final class AddressCues {

    /** "the comment above", "anon above", "the above comment", "the previous poster". Bare "above" is not enough. */
    private static final Pattern ABOVE = Pattern.compile(
            "(?i)\\b(?:(?:the|your|that|this)\\s+(?:comment|post|poster|contributor|commenter|reply|remark|message"
            + "|response)\\s+(?:(?:just|directly|immediately)\\s+)?above|(?:an+on\\w*|poster|commenter|contributor)\\s+above"
            + "|(?:the\\s+)?(?:above|previous|preceding)\\s+(?:comment|poster|contributor|commenter|reply|remark|anon\\w*))\\b");

    /** A sign-off: a name alone on the last line, after a quote mark, dash or tilde ("'Getafix", "- Dave"). */
    private static final Pattern SIGN_OFF = Pattern.compile("(?:^|\\n)\\s*['‘’`~\\-–—]+\\s*(\\p{Lu}[\\p{L}\\p{N}_]{2,24})\\s*$");

    /** Greetings and agreement words that make the next word a vocative: "Thanks Jim", "Well said Getafix". */
    private static final String VOCATIVE_LEAD = "(?:thanks|thank\\s+you|cheers|well\\s+said|agree(?:d)?(?:\\s+with)?"
            + "|spot\\s+on|dear|hi|hello|sorry|nice\\s+one|good\\s+point|great\\s+point|exactly|quite\\s+right|"
            + "absolutely|yes|no)";

    private AddressCues() {
    }

    /** Returns the words of a "comment above"-style phrase, if the text has one. */
    static Optional<String> above(String text) {
        Matcher m = ABOVE.matcher(Wording.plain(text));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Returns the sign-off name on a comment's last line, if any ("Getafix" for "…\n'Getafix"). */
    static Optional<String> signOff(String text) {
        Matcher m = SIGN_OFF.matcher(text.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Returns the words by which {@code text} addresses {@code name}: "@name" anywhere, or the name
     * among the first four words followed by a comma, colon, dash or "!" ("Getafix, you're right"),
     * or right after a greeting or agreement word ("Thanks Jim"). A possessive ("Jim's blog") is not
     * an address.
     */
    static Optional<String> addresses(String text, String name) {
        return addresses(text, patterns(name));
    }

    /** As {@link #addresses(String, String)}, with the name's {@link #patterns patterns} compiled once. */
    static Optional<String> addresses(String text, List<Pattern> patterns) {
        String plain = Wording.plain(text);
        for (Pattern p : patterns) {
            Matcher m = p.matcher(plain);
            if (m.find()) {
                return Optional.of(m.group().strip());
            }
        }
        return Optional.empty();
    }

    /** Returns the patterns that find an address to {@code name}; none for names shorter than 3 letters. */
    static List<Pattern> patterns(String name) {
        if (name == null || name.strip().length() < 3) {
            return List.of();
        }
        String n = Pattern.quote(name.strip());
        return List.of(Pattern.compile("(?i)@\\s?" + n + "\\b"),
                Pattern.compile("(?i)\\b" + VOCATIVE_LEAD + "[,!]?\\s+" + n + "\\b(?!['’]s)"),
                Pattern.compile("(?i)^\\W*(?:\\S+\\s+){0,3}?" + n + "\\s*[,:!\\-–—]"));
    }

    /** Returns the short name people use for a displayed author name: its first word, if long enough. */
    static String firstName(String displayName) {
        String[] parts = displayName.strip().split("\\s+");
        return parts[0].length() >= 3 ? parts[0] : displayName.strip();
    }

    /** Returns true for names that say nothing of who wrote a comment. */
    static boolean isGenericName(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        return s.matches("an+on\\w*|anonymous|unknown|guest|admin|me|reader");
    }
}
