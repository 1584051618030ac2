package org.threadgraph.export;

import java.util.List;
import java.util.stream.Collectors;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

/** Turns attribute values into jgrapht-io attributes of their declared type. */
final class AttributeValues {

    private AttributeValues() {
    }

    /** Returns the jgrapht-io attribute type a property type is declared as; dates and lists are text. */
    static AttributeType declared(PropertyType type) {
        if (type.array()) {
            return AttributeType.STRING;
        }
        return switch (type.base()) {
            case BOOLEAN -> AttributeType.BOOLEAN;
            case LONG -> AttributeType.LONG;
            case DOUBLE -> AttributeType.DOUBLE;
            default -> AttributeType.STRING;
        };
    }

    /** Returns the value as an attribute of the declared type. */
    static Attribute of(Object value, PropertyType type) {
        return switch (declared(type)) {
            case BOOLEAN -> DefaultAttribute.createAttribute((Boolean) value);
            case LONG -> DefaultAttribute.createAttribute(((Number) value).longValue());
            case DOUBLE -> DefaultAttribute.createAttribute(((Number) value).doubleValue());
            default -> DefaultAttribute.createAttribute(text(value));
        };
    }

    /** Returns the value as text; list elements are joined with "; ". */
    static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }
}
