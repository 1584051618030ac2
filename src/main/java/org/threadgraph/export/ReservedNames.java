package org.threadgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Moves attribute names a file format reserves for itself (GEXF's {@code label} and {@code type},
 * Graphviz's {@code label}, {@code size}, {@code color}…) out of the way: such an attribute is
 * written as {@code property_NAME}.
 */
final class ReservedNames {

    /** The prefix a reserved name gets. */
    static final String PREFIX = "property_";

    private ReservedNames() {
    }

    /** Returns the attributes with every reserved name prefixed, in the same order. */
    static Map<String, Object> rename(Map<String, Object> attributes, Set<String> reserved) {
        Map<String, Object> out = new LinkedHashMap<>();
        attributes.forEach((name, value) -> out.put(reserved.contains(name) ? PREFIX + name : name, value));
        return out;
    }

    /** Returns the types with every reserved name prefixed, in the same order. */
    static Map<String, PropertyType> renameTypes(Map<String, PropertyType> types, Set<String> reserved) {
        Map<String, PropertyType> out = new LinkedHashMap<>();
        types.forEach((name, type) -> out.put(reserved.contains(name) ? PREFIX + name : name, type));
        return out;
    }
}
