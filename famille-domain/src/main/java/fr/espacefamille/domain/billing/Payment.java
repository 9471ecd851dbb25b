package fr.espacefamille.domain.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Text;

/** Money received for an invoice: how, how much, on which day, with the cheque number or bank reference if any. */
public record Payment(PaymentId id, InvoiceId invoice, PaymentMethod method, Money amount, LocalDate receivedOn,
        String reference, Instant recordedAt) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(method, "Le mode de paiement est obligatoire");
        Objects.requireNonNull(amount, "Le montant est obligatoire");
        Objects.requireNonNull(receivedOn, "La date de réception est obligatoire");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Le montant d'un paiement doit être positif");
        }
        reference = Text.optional(reference, "La référence", 100);
    }
}
