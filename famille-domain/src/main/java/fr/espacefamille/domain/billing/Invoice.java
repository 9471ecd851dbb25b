package fr.espacefamille.domain.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import fr.espacefamille.domain.family.FamilyId;
import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Refusal;
import fr.espacefamille.domain.shared.RefusedException;

/**
 * A family's invoice for one régie and month. It starts as a draft (no number, no dates) made by a
 * billing run; issuing gives it its number, issue date and due date, after which its lines never
 * change: payments and credit notes settle it. Its total is the exact sum of its lines. An unpaid
 * invoice may be transferred to the Trésor public ({@code transferredOn}, SPEC §11): the town
 * then no longer takes payments for it.
 */
public record Invoice(InvoiceId id, BillingRunId run, FamilyId family, Regie regie, YearMonth month,
        InvoiceNumber number, LocalDate issuedOn, LocalDate dueOn, Recipient recipient, boolean paper,
        List<InvoiceLine> lines, List<Payment> payments, List<CreditNote> creditNotes, LocalDate transferredOn) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(regie, "regie");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(recipient, "recipient");
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        creditNotes = List.copyOf(creditNotes);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice has at least one line");
        }
        if (lines.stream().anyMatch(line -> line.kind().regie() != regie)) {
            throw new IllegalArgumentException("Every line of an invoice belongs to its régie");
        }
        boolean issued = number != null;
        if (issued != (issuedOn != null) || issued != (dueOn != null)) {
            throw new IllegalArgumentException("An issued invoice has a number, an issue date and a due date; a draft has none");
        }
        if (issued && (number.regie() != regie || !dueOn.equals(DueDatePolicy.dueOn(issuedOn)))) {
            throw new IllegalArgumentException("Number or due date inconsistent with the invoice: " + number);
        }
        if (!issued && (!payments.isEmpty() || !creditNotes.isEmpty())) {
            throw new IllegalArgumentException("A draft is neither paid nor credited");
        }
        if (!sum(lines.stream().map(InvoiceLine::amount).toList()).isPositive()) {
            throw new IllegalArgumentException("An invoice's total is positive");
        }
        if (transferredOn != null && (!issued || transferredOn.isBefore(issuedOn))) {
            throw new IllegalArgumentException("Only an issued invoice is transferred, after its issue");
        }
    }

    /** A draft invoice of a billing run, or empty when the lines leave nothing to pay. */
    public static Optional<Invoice> draft(BillingRunId run, FamilyId family, Recipient recipient, boolean paper,
            Regie regie, YearMonth month, List<InvoiceLine> lines) {
        if (lines.isEmpty() || !sum(lines.stream().map(InvoiceLine::amount).toList()).isPositive()) {
            return Optional.empty();
        }
        return Optional.of(new Invoice(InvoiceId.random(), run, family, regie, month, null, null, null, recipient, paper,
                lines, List.of(), List.of(), null));
    }

    /** This draft, issued under {@code number} on {@code issuedOn}: it is then due on the 15th of the following month. */
    public Invoice issue(InvoiceNumber number, LocalDate issuedOn) {
        if (issued()) {
            throw new IllegalStateException("Invoice already issued: " + this.number);
        }
        return new Invoice(id, run, family, regie, month, number, issuedOn, DueDatePolicy.dueOn(issuedOn), recipient, paper,
                lines, payments, creditNotes, transferredOn);
    }

    public boolean issued() {
        return number != null;
    }

    public Money total() {
        return sum(lines.stream().map(InvoiceLine::amount).toList());
    }

    public Money paid() {
        return sum(payments.stream().map(Payment::amount).toList());
    }

    public Money credited() {
        return sum(creditNotes.stream().map(CreditNote::amount).toList());
    }

    public Money balance() {
        return total().minus(paid()).minus(credited());
    }

    public boolean transferred() {
        return transferredOn != null;
    }

    public InvoiceStatus status(LocalDate today) {
        return InvoiceStatus.of(issued(), total(), paid().plus(credited()), dueOn, transferred(), today);
    }

    /** This invoice handed to the Trésor public on {@code on}: only an issued one with a balance, once. */
    public Invoice transfer(LocalDate on) {
        if (!issued() || transferred() || !balance().isPositive()) {
            throw new IllegalStateException("Invoice " + number + " cannot be transferred to the Trésor public");
        }
        return new Invoice(id, run, family, regie, month, number, issuedOn, dueOn, recipient, paper, lines, payments, creditNotes, on);
    }

    /** Why a credit note of {@code amount} cannot be issued on this invoice, if it cannot. */
    public Optional<Refusal> refusalToCredit(Money amount) {
        return refusalToSettle(amount);
    }

    /** The Trésor public collects a transferred invoice: the town takes no payment for it any more. */
    public Refusal transferredRefusal() {
        return Refusal.rule("TRANSFERRED_TO_TREASURY", "Cette facture a été transmise au Trésor public : elle se règle auprès "
                + "du Trésor public, à réception de l'avis des sommes à payer, et non plus auprès de la régie.");
    }

    private Optional<Refusal> refusalToSettle(Money amount) {
        if (!issued()) {
            return Optional.of(Refusal.rule("INVOICE_NOT_ISSUED", "Cette facture n'est pas encore émise."));
        }
        if (amount.compareTo(balance()) > 0) {
            return Optional.of(Refusal.rule("AMOUNT_EXCEEDS_BALANCE", "Le montant (" + amount.toFrench()
                    + ") dépasse le reste à payer de la facture (" + balance().toFrench() + ")."));
        }
        return Optional.empty();
    }

    /**
     * This invoice with {@code payment} received by the régie or a card payment provider: refused
     * (API codes {@code TRANSFERRED_TO_TREASURY}, {@code INVOICE_NOT_ISSUED}, {@code AMOUNT_EXCEEDS_BALANCE})
     * on a transferred or draft invoice, or above the balance left.
     */
    public Invoice record(Payment payment) {
        if (!payment.invoice().equals(id)) {
            throw new IllegalArgumentException("Payment " + payment.id() + " is for another invoice");
        }
        if (transferred()) {
            throw new RefusedException(transferredRefusal());
        }
        refusalToSettle(payment.amount()).ifPresent(refusal -> {
            throw new RefusedException(refusal);
        });
        List<Payment> next = new ArrayList<>(payments);
        next.add(payment);
        return new Invoice(id, run, family, regie, month, number, issuedOn, dueOn, recipient, paper, lines, next, creditNotes, transferredOn);
    }

    /**
     * A direct debit the bank collected, for the amount the file asked: recorded even above the
     * balance (a credit note issued after the file), which then shows as money to refund.
     */
    public Invoice collect(Payment payment) {
        if (!issued() || payment.method() != PaymentMethod.DIRECT_DEBIT) {
            throw new IllegalArgumentException("Only an issued invoice is collected, by direct debit");
        }
        List<Payment> next = new ArrayList<>(payments);
        next.add(payment);
        return new Invoice(id, run, family, regie, month, number, issuedOn, dueOn, recipient, paper, lines, next, creditNotes, transferredOn);
    }

    /** This invoice without {@code cancelled}: a direct debit the bank rejected leaves the invoice unpaid again. */
    public Invoice withoutPayment(PaymentId cancelled) {
        List<Payment> next = payments.stream().filter(p -> !p.id().equals(cancelled)).toList();
        if (next.size() == payments.size()) {
            throw new IllegalArgumentException("No such payment on " + number + ": " + cancelled);
        }
        return new Invoice(id, run, family, regie, month, number, issuedOn, dueOn, recipient, paper, lines, next, creditNotes, transferredOn);
    }

    public Invoice credit(CreditNote note) {
        refusalToCredit(note.amount()).ifPresent(refusal -> {
            throw new RefusedException(refusal);
        });
        if (note.number().regie() != regie) {
            throw new IllegalArgumentException("A credit note is numbered in its invoice's régie");
        }
        List<CreditNote> next = new ArrayList<>(creditNotes);
        next.add(note);
        return new Invoice(id, run, family, regie, month, number, issuedOn, dueOn, recipient, paper, lines, payments, next, transferredOn);
    }

    public InvoiceSummary summary() {
        return new InvoiceSummary(id, run, family, recipient.name(), regie, month, number, issuedOn, dueOn, total(), paid(),
                credited(), paper, transferredOn);
    }

    static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }
}
