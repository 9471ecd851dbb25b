package fr.espacefamille.adapter.jdbc.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.billing.BillingRuns;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.shared.Money;

/**
 * {@link BillingRuns} in {@code billing_runs}. Unique keys make a month issued once and give it
 * one draft at most; {@link #lockRegie} locks the régie's row in {@code billing_regies}.
 */
public final class JdbiBillingRuns implements BillingRuns {

    private static final String COLUMNS = """
            SELECT id, regie, billed_month, status, started_at, started_by, issued_on, invoice_count, total_cents
            FROM billing_runs
            """;

    private final JdbiContext db;

    public JdbiBillingRuns(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void lockRegie(Regie regie) {
        db.useHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("A régie is locked for the transaction of its run");
            }
            handle.createQuery("SELECT regie FROM billing_regies WHERE regie = :regie FOR UPDATE").bind("regie", regie)
                    .mapTo(String.class).one();
        });
    }

    @Override
    public void add(BillingRun run) {
        db.useHandle(handle -> bind(handle.createUpdate("""
                INSERT INTO billing_runs (id, regie, billed_month, status, started_at, started_by, issued_on, invoice_count,
                                          total_cents, issued_key, draft_key)
                VALUES (:id, :regie, :month, :status, :startedAt, :startedBy, :issuedOn, :count, :total, :issuedKey, :draftKey)
                """), run).bindMethods(run)
                .bind("month", run.month().toString())
                .bind("issuedKey", run.issued() ? key(run.regie(), run.month()) : null)
                .bind("draftKey", run.issued() ? null : key(run.regie(), run.month()))
                .execute());
    }

    @Override
    public void update(BillingRun run) {
        db.useHandle(handle -> {
            if (bind(handle.createUpdate("UPDATE billing_runs SET invoice_count = :count, total_cents = :total WHERE id = :id"), run)
                    .execute() == 0) {
                throw new IllegalStateException("Unknown run: " + run.id());
            }
        });
    }

    private static Update bind(Update update, BillingRun run) {
        return update.bind("id", run.id()).bind("count", run.invoiceCount()).bind("total", run.total().cents());
    }

    private static String key(Regie regie, YearMonth month) {
        return regie.name() + "/" + month;
    }

    @Override
    public void remove(BillingRunId id) {
        db.useHandle(handle -> handle.createUpdate("DELETE FROM billing_runs WHERE id = :id").bind("id", id).execute());
    }

    @Override
    public Optional<BillingRun> byId(BillingRunId id) {
        return db.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE id = :id").bind("id", id)
                .map(JdbiBillingRuns::run).findOne());
    }

    @Override
    public Optional<BillingRun> issued(Regie regie, YearMonth month) {
        return db.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE issued_key = :key").bind("key", key(regie, month))
                .map(JdbiBillingRuns::run).findOne());
    }

    @Override
    public Optional<BillingRun> draft(Regie regie, YearMonth month) {
        return db.withHandle(handle -> handle.createQuery(COLUMNS + "WHERE draft_key = :key").bind("key", key(regie, month))
                .map(JdbiBillingRuns::run).findOne());
    }

    @Override
    public Optional<YearMonth> lastIssuedMonth(Regie regie) {
        return db.withHandle(handle -> handle.createQuery(
                "SELECT MAX(billed_month) FROM billing_runs WHERE regie = :regie AND status = 'ISSUED'")
                .bind("regie", regie).mapTo(String.class).findOne().map(YearMonth::parse));
    }

    @Override
    public List<BillingRun> latest(int limit) {
        return db.withHandle(handle -> handle.createQuery(COLUMNS + "ORDER BY started_at DESC, id LIMIT :limit").bind("limit", limit)
                .map(JdbiBillingRuns::run).list());
    }

    private static BillingRun run(ResultSet row, StatementContext ctx) throws SQLException {
        return new BillingRun(Columns.get(row, "id", BillingRunId.class, ctx), Columns.get(row, "regie", Regie.class, ctx),
                YearMonth.parse(row.getString("billed_month")), Columns.get(row, "status", BillingRun.Status.class, ctx),
                Columns.instant(row, "started_at"), row.getString("started_by"), Columns.date(row, "issued_on"),
                row.getInt("invoice_count"), Columns.get(row, "total_cents", Money.class, ctx));
    }
}
