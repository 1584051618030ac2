package org.threadgraph.linking;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the signature an anonymous commenter leaves on a comment's last line ("'Getafix", "- Dino",
 * "JB"), so that comments signed alike can be linked across posts.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>The candidate is the comment's last non-blank line, and some other non-blank line comes before
 *       it: a one-line comment is a remark, not a signed comment.</li>
 *   <li>A leading quote mark, dash or tilde ("'Getafix", "- Dino", "~JB") marks a signature; these marks
 *       and closing quotes are removed.</li>
 *   <li>A question ("Why?"), a lead-in ("From Twitter:-"), a link, an e-mail address, a clock time
 *       ("Anon 21:54", which names a comment, not a person) or digits alone are never signatures.</li>
 *   <li>What remains has one to {@value #MAX_WORDS} words and at most {@value #MAX_CHARS} characters.</li>
 *   <li>No word may be a function word, a courtesy or reaction ("Thanks", "Well said", "Agreed"), a
 *       word for anonymous, or a job title: those lines are remarks or roles.</li>
 *   <li>Without a leading mark, every word must start with a capital, the line must not end in sentence
 *       punctuation ("Shafted."), and a one-word line must not occur in lower case earlier in the
 *       comment (then it is an ordinary word, not a name).</li>
 * </ol>
 * The handle is normalised to lower case, without full stops and with single spaces, so "'Getafix",
 * "- getafix" and "GETAFIX" agree.
 */
public final class Handles {

    /** Limits a signature to this many words. */
    public static final int MAX_WORDS = 3;
    /** Limits a signature to this many characters, marks removed. */
    public static final int MAX_CHARS = 30;

    private static final String MARKS = "'\"‘’“”`-–—~";
    private static final String CLOSING_QUOTES = "'\"‘’“”";
    private static final Pattern FORBIDDEN = Pattern.compile(
            "[:@/\\\\?]|www\\.|\\b\\d{1,2}[:.]\\d{2}\\b|\\.\\.|…");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]*)*");
    private static final Set<String> NOT_HANDLES = Set.of(
            // function words
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "am", "it", "its", "it's", "this", "that", "these", "those",
            "there", "here", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
            "they", "them", "their", "who", "what", "why", "how", "when", "where", "which", "not", "no", "yes",
            "so", "too", "very", "just", "only", "also", "all", "any", "some", "more", "most", "much", "many",
            "one", "ok", "okay", "oh", "ah", "eh", "lol", "wtf", "ffs", "imo", "imho", "fyi", "ps", "nb", "etc",
            "eg", "ie", "now", "then", "still", "again", "never", "ever", "always", "do", "don't", "did", "does",
            // courtesies
            "thanks", "thank", "thankyou", "cheers", "regards", "wishes", "best", "kind", "sincerely", "yours",
            "love", "welcome", "sorry", "please", "hello", "hi", "dear", "bye", "goodnight", "morning",
            // reactions
            "agreed", "agree", "disagree", "exactly", "indeed", "absolutely", "quite", "true", "false", "correct",
            "wrong", "right", "well", "said", "spot", "hear", "great", "good", "nice", "excellent", "brilliant",
            "superb", "fantastic", "amazing", "awful", "terrible", "dreadful", "sad", "shame", "shameful",
            "disgraceful", "disgusting", "shocking", "appalling", "outrageous", "ridiculous", "rubbish",
            "nonsense", "unbelievable", "incredible", "typical", "classic", "priceless", "wow", "bravo", "amen",
            "ditto", "same", "really", "seriously", "interesting", "discuss", "enough", "solidarity", "respect",
            "watch", "space", "happy", "merry", "christmas", "new", "year", "easter", "sigh", "doh", "hmm",
            // anonymous and roles
            "anon", "anonymous", "annon", "anonymously", "unknown", "secretary", "officer", "manager", "director",
            "chair", "general", "assistant", "chief", "deputy",
            // page furniture and source lines
            "reply", "delete", "replies", "source", "link", "via", "update", "edit", "edited");

    private Handles() {
    }

    /** Returns the normalised handle a comment is signed with, or empty when its last line is no signature. */
    public static Optional<String> signOff(String text) {
        return find(text).map(SignOff::handle);
    }

    /**
     * A signature line.
     *
     * @param handle    the normalised handle
     * @param asWritten the signature as written, marks removed ("Getafix")
     * @param lineStart offset where the signature line starts
     */
    record SignOff(String handle, String asWritten, int lineStart) {
    }

    /** Returns the signature of a comment with its place, or empty. */
    static Optional<SignOff> find(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        String before = text.substring(0, lineStart);
        if (end == 0 || before.isBlank()) {
            return Optional.empty();
        }
        String line = text.substring(lineStart, end).strip();
        boolean marked = MARKS.indexOf(line.charAt(0)) >= 0;
        String cleaned = strip(line);
        boolean punctuated = !cleaned.isEmpty() && ".!,".indexOf(cleaned.charAt(cleaned.length() - 1)) >= 0;
        if (punctuated) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (cleaned.isEmpty() || cleaned.length() > MAX_CHARS || FORBIDDEN.matcher(cleaned).find()
                || punctuated && !marked) {
            return Optional.empty();
        }
        String[] words = cleaned.split("\\s+");
        if (words.length > MAX_WORDS) {
            return Optional.empty();
        }
        for (String w : words) {
            boolean hasLetter = w.chars().anyMatch(Character::isLetter);
            String lower = w.toLowerCase(Locale.ROOT).replace("’", "'");
            if (!hasLetter || !WORD.matcher(w).matches() || NOT_HANDLES.contains(lower)
                    || !marked && !Character.isUpperCase(w.codePointAt(0))) {
                return Optional.empty();
            }
        }
        if (!marked && words.length == 1 && usedAsWord(before, words[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String handle = cleaned.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
        return Optional.of(new SignOff(handle, cleaned, lineStart));
    }

    private static String strip(String line) {
        int from = 0;
        while (from < line.length()
                && (MARKS.indexOf(line.charAt(from)) >= 0 || Character.isWhitespace(line.charAt(from)))) {
            from++;
        }
        int to = line.length();
        while (to > from
                && (CLOSING_QUOTES.indexOf(line.charAt(to - 1)) >= 0 || Character.isWhitespace(line.charAt(to - 1)))) {
            to--;
        }
        return line.substring(from, to);
    }

    private static boolean usedAsWord(String text, String lower) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }
}
