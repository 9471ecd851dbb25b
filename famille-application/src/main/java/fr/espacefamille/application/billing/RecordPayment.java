package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentId;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Finance staff record cash, cheque or direct-debit money received for an invoice, in part or in
 * full, never above what is left to pay. Money is never recorded twice: a request repeated with
 * the same idempotency key (a double click) answers the payment already recorded, and a reference
 * (cheque number, bank reference) is recorded once per invoice and method. The invoice is locked
 * while the payment is recorded, so that two payments cannot both take the same balance.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code NOT_FOUND}, {@code IDEMPOTENCY_KEY_REUSED}, {@code PAYMENT_ALREADY_RECORDED}, {@code INVOICE_NOT_ISSUED}, {@code AMOUNT_EXCEEDS_BALANCE}.
 */
public final class RecordPayment {

    /**
     * A payment received by the régie; {@code reference} (a cheque number) and {@code idempotencyKey}
     * (the API's {@code Idempotency-Key}) may be null. From code: {@code Command.of(invoice, CHEQUE,
     * amount, day).withReference("0001234")}.
     */
    public record Command(InvoiceId invoice, PaymentMethod method, Money amount, LocalDate receivedOn, String reference,
            String idempotencyKey) {

        public static Command of(InvoiceId invoice, PaymentMethod method, Money amount, LocalDate receivedOn) {
            return new Command(invoice, method, amount, receivedOn, null, null);
        }

        /** The payment's own reference (cheque number, bank reference): the same reference is never recorded twice. */
        public Command withReference(String reference) {
            return new Command(invoice, method, amount, receivedOn, reference, idempotencyKey);
        }
    }

    /** The payment, and whether it had already been recorded by an earlier identical request. */
    public record Recorded(PaymentId id, boolean replayed) {
    }

    private final Invoices invoices;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public RecordPayment(Invoices invoices, Transactions transactions, Audit audit, Clock clock) {
        this.invoices = invoices;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public Recorded record(Actor actor, Command command) {
        actor.require(Role.FINANCE_AGENT);
        if (!command.method().recordedByStaff()) {
            throw Refusals.invalid("method", "les paiements par carte sont enregistrés par le prestataire de paiement");
        }
        if (!command.amount().isPositive()) {
            throw Refusals.invalid("amountCents", "le montant doit être positif");
        }
        if (command.receivedOn().isAfter(LocalDate.now(clock))) {
            throw Refusals.invalid("receivedOn", "la date de réception ne peut être dans le futur");
        }
        if (command.idempotencyKey() != null && (command.idempotencyKey().isBlank() || command.idempotencyKey().length() > 100)) {
            throw Refusals.invalid("Idempotency-Key", "100 caractères au plus");
        }
        return transactions.inTransaction(() -> {
            Invoice invoice = invoices.lock(command.invoice()).orElseThrow(Refusals::notFound);
            // checked under the invoice's lock: a concurrent twin request has committed by now
            if (command.idempotencyKey() != null) {
                var earlier = invoices.paymentByKey(command.idempotencyKey());
                if (earlier.isPresent()) {
                    if (!earlier.get().invoice().equals(invoice.id())) {
                        throw Refusals.refuse(Refusal.conflict("IDEMPOTENCY_KEY_REUSED",
                                "Cette clé d'idempotence a déjà servi pour le paiement d'une autre facture."));
                    }
                    return new Recorded(earlier.get().id(), true);
                }
            }
            Payment payment = new Payment(PaymentId.random(), invoice.id(), command.method(), command.amount(),
                    command.receivedOn(), command.reference(), clock.instant());
            if (payment.reference() != null && invoices.hasPayment(invoice.id(), payment.method(), payment.reference())) {
                throw Refusals.refuse(Refusal.conflict("PAYMENT_ALREADY_RECORDED", "Un paiement « "
                        + payment.method().frenchLabel() + " » de référence " + payment.reference()
                        + " est déjà enregistré sur cette facture."));
            }
            Invoice after = invoice.record(payment);
            invoices.addPayment(after, payment, command.idempotencyKey());
            audit.record(actor, "PAYMENT_RECORDED", invoice.number(), balance(invoice), AuditJson.of("paymentId", payment.id(),
                    "method", payment.method(), "amountCents", payment.amount().cents(), "receivedOn", payment.receivedOn(),
                    "reference", payment.reference(), "paidCents", after.paid().cents(), "creditedCents", after.credited().cents(),
                    "balanceCents", after.balance().cents()));
            return new Recorded(payment.id(), false);
        });
    }

    static String balance(Invoice invoice) {
        return AuditJson.of("paidCents", invoice.paid().cents(), "creditedCents", invoice.credited().cents(),
                "balanceCents", invoice.balance().cents());
    }
}
