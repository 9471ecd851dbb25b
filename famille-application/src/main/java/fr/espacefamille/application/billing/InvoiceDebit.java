package fr.espacefamille.application.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import fr.espacefamille.domain.billing.CollectionStatus;
import fr.espacefamille.domain.billing.Iban;
import fr.espacefamille.domain.billing.RejectReason;

/**
 * How an invoice is paid by direct debit, as the invoice and its PDF say it: scheduled (active
 * mandate, no file yet: {@code status} null), in a file (collected on {@code date}), or rejected.
 */
public record InvoiceDebit(CollectionStatus status, LocalDate date, Iban iban, RejectReason reason) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** « Prélevé le 15/10/2026 sur le compte FR76 **** …0189 », « Prélèvement programmé sur le compte … » or the reject. */
    public String sentence() {
        if (status == null) {
            return "Prélèvement programmé sur le compte " + iban.shortMasked();
        }
        return switch (status) {
            case PENDING, COLLECTED -> "Prélevé le " + DAY.format(date) + " sur le compte " + iban.shortMasked();
            case REJECTED -> "Prélèvement du " + DAY.format(date) + " rejeté : " + reason.frenchLabel().toLowerCase(java.util.Locale.FRENCH);
        };
    }

    /** Whether card payment is not offered: the invoice is (or will be) collected by direct debit. */
    public boolean collects() {
        return status != CollectionStatus.REJECTED;
    }
}
