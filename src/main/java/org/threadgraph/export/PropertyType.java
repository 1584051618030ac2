package org.threadgraph.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of a stored property as the file formats declare it, inferred from the values: the
 * driver hands temporal values over as ISO strings, so dates and date-times are recognised by form.
 *
 * @param base  the type of the value, or of each element of a list
 * @param array true for a list property
 */
record PropertyType(Base base, boolean array) {

    /** A scalar type. */
    enum Base {
        BOOLEAN("boolean"), LONG("long"), DOUBLE("double"), DATE("date"), DATETIME("datetime"), STRING("string");

        private final String neo4jName;

        Base(String neo4jName) {
            this.neo4jName = neo4jName;
        }
    }

    /** The type of a column whose values disagree: written as text. */
    static final PropertyType STRING = new PropertyType(Base.STRING, false);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})(\\[[^\\]]+])?");

    /** Returns the type of one value (not null). */
    static PropertyType of(Object value) {
        if (value instanceof List<?> list) {
            Base element = null;
            for (Object o : list) {
                if (o != null) {
                    Base b = scalar(o);
                    element = element == null ? b : merge(element, b);
                }
            }
            return new PropertyType(element == null ? Base.STRING : element, true);
        }
        return new PropertyType(scalar(value), false);
    }

    private static Base scalar(Object value) {
        if (value instanceof Boolean) {
            return Base.BOOLEAN;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Base.LONG;
        }
        if (value instanceof Number) {
            return Base.DOUBLE;
        }
        String s = String.valueOf(value);
        if (DATETIME.matcher(s).matches()) {
            return Base.DATETIME;
        }
        return DATE.matcher(s).matches() ? Base.DATE : Base.STRING;
    }

    /** Returns the type that holds values of both types: integers widen to doubles, anything else to text. */
    PropertyType merge(PropertyType other) {
        if (other == null || equals(other)) {
            return this;
        }
        if (array != other.array) {
            return STRING;
        }
        return new PropertyType(merge(base, other.base), array);
    }

    private static Base merge(Base a, Base b) {
        if (a == b) {
            return a;
        }
        boolean numbers = (a == Base.LONG || a == Base.DOUBLE) && (b == Base.LONG || b == Base.DOUBLE);
        return numbers ? Base.DOUBLE : Base.STRING;
    }

    /**
     * Returns the type as a {@code neo4j-admin database import} header names it, e.g.
     * {@code datetime}, {@code string[]}.
     */
    String neo4jName() {
        return base.neo4jName + (array ? "[]" : "");
    }

    /** Returns true for a single number (long or double). */
    boolean isNumber() {
        return !array && (base == Base.LONG || base == Base.DOUBLE);
    }
}
