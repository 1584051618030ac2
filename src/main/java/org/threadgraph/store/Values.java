package org.threadgraph.store;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** Turns driver values into plain Java maps, lists, strings and numbers for callers outside the store. */
final class Values {

    private Values() {
    }

    static Map<String, Object> plainRow(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : record.keys()) {
            row.put(key, plain(record.get(key)));
        }
        return row;
    }

    static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Object o = value.asObject();
        return plainObject(o);
    }

    private static Object plainObject(Object o) {
        if (o instanceof Node n) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("_labels", toList(n.labels()));
            n.asMap(Values::plain).forEach(m::put);
            return m;
        }
        if (o instanceof Relationship r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("_type", r.type());
            r.asMap(Values::plain).forEach(m::put);
            return m;
        }
        if (o instanceof Path p) {
            List<Object> nodes = new ArrayList<>();
            p.nodes().forEach(n -> nodes.add(plainObject(n)));
            return nodes;
        }
        if (o instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plainObject(x)));
            return out;
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plainObject(v)));
            return out;
        }
        return o;
    }

    private static List<String> toList(Iterable<String> it) {
        List<String> l = new ArrayList<>();
        it.forEach(l::add);
        return l;
    }
}
