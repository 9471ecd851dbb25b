package fr.espacefamille.adapter.jdbc.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.payment.PaymentNotifications;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.payment.PaymentAnomaly;
import fr.espacefamille.domain.payment.PaymentAnomalyId;
import fr.espacefamille.domain.shared.Money;

/**
 * {@link PaymentNotifications} in {@code payment_notifications}, whose UNIQUE (reference, trans)
 * lets one copy of a notification in, whatever arrives concurrently, and {@code payment_anomalies}.
 */
public final class JdbiPaymentNotifications implements PaymentNotifications {

    private final JdbiContext db;

    public JdbiPaymentNotifications(JdbiContext db) {
        this.db = db;
    }

    @Override
    public boolean addIfNew(Received notification) {
        return db.withHandle(handle -> handle.createUpdate("INSERT INTO payment_notifications (reference, trans, raw_query, "
                + "received_at, outcome) VALUES (:reference, :trans, :query, :at, :outcome) ON CONFLICT DO NOTHING")
                .bind("reference", notification.reference())
                .bind("trans", notification.transaction())
                .bind("query", notification.query())
                .bind("at", notification.receivedAt())
                .bind("outcome", notification.outcome())
                .execute()) == 1;
    }

    @Override
    public void addAnomaly(PaymentAnomaly anomaly) {
        db.useHandle(handle -> handle.createUpdate("INSERT INTO payment_anomalies (id, reference, invoice_id, expected_cents, "
                + "received_cents, trans, code, at, note) VALUES (:id, :reference, :invoice, :expected, :received, :trans, :code, :at, :note)").bindMethods(anomaly)
                .bindByType("invoice", anomaly.invoice() == null ? null : anomaly.invoice().value(), UUID.class)
                .bind("expected", anomaly.expected() == null ? null : Long.valueOf(anomaly.expected().cents()))
                .bind("received", anomaly.received().cents())
                .bind("trans", anomaly.transaction())
                .execute());
    }

    @Override
    public List<PaymentAnomaly> anomalies() {
        return db.withHandle(handle -> handle.createQuery("SELECT * FROM payment_anomalies ORDER BY at DESC, id")
                .map(JdbiPaymentNotifications::anomaly).list());
    }

    private static PaymentAnomaly anomaly(ResultSet row, StatementContext ctx) throws SQLException {
        long expected = row.getLong("expected_cents");
        boolean hasExpected = !row.wasNull();
        return new PaymentAnomaly(Columns.get(row, "id", PaymentAnomalyId.class, ctx), row.getString("reference"),
                Columns.get(row, "invoice_id", InvoiceId.class, ctx), hasExpected ? Money.ofCents(expected) : null,
                Columns.get(row, "received_cents", Money.class, ctx), row.getString("trans"), row.getString("code"),
                Columns.instant(row, "at"), row.getString("note"));
    }
}
