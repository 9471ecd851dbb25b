package fr.espacefamille.adapter.jdbc.canteen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.domain.calendar.DateRange;
import fr.espacefamille.domain.family.ChildId;

/** Reads a per-child, per-day table for many children at once, grouped by child then day. */
final class ChildDays {

    /** Reads the value of one row. */
    @FunctionalInterface
    interface Value<V> {
        V of(ResultSet row, StatementContext ctx) throws SQLException;
    }

    private ChildDays() {
    }

    /**
     * Runs {@code select}, which must read {@code child_id} and a day column named {@code on_day}, filtered on
     * {@code child_id IN (<children>)} and that day {@code BETWEEN :from AND :to}.
     */
    static <V> Map<ChildId, SortedMap<LocalDate, V>> read(JdbiContext db, String select, Collection<ChildId> children,
            DateRange range, Value<V> value) {
        if (children.isEmpty()) {
            return Map.of();
        }
        Map<ChildId, SortedMap<LocalDate, V>> result = new HashMap<>();
        db.useHandle(handle -> handle.createQuery(select)
                .bindList("children", children.stream().map(ChildId::value).distinct().toList())
                .bind("from", range.from()).bind("to", range.to())
                .map((row, ctx) -> Map.entry(Columns.get(row, "child_id", ChildId.class, ctx), Map.entry(Columns.date(row, "on_day"), value.of(row, ctx))))
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(e.getValue().getKey(), e.getValue().getValue())));
        return result;
    }
}
