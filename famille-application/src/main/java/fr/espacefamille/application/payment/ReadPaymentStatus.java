package fr.espacefamille.application.payment;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceStatus;
import fr.espacefamille.domain.payment.PaymentAttempt;
import fr.espacefamille.domain.payment.PaymentReference;

/**
 * What the browser's return page shows: the attempt and its invoice as the notifications left them.
 * The return itself proves nothing and records nothing; another family's attempt is not found.
 * <p>Refuses (API error codes): {@code NOT_FOUND}.
 */
public final class ReadPaymentStatus {

    /** What the return page shows: the attempt, its invoice and the invoice status. */
    public record PaymentStatus(PaymentAttempt attempt, Invoice invoice, InvoiceStatus invoiceStatus) {
    }

    private final PaymentAttempts attempts;
    private final Invoices invoices;
    private final Clock clock;

    public ReadPaymentStatus(PaymentAttempts attempts, Invoices invoices, Clock clock) {
        this.attempts = attempts;
        this.invoices = invoices;
        this.clock = clock;
    }

    public PaymentStatus of(Actor actor, String reference) {
        PaymentAttempt attempt = PaymentReference.parse(reference).flatMap(attempts::byReference)
                .filter(a -> actor.mayReach(a.family()))
                .orElseThrow(Refusals::notFound);
        Invoice invoice = invoices.byId(attempt.invoice()).orElseThrow(Refusals::notFound);
        return new PaymentStatus(attempt, invoice, invoice.status(LocalDate.now(clock)));
    }
}
