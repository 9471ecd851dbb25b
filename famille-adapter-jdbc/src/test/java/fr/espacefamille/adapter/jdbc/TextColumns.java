package fr.espacefamille.adapter.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;

/** A search of every text column of every table of the schema, for values that must be gone (anonymisation). */
public final class TextColumns {

    private TextColumns() {
    }

    /** Each value still found (case-insensitively, anywhere in a text), as "table.column: value". */
    public static List<String> holding(JdbiContext db, List<String> values) {
        return db.withHandle(handle -> {
            List<String> found = new ArrayList<>();
            List<Map<String, Object>> columns = handle.createQuery("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE LOWER(table_schema) = 'public' AND LOWER(data_type) IN ('character varying', 'text', 'character large object')")
                    .mapToMap().list();
            if (columns.size() < 50) {
                throw new IllegalStateException("the schema's text columns were not found: " + columns.size());
            }
            for (Map<String, Object> column : columns) {
                String table = column.get("table_name").toString().toLowerCase(Locale.ROOT);
                String name = column.get("column_name").toString().toLowerCase(Locale.ROOT);
                for (String value : values) {
                    if (handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE LOWER(" + name + ") LIKE :v")
                            .bind("v", "%" + value.toLowerCase(Locale.ROOT) + "%").mapTo(Long.class).one() > 0) {
                        found.add(table + "." + name + ": " + value);
                    }
                }
            }
            return found;
        });
    }
}
