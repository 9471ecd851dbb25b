package fr.espacefamille.domain.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import fr.espacefamille.domain.shared.Money;

/**
 * A billing run of one régie and month: a draft (a preview that a later run replaces, nothing
 * numbered) or the issue of the month's invoices, which happens once. Its total is the sum of its
 * invoices.
 */
public record BillingRun(BillingRunId id, Regie regie, YearMonth month, Status status, Instant startedAt,
        String startedBy, LocalDate issuedOn, int invoiceCount, Money total) {

    public enum Status {
        DRAFT("Brouillon"), ISSUED("Émise");

        private final String frenchLabel;

        Status(String frenchLabel) {
            this.frenchLabel = frenchLabel;
        }

        public String frenchLabel() {
            return frenchLabel;
        }
    }

    public BillingRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(total, "total");
        if ((status == Status.ISSUED) != (issuedOn != null)) {
            throw new IllegalArgumentException("An issued run, and only it, has an issue date");
        }
        if (invoiceCount < 0 || total.isNegative()) {
            throw new IllegalArgumentException("A run counts invoices and money, never below zero");
        }
    }

    /** A run that has not billed anyone yet. */
    public static BillingRun start(Regie regie, YearMonth month, boolean issue, Instant now, LocalDate today, String startedBy) {
        return new BillingRun(BillingRunId.random(), regie, month, issue ? Status.ISSUED : Status.DRAFT, now, startedBy,
                issue ? today : null, 0, Money.ZERO);
    }

    /** This run having billed {@code count} more invoices totalling {@code amount}. */
    public BillingRun plus(int count, Money amount) {
        return new BillingRun(id, regie, month, status, startedAt, startedBy, issuedOn, invoiceCount + count, total.plus(amount));
    }

    public boolean issued() {
        return status == Status.ISSUED;
    }
}
