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

    void addPayment(Payment payment, String idempotencyKey);

    /** Records a direct debit the bank collected, even above the balance left (see {@link Invoice#collect}). */
    void addCollected(Payment payment);

    /** Cancels a payment the bank took back (a direct-debit reject): the invoice owes its amount again. */
    void removePayment(Payment payment);

    Optional<Payment> paymentByKey(String idempotencyKey);

    boolean hasPayment(InvoiceId invoice, PaymentMethod method, String reference);

    void addCreditNote(CreditNote note);
}
