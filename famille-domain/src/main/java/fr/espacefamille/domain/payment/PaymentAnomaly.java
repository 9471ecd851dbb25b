package fr.espacefamille.domain.payment;

import java.time.Instant;
import java.util.Objects;

import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.shared.Money;

/**
 * Money the provider says it took that the portal did not record as a payment (a wrong amount, an
 * invoice already settled meanwhile...): finance staff check it and refund or record it by hand.
 * {@code invoice} and {@code expected} are absent when the reference names no attempt of ours.
 */
public record PaymentAnomaly(PaymentAnomalyId id, String reference, InvoiceId invoice, Money expected, Money received,
        String transaction, String code, Instant at, String note) {

    public PaymentAnomaly {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
