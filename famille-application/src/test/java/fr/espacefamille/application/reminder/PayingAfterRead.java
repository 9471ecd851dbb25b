package fr.espacefamille.application.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.billing.InvoiceQuery;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.CreditNote;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.billing.Payment;
import fr.espacefamille.domain.billing.PaymentMethod;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/** Invoices whose first search runs {@code meanwhile} once it has answered: a payment lands between a reader's read and its write. */
final class PayingAfterRead implements Invoices {

    private final Invoices store;
    private Runnable meanwhile;

    PayingAfterRead(Invoices store, Runnable meanwhile) {
        this.store = store;
        this.meanwhile = meanwhile;
    }

    boolean paid() {
        return meanwhile == null;
    }

    @Override
    public List<InvoiceSummary> search(InvoiceQuery query, LocalDate today, int limit) {
        List<InvoiceSummary> found = store.search(query, today, limit);
        if (meanwhile != null && !found.isEmpty()) {
            meanwhile.run();
            meanwhile = null;
        }
        return found;
    }

    @Override
    public void addAll(List<Invoice> invoices) {
        store.addAll(invoices);
    }

    @Override
    public void removeDraftsOf(BillingRunId run) {
        store.removeDraftsOf(run);
    }

    @Override
    public Optional<Invoice> byId(InvoiceId id) {
        return store.byId(id);
    }

    @Override
    public Optional<Invoice> lock(InvoiceId id) {
        return store.lock(id);
    }

    @Override
    public List<InvoiceSummary> ofRun(BillingRunId run) {
        return store.ofRun(run);
    }

    @Override
    public List<Invoice> pageOfRun(BillingRunId run, boolean paperOnly, InvoiceId after, int limit) {
        return store.pageOfRun(run, paperOnly, after, limit);
    }

    @Override
    public List<InvoiceSummary> issuedToFamily(FamilyId family) {
        return store.issuedToFamily(family);
    }

    @Override
    public void addPayment(Invoice paid, Payment payment, String idempotencyKey) {
        store.addPayment(paid, payment, idempotencyKey);
    }

    @Override
    public void addCollected(Invoice collected, Payment payment) {
        store.addCollected(collected, payment);
    }

    @Override
    public void removePayment(Invoice unpaid, Payment payment) {
        store.removePayment(unpaid, payment);
    }

    @Override
    public Optional<Payment> paymentByKey(String idempotencyKey) {
        return store.paymentByKey(idempotencyKey);
    }

    @Override
    public boolean hasPayment(InvoiceId invoice, PaymentMethod method, String reference) {
        return store.hasPayment(invoice, method, reference);
    }

    @Override
    public void addCreditNote(Invoice credited, CreditNote note) {
        store.addCreditNote(credited, note);
    }

    @Override
    public List<Invoice> paidBetween(Regie regie, LocalDate from, LocalDate to, FamilyId family) {
        return store.paidBetween(regie, from, to, family);
    }

    @Override
    public void markTransferred(InvoiceId invoice, LocalDate on) {
        store.markTransferred(invoice, on);
    }
}
