package fr.espacefamille.adapter.jdbc.billing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes many rows with few statements, {@code INSERT … VALUES (…), (…), …} a chunk at a time:
 * fast on PostgreSQL and H2 alike, whatever the JDBC driver's batching settings. Each column has
 * its Java type so that nulls are bound typed.
 */
final class MultiRowInsert {

    /** Rows per statement: well under PostgreSQL's 65,535 parameters for any of our tables. */
    private static final int ROWS_PER_STATEMENT = 500;

    private final String head;
    private final List<Class<?>> types;
    private final List<Object[]> rows = new ArrayList<>();

    MultiRowInsert(String table, List<String> columns, List<Class<?>> types) {
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException("One type per column");
        }
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.types = List.copyOf(types);
    }

    void add(Object... values) {
        if (values.length != types.size()) {
            throw new IllegalArgumentException("Expected " + types.size() + " values, got " + values.length);
        }
        rows.add(values);
    }

    void execute(Handle handle) {
        String row = "(" + String.join(", ", Collections.nCopies(types.size(), "?")) + ")";
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            Update insert = handle.createUpdate(head + String.join(", ", Collections.nCopies(chunk.size(), row)));
            int position = 0;
            for (Object[] values : chunk) {
                for (int column = 0; column < values.length; column++) {
                    insert.bindByType(position++, values[column], types.get(column));
                }
            }
            insert.execute();
        }
        rows.clear();
    }
}
