package fr.espacefamille.domain.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.shared.Money;

/**
 * A direct-debit file (pain.008) made for an issued billing run: its message id, the requested
 * collection date, how many invoices it collects and their total, when it was made and when finance
 * staff marked it executed after the bank statement.
 */
public record DirectDebitFile(DirectDebitFileId id, Regie regie, BillingRunId run, String messageId, LocalDate collectionDate,
        int count, Money total, Instant createdAt, String createdBy, LocalDate executedOn) {

    public DirectDebitFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(collectionDate, "collectionDate");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (messageId == null || !messageId.matches("[A-Za-z0-9-]{1,30}")) {
            throw new IllegalArgumentException("Message id: " + messageId);
        }
        if (count < 1 || !total.isPositive()) {
            throw new IllegalArgumentException("A file collects at least one invoice");
        }
    }

    public boolean executed() {
        return executedOn != null;
    }

    public DirectDebitFile executedOn(LocalDate day) {
        return new DirectDebitFile(id, regie, run, messageId, collectionDate, count, total, createdAt, createdBy, day);
    }
}
