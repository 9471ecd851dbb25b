package fr.espacefamille.adapter.jdbc.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.jdbi.v3.core.statement.StatementContext;

import fr.espacefamille.adapter.jdbc.shared.Columns;
import fr.espacefamille.adapter.jdbc.shared.JdbiContext;
import fr.espacefamille.application.payment.PaymentAttempts;
import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.payment.AttemptStatus;
import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.payment.PaymentAttemptId;
import fr.espacefamille.domain.payment.PaymentReference;
import fr.espacefamille.domain.shared.Money;

/** {@link PaymentAttempts} in {@code payment_attempts}. */
public final class JdbiPaymentAttempts implements PaymentAttempts {

    private final JdbiContext db;

    public JdbiPaymentAttempts(JdbiContext db) {
        this.db = db;
    }

    @Override
    public void add(PaymentAttempt attempt) {
        db.useHandle(handle -> handle.createUpdate("INSERT INTO payment_attempts (id, reference, invoice_id, family_id, "
                + "payer_account_id, amount_cents, status, last_code, last_meaning, created_at, updated_at) VALUES (:id, :reference, "
                + ":invoice, :family, :payer, :amount, :status, :code, :meaning, :createdAt, :updatedAt)").bindMethods(attempt)
                .bind("reference", attempt.reference().value())
                .bind("amount", attempt.amount().cents())
                .bind("code", attempt.lastCode())
                .bind("meaning", attempt.lastMeaning())
                .execute());
    }

    @Override
    public void update(PaymentAttempt attempt) {
        int updated = db.withHandle(handle -> handle.createUpdate("UPDATE payment_attempts SET status = :status, last_code = :code, "
                + "last_meaning = :meaning, updated_at = :updatedAt WHERE reference = :reference")
                .bind("reference", attempt.reference().value())
                .bind("status", attempt.status())
                .bind("code", attempt.lastCode())
                .bind("meaning", attempt.lastMeaning())
                .bind("updatedAt", attempt.updatedAt())
                .execute());
        if (updated != 1) {
            throw new IllegalStateException("Unknown payment attempt: " + attempt.reference());
        }
    }

    @Override
    public Optional<PaymentAttempt> byReference(PaymentReference reference) {
        return db.withHandle(handle -> handle.createQuery("SELECT * FROM payment_attempts WHERE reference = :reference")
                .bind("reference", reference.value())
                .map(JdbiPaymentAttempts::attempt).findOne());
    }

    private static PaymentAttempt attempt(ResultSet row, StatementContext ctx) throws SQLException {
        return new PaymentAttempt(Columns.get(row, "id", PaymentAttemptId.class, ctx), new PaymentReference(row.getString("reference")),
                Columns.get(row, "invoice_id", InvoiceId.class, ctx), Columns.get(row, "family_id", FamilyId.class, ctx),
                Columns.get(row, "payer_account_id", AccountId.class, ctx), Columns.get(row, "amount_cents", Money.class, ctx),
                Columns.get(row, "status", AttemptStatus.class, ctx), row.getString("last_code"), row.getString("last_meaning"),
                Columns.instant(row, "created_at"), Columns.instant(row, "updated_at"));
    }
}
