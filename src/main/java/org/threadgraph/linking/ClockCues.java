package org.threadgraph.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the clock times a comment uses to point at comments ("14:03 Your comment…", "Anon 21:54 I
 * agree", "annon@ 13:15", "Hear, hear, 20. 59", "the comment above at 17:41", "21:54 here") and
 * drops times that point at nothing (times in quotes, dates, ranges, "12:00 noon", amounts).
 */
final class ClockCues {

    /** How a clock time is used. */
    enum Kind {
        /** In the comment's opening: its first sentence, after at most {@link #OPENING_MAX_WORDS} words. */
        OPENING,
        /** Later in the text, but after an address word ("anon", "@", "comment at") or at a line start. */
        MARKED,
        /** The writer names their own earlier comment: "21:54 here", "my point at 18:42". */
        SELF
    }

    /**
     * One use of a clock time.
     *
     * @param clock the time, normalised to "HH:mm"
     * @param kind  how it is used
     * @param words the words as written, for evidence ("Anon 21:54")
     * @param start offset in the text
     */
    record Cue(String clock, Kind kind, String words, int start) {
    }

    /**
     * How many words may precede a clock in the first sentence for it to count as the opening.
     * Measured positions on the dev set: 0 ("14:55 - if"), 1 ("Anon 21:54"), 2 ("Excellent points
     * 21:54."), 3 ("So true annon@ 13:15"), 14 ("A very clear … by 21:54."); 25 keeps that margin.
     */
    static final int OPENING_MAX_WORDS = 25;

    /** A valid 24-hour HH:MM or HH.MM (one space allowed around the mark: "20. 59"), not part of a longer number. */
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\p{L}\\p{N}£$€#/.,:=_-])([01]?\\d|2[0-3])[ ]?[:.][ ]?([0-5]\\d)(?![\\p{L}\\p{N}%]|[.:,]\\d)");

    /** Words after a time that make it a time of day or an amount, not a comment's clock. */
    private static final Pattern AFTER_NOT_REFERENCE = Pattern.compile(
            "(?i)^\\s*(?:a\\.?m\\b\\.?|p\\.?m\\b\\.?|noon|midnight|midday|hrs?\\b|hours?\\b|h\\b|o'?clock|mins?\\b|minutes?\\b"
            + "|secs?\\b|seconds?\\b|percent|per\\b|million|billion|bn\\b|m\\b|k\\b|x\\b|times\\b|gmt|bst|utc|tomorrow|tonight"
            + "|today|on\\s+(?:mon|tue|wed|thu|fri|sat|sun|\\d))");

    /** A time right after a date ("16th Dec 2019 12:00", "Monday 10:00") or a time preposition is a time of day. */
    private static final Pattern BEFORE_NOT_REFERENCE = Pattern.compile(
            "(?i)(?:\\b(?:19|20)\\d\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
            + "|\\b(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|\\b(?:from|until|till|between|since|before|after"
            + "|starts?|starting|begins?|opens?|closes?|closing|deadline|meeting|due|noon|midnight))\\s*[,@]?\\s*(?:at\\s+|by\\s+)?$");

    /** A range "10:00-12:00", "10.30 to 11.30": both ends are times of day. */
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:-|–|—|to|until|till)\\s*([01]?\\d|2[0-3])[ ]?[:.][ ]?[0-5]\\d");
    private static final Pattern RANGE_BEFORE = Pattern.compile("([01]?\\d|2[0-3])[ ]?[:.][ ]?[0-5]\\d\\s*(?:-|–|—|to|until|till)\\s*$");

    /** Address words right before a clock: "Anon", "annon@", "anonymous at", "@", "comment (above) at", "poster @". */
    private static final Pattern MARKER_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:an+on\\w*|anom\\w*)\\s*(?:@|at\\b)?|@|\\b(?:comment|post|poster|point|remark|message|reply"
            + "|contribution|commenter|contributor|response)s?\\s+(?:(?:just\\s+|directly\\s+)?(?:above|below|earlier)\\s+)?"
            + "(?:at|@|of)\\b)\\s*$");

    /** "21:54 here" (also "Anon 21:54 here", "21:54 again") at the start of a line. */
    private static final Pattern SELF_HERE_BEFORE = Pattern.compile("(?i)(?:^|\\n)[\\s(\\[-]*(?:(?:an+on\\w*)\\s*@?\\s*)?$");
    private static final Pattern SELF_HERE_AFTER = Pattern.compile("(?i)^\\s*(?:here|again)\\b");

    /** "my point at 18:42", "my earlier comment @ 18:42" (the form seen on the dev set; "I said at" is not). */
    private static final Pattern SELF_MY_BEFORE = Pattern.compile(
            "(?i)\\bmy\\s+(?:\\w+\\s+){0,2}?(?:point|comment|post|reply|remark|contribution|message|response)s?"
            + "\\s+(?:at|@)\\s*$");

    private ClockCues() {
    }

    /** Returns the clock cues of a text in text order; times that are no reference are left out. */
    static List<Cue> find(String rawText) {
        String text = Wording.plain(rawText);
        List<Wording.Span> quoted = Wording.quotedSpans(text);
        Matcher m = CLOCK.matcher(text);
        List<int[]> clocks = new ArrayList<>();
        while (m.find()) {
            clocks.add(new int[] {m.start(), m.end()});
        }
        int openingEnd = openingEnd(text, clocks);
        List<Cue> out = new ArrayList<>();
        for (int[] c : clocks) {
            int start = c[0];
            int end = c[1];
            String before = text.substring(Math.max(0, start - 60), start);
            String after = text.substring(end, Math.min(text.length(), end + 30));
            if (Wording.inside(quoted, start) || AFTER_NOT_REFERENCE.matcher(after).find()
                    || BEFORE_NOT_REFERENCE.matcher(before).find() || RANGE_AFTER.matcher(after).find()
                    || RANGE_BEFORE.matcher(before).find()) {
                continue;
            }
            String clock = normalise(text.substring(start, end));
            Matcher marker = MARKER_BEFORE.matcher(before);
            boolean marked = marker.find();
            String words = (marked ? before.substring(marker.start()) : "") + text.substring(start, end);
            if (SELF_HERE_BEFORE.matcher(before).find() && SELF_HERE_AFTER.matcher(after).find()) {
                Matcher here = SELF_HERE_AFTER.matcher(after);
                here.find();
                out.add(new Cue(clock, Kind.SELF, (words + after.substring(0, here.end())).strip(), start));
                continue;
            }
            Matcher my = SELF_MY_BEFORE.matcher(before);
            if (my.find()) {
                out.add(new Cue(clock, Kind.SELF, (before.substring(my.start()) + text.substring(start, end)).strip(), start));
                continue;
            }
            if (start < openingEnd && wordsBefore(text, start) <= OPENING_MAX_WORDS) {
                out.add(new Cue(clock, Kind.OPENING, openingWords(text, start, end), start));
            } else if (marked || atLineStart(text, start)) {
                out.add(new Cue(clock, Kind.MARKED, words.strip(), start));
            }
        }
        return out;
    }

    /** Returns "HH:mm" for "9.05", "20. 59", "21:54". */
    static String normalise(String clock) {
        String digits = clock.replaceAll("[^0-9:.]", "");
        String[] parts = digits.split("[:.]");
        int h = Integer.parseInt(parts[0]);
        return String.format(Locale.ROOT, "%02d:%s", h, parts[1]);
    }

    /** End of the first sentence: the first . ! ? followed by a space, or a line break, after some text. */
    private static int openingEnd(String text, List<int[]> clocks) {
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!seen) {
                seen = !Character.isWhitespace(ch);
                continue;
            }
            if (ch == '\n') {
                return i;
            }
            if ((ch == '.' || ch == '!' || ch == '?') && inClock(clocks, i) == false
                    && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean inClock(List<int[]> clocks, int at) {
        for (int[] c : clocks) {
            if (at >= c[0] && at < c[1]) {
                return true;
            }
        }
        return false;
    }

    private static int wordsBefore(String text, int start) {
        String s = text.substring(0, start).strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static boolean atLineStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) != '\n' && !Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** The opening words up to the clock, at most the last six: "Excellent points 21:54". */
    private static String openingWords(String text, int start, int end) {
        String[] before = text.substring(0, start).strip().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, before.length - 6); i < before.length; i++) {
            if (!before[i].isEmpty()) {
                b.append(before[i]).append(' ');
            }
        }
        return (b + text.substring(start, end)).strip();
    }
}
