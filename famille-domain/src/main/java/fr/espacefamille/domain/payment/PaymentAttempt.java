package fr.espacefamille.domain.payment;

import java.time.Instant;
import java.util.Objects;

import fr.espacefamille.domain.account.AccountId;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;

/**
 * One attempt by a guardian to pay an invoice's whole balance by card on the provider's page. Its
 * status follows the verified notifications: a refusal is never final, because the same attempt
 * may still be paid afterwards; once paid, it stays paid.
 */
public record PaymentAttempt(PaymentAttemptId id, PaymentReference reference, InvoiceId invoice, FamilyId family,
        AccountId payer, Money amount, AttemptStatus status, String lastCode, String lastMeaning, Instant createdAt,
        Instant updatedAt) {

    public PaymentAttempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Le montant d'un paiement par carte doit être positif");
        }
        if ((lastCode == null) != (lastMeaning == null)) {
            throw new IllegalArgumentException("A response code comes with its meaning");
        }
    }

    public static PaymentAttempt start(PaymentReference reference, InvoiceId invoice, FamilyId family, AccountId payer,
            Money amount, Instant now) {
        return new PaymentAttempt(PaymentAttemptId.random(), reference, invoice, family, payer, amount, AttemptStatus.PENDING,
                null, null, now, now);
    }

    /** This attempt after a notification with {@code code}; a paid attempt keeps its status whatever comes later. */
    public PaymentAttempt answered(AttemptStatus next, String code, String meaning, Instant now) {
        AttemptStatus kept = status == AttemptStatus.PAID ? AttemptStatus.PAID : next;
        return new PaymentAttempt(id, reference, invoice, family, payer, amount, kept, code, meaning, createdAt, now);
    }
}
