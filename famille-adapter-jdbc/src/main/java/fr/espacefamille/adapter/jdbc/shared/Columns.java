package fr.espacefamille.adapter.jdbc.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads typed columns the same way on PostgreSQL and H2; SQL NULL reads as {@code null}. In a row mapper,
 * {@link #get} reads a column by the mapper Jdbi has for its type: the domain's ids and {@code Money}
 * ({@code DomainValues}), enums by name.
 */
public final class Columns {

    private Columns() {
    }

    /** The column read by the column mapper registered for {@code type}. */
    public static <T> T get(ResultSet row, String column, Class<T> type, StatementContext context) throws SQLException {
        return context.findColumnMapperFor(type)
                .orElseThrow(() -> new IllegalStateException("No column mapper for " + type.getName()))
                .map(row, column, context);
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
