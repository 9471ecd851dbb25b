package fr.espacefamille.adapter.jdbc.privacy;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jdbi.v3.core.result.ResultIterator;

import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.privacy.FamilyRecords;
import fr.espacefamille.domain.family.FamilyId;

/**
 * {@link FamilyRecords} read table by table along {@link FamilyTables}, then the audit entries
 * about the family; rows are streamed from the database to the sink, never all held at once.
 */
public final class JdbiFamilyRecords implements FamilyRecords {

    private final JdbiContext db;

    public JdbiFamilyRecords(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void export(FamilyId family, Sink sink) {
        for (FamilyTables.Table table : FamilyTables.TABLES) {
            if (table.exported()) {
                stream(family, table.name(), "SELECT * FROM " + table.name() + " WHERE " + table.reach(), sink);
            }
        }
        stream(family, "audit_log", "SELECT at, actor, action, target, before_state, after_state FROM audit_log WHERE "
                + FamilyTables.AUDIT_ABOUT_FAMILY + " ORDER BY at, id", sink);
    }

    private void stream(FamilyId family, String kind, String sql, Sink sink) {
        db.useHandle(handle -> {
            try (ResultIterator<Map<String, Object>> rows = handle.createQuery(sql).bind("family", family).mapToMap().iterator()) {
                sink.records(kind, new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return rows.hasNext();
                    }

                    @Override
                    public Map<String, Object> next() {
                        return plain(rows.next());
                    }
                });
            }
        });
    }

    /** The row with its secrets left out, IBANs masked, and JDBC types turned into text, numbers and booleans. */
    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> record = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            String name = column.toLowerCase(java.util.Locale.ROOT);
            if (!FamilyTables.SECRET_COLUMNS.contains(name)) {
                record.put(name, FamilyTables.MASKED_COLUMNS.contains(name) ? masked(value) : plain(value));
            }
        });
        return record;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof OffsetDateTime moment) {
            return moment.toInstant().toString();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof Time time) {
            return time.toLocalTime().toString();
        }
        if (value instanceof UUID || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        return value;
    }

    private static Object masked(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return "•".repeat(Math.max(0, text.length() - 4)) + text.substring(Math.max(0, text.length() - 4));
    }
}
