package fr.espacefamille.adapter.jdbc.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.jdbi.v3.core.statement.PreparedBatch;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.audit.AuditEntry;
import fr.espacefamille.application.audit.AuditLog;

/** {@link AuditLog} in the append-only {@code audit_log} table. */
public final class JdbiAuditLog implements AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_log (at, actor, action, target, before_state, after_state)
            VALUES (:at, :actor, :action, :target, :before, :after)
            """;
    private static final String BETWEEN = """
            SELECT at, actor, action, target, before_state, after_state FROM audit_log
            WHERE at >= :from AND at < :to
            ORDER BY at, id
            LIMIT :limit OFFSET :offset
            """;

    private final JdbiContext db;

    public JdbiAuditLog(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        db.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch(INSERT);
            for (AuditEntry entry : entries) {
                batch.bindMethods(entry)
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to, int offset, int limit) {
        return db.withHandle(handle -> handle.createQuery(BETWEEN)
                .bind("from", from).bind("to", to).bind("offset", offset).bind("limit", limit)
                .map((row, ctx) -> entry(row)).list());
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(Columns.instant(row, "at"), row.getString("actor"), row.getString("action"),
                row.getString("target"), row.getString("before_state"), row.getString("after_state"));
    }
}
