package fr.espacefamille.application.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** Out-port: invoices (drafts and issued) with their lines, payments and credit notes. */
public interface Invoices {

    /** Adds new invoices with their lines, in one go. */
    void addAll(List<Invoice> invoices);

    /** Removes the invoices of a draft run. */
    void removeDraftsOf(BillingRunId run);

    Optional<Invoice> byId(InvoiceId id);

    /** Like {@link #byId}, holding the invoice until the transaction ends so that settlements happen one at a time. */
    Optional<Invoice> lock(InvoiceId id);

    /** A run's invoices ordered by number (drafts by family name). */
    List<InvoiceSummary> ofRun(BillingRunId run);

    /** A run's invoices, whole, ordered by id, after {@code after} (null for the first page). */
    List<Invoice> pageOfRun(BillingRunId run, boolean paperOnly, InvoiceId after, int limit);

    /** A family's issued invoices, the latest first. */
    List<InvoiceSummary> issuedToFamily(FamilyId family);

    /** Issued invoices matching the query (status as of {@code today}), ordered by number, at most {@code limit}. */
    List<InvoiceSummary> search(InvoiceQuery query, LocalDate today, int limit);

    /*
     * Settlements: the caller holds the invoice's lock (lock), makes the aggregate's transition, and
     * hands the store the invoice's new state with what it adds or takes off. The store writes that
     * state; it refuses a state that does not follow from the stored one, so a forgotten lock fails
     * instead of losing a payment.
     */

    /** Records {@code payment}; {@code paid} is the locked invoice with it ({@link Invoice#record}). */
    void addPayment(Invoice paid, Payment payment, String idempotencyKey);

    /** Records a direct debit the bank collected, even above the balance left; {@code collected} is {@link Invoice#collect}'s answer. */
    void addCollected(Invoice collected, Payment payment);

    /** Cancels a payment the bank took back (a direct-debit reject): {@code unpaid} ({@link Invoice#withoutPayment}) owes its amount again. */
    void removePayment(Invoice unpaid, Payment payment);

    Optional<Payment> paymentByKey(String idempotencyKey);

    boolean hasPayment(InvoiceId invoice, PaymentMethod method, String reference);

    /** Records {@code note}; {@code credited} is the locked invoice with it ({@link Invoice#credit}). */
    void addCreditNote(Invoice credited, CreditNote note);

    /** The régie's issued invoices, whole, with a payment received between the two days inclusive; one family's when {@code family} is not null. */
    List<Invoice> paidBetween(Regie regie, LocalDate from, LocalDate to, FamilyId family);

    /** Records that the invoice, locked by the caller, was transferred to the Trésor public on {@code on}. */
    void markTransferred(InvoiceId invoice, LocalDate on);
}
