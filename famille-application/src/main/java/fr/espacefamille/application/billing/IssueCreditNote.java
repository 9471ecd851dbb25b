package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;

import fr.espacefamille.application.audit.Audit;
import fr.espacefamille.application.audit.AuditJson;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.application.shared.Transactions;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.CreditNoteId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.InvoiceNumbering;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Text;

/**
 * Finance staff correct an issued invoice with a credit note (avoir): it reduces what the family
 * owes, never below zero (money already received is not handed back this way), and takes the
 * next number of the invoice's régie sequence.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code NOT_FOUND}, {@code INVOICE_NOT_ISSUED}, {@code AMOUNT_EXCEEDS_BALANCE}.
 */
public final class IssueCreditNote {

    /** The request that {@link IssueCreditNote} carries out. */
    public record Command(InvoiceId invoice, Money amount, String reason) {
    }

    private final Invoices invoices;
    private final InvoiceNumbers numbers;
    private final Transactions transactions;
    private final Audit audit;
    private final Clock clock;

    public IssueCreditNote(Invoices invoices, InvoiceNumbers numbers, Transactions transactions, Audit audit, Clock clock) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public CreditNote issue(Actor actor, Command command) {
        actor.require(Role.FINANCE_AGENT);
        if (!command.amount().isPositive()) {
            throw Refusals.invalid("amountCents", "le montant doit être positif");
        }
        String reason;
        try {
            reason = Text.required(command.reason(), "le motif", 500);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("reason", e.getMessage());
        }
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            Invoice invoice = invoices.lock(command.invoice()).orElseThrow(Refusals::notFound);
            invoice.refusalToCredit(command.amount()).ifPresent(refusal -> {
                throw Refusals.refuse(refusal);
            });
            int year = InvoiceNumbering.yearOf(today);
            InvoiceNumber number = InvoiceNumbering.following(invoice.regie(), today, numbers.take(invoice.regie(), year, 1), 1).get(0);
            CreditNote note = new CreditNote(CreditNoteId.random(), invoice.id(), number, command.amount(), reason, today);
            Invoice after = invoice.credit(note);
            invoices.addCreditNote(after, note);
            audit.record(actor, "CREDIT_NOTE_ISSUED", invoice.number(), RecordPayment.balance(invoice), AuditJson.of("creditNote", number,
                    "amountCents", note.amount().cents(), "paidCents", after.paid().cents(), "creditedCents", after.credited().cents(),
                    "balanceCents", after.balance().cents()));
            return note;
        });
    }
}
