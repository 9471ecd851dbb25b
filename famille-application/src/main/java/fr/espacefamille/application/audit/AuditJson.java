package fr.espacefamille.application.audit;

/** The short JSON objects of the audit log's before/after columns, with their strings escaped. */
public final class AuditJson {

    private AuditJson() {
    }

    /** {@code {"k1":"v1","k2":true,...}} from alternating names and values; a null value is written {@code null}. */
    public static String of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append(string(String.valueOf(namesAndValues[i]))).append(':');
            Object value = namesAndValues[i + 1];
            json.append(value == null ? "null" : value instanceof Boolean || value instanceof Number
                    ? value.toString() : string(value.toString()));
        }
        return json.append('}').toString();
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
