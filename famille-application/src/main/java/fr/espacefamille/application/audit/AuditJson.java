package fr.espacefamille.application.audit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The short JSON objects of the audit log's before/after columns, with their strings escaped: the one
 * way the application writes JSON. Values are written as JSON numbers and booleans, {@code null}, nested
 * objects ({@link #object}, or any map), arrays (any collection), or else as the string of their {@code toString()}.
 */
public final class AuditJson {

    private AuditJson() {
    }

    /** {@code {"k1":"v1","k2":true,...}} from alternating names and values; a null value is written {@code null}. */
    public static String of(Object... namesAndValues) {
        StringBuilder json = new StringBuilder();
        write(object(namesAndValues), json);
        return json.toString();
    }

    /** A nested object for a value of {@link #of}, its names in the given order. */
    public static Map<String, Object> object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fields;
    }

    private static void write(Object value, StringBuilder json) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof BigDecimal decimal) {
            json.append(decimal.toPlainString());
        } else if (value instanceof Boolean || value instanceof Number) {
            json.append(value);
        } else if (value instanceof Map<?, ?> fields) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                json.append(first ? "" : ",").append(string(String.valueOf(field.getKey()))).append(':');
                write(field.getValue(), json);
                first = false;
            }
            json.append('}');
        } else if (value instanceof Collection<?> items) {
            json.append('[');
            boolean first = true;
            for (Object item : items) {
                json.append(first ? "" : ",");
                write(item, json);
                first = false;
            }
            json.append(']');
        } else {
            json.append(string(value.toString()));
        }
    }

    private static String string(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
