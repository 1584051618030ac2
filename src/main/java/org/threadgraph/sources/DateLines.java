package org.threadgraph.sources;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates blogs print in date headers and citations: "Tuesday 23 February 2016",
 * "Sunday, 3 July 2022", "February 23, 2016", "23/02/2016".
 */
public final class DateLines {

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(january|february|march|april|may|june|july|august|september"
                    + "|october|november|december)\\s*,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,\\s*(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Pattern WEEKDAY_LINE = Pattern.compile(
            "(?i)^\\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+.*\\d{4}\\s*$");

    private DateLines() {
    }

    /** Returns the first date found in the text, or empty when there is none. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = MONTH_DAY_YEAR.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            m = NUMERIC.matcher(text);
            if (m.find()) { // day first, as UK blogs write it
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "31 February": not a date
        }
        return Optional.empty();
    }

    /** Returns true when the whole line is a date header such as "Sunday, 3 July 2022". */
    public static boolean isDateHeader(String line) {
        return line != null && WEEKDAY_LINE.matcher(line).matches() && find(line).isPresent();
    }

    /** Returns the date in the ISO form used in the graph, e.g. 2016-02-23. */
    public static String iso(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }
}
