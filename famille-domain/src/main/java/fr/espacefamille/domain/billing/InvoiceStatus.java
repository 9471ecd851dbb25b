package fr.espacefamille.domain.billing;

import java.time.LocalDate;

import fr.espacefamille.domain.shared.Money;

/**
 * Where an invoice stands on a day. A draft is not yet an invoice. Issued invoices are ISSUED,
 * then PARTIALLY_PAID, then PAID when nothing is left; OVERDUE whenever the due date has passed
 * with a balance left, paid in part or not; TRANSFERRED once handed to the Trésor public with a
 * balance left (SPEC §11). A credit note settles the part it covers like a payment.
 */
public enum InvoiceStatus {
    DRAFT("Brouillon"),
    ISSUED("À payer"),
    PARTIALLY_PAID("Partiellement payée"),
    PAID("Payée"),
    OVERDUE("En retard"),
    TRANSFERRED("Transmise au Trésor public");

    private final String frenchLabel;

    InvoiceStatus(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    public static InvoiceStatus of(boolean issued, Money total, Money settled, LocalDate dueOn, boolean transferred,
            LocalDate today) {
        if (!issued) {
            return DRAFT;
        }
        Money balance = total.minus(settled);
        if (!balance.isPositive()) {
            return PAID;
        }
        if (transferred) {
            return TRANSFERRED;
        }
        if (DueDatePolicy.isOverdue(dueOn, today)) {
            return OVERDUE;
        }
        return settled.isPositive() ? PARTIALLY_PAID : ISSUED;
    }
}
