package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.util.Objects;

import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Text;

/**
 * A credit note (avoir): a correction that reduces what a family owes on an invoice, with its
 * reason, numbered in the invoice's régie sequence.
 */
public record CreditNote(CreditNoteId id, InvoiceId invoice, InvoiceNumber number, Money amount, String reason,
        LocalDate issuedOn) {

    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(amount, "Le montant est obligatoire");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Le montant d'un avoir doit être positif");
        }
        reason = Text.required(reason, "Le motif", 500);
    }
}
