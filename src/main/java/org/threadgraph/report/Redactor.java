package org.threadgraph.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides e-mail addresses and UK phone numbers in comment text: mobiles ({@code 07700 900123}),
 * London and other geographic numbers ({@code 020 7946 0018}, {@code (01632) 960001}) and
 * international forms ({@code +44 20 7946 0958}, {@code +44 (0)7700 900123}).
 */
final class Redactor {

    /** Leaves text as it is. */
    static final Redactor NONE = new Redactor(false);
    /** Hides addresses and numbers. */
    static final Redactor ON = new Redactor(true);

    static final String EMAIL_MARK = "[e-mail removed]";
    static final String PHONE_MARK = "[phone removed]";

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    // A 0 or +44 start, then digits with single spaces, hyphens or an area code in brackets; the
    // digit count is checked afterwards (10 or 11 digits in national form).
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+44[\\s-]?(?:\\(0\\)[\\s-]?)?\\(?|\\(?0)\\d{2,4}\\)?(?:[\\s-]?\\d){5,8}(?!\\d)");

    private final boolean on;

    private Redactor(boolean on) {
        this.on = on;
    }

    /** Returns the redactor for the {@code --redact} flag. */
    static Redactor of(boolean redact) {
        return redact ? ON : NONE;
    }

    /** Returns the text with every e-mail address and UK phone number replaced by a mark, when on. */
    String apply(String text) {
        if (!on || text == null) {
            return text;
        }
        String noMail = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL_MARK));
        Matcher m = PHONE.matcher(noMail);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(isUkNumber(m.group()) ? PHONE_MARK : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static boolean isUkNumber(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        String national = candidate.startsWith("+44") ? "0" + digits.substring(2).replaceFirst("^0", "") : digits;
        return national.length() == 10 || national.length() == 11;
    }
}
