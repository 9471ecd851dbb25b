package fr.espacefamille.application.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

/** In-memory {@link Invoices}: numbers and idempotency keys are unique, as the database's constraints make them. */
public final class InMemoryInvoices implements Invoices {

    static final Comparator<InvoiceSummary> BY_NUMBER = Comparator.comparing(InvoiceSummary::number,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(InvoiceSummary::familyName)
            .thenComparing(s -> s.id().toString());

    static final Comparator<InvoiceSummary> LATEST_FIRST = Comparator.comparing(InvoiceSummary::issuedOn)
            .thenComparing(InvoiceSummary::number).reversed();

    private final Map<InvoiceId, Invoice> invoices;
    private final Map<String, Payment> keyed;

    public InMemoryInvoices(InMemoryTransactions transactions) {
        this.invoices = new InMemoryMap<InvoiceId, Invoice>(transactions).map();
        this.keyed = new InMemoryMap<String, Payment>(transactions).map();
    }

    @Override
    public void addAll(List<Invoice> added) {
        for (Invoice invoice : added) {
            if (invoice.issued() && invoices.values().stream().anyMatch(i -> invoice.number().equals(i.number()))) {
                throw new IllegalStateException("Duplicate invoice number " + invoice.number());
            }
            if (invoices.putIfAbsent(invoice.id(), invoice) != null) {
                throw new IllegalStateException("Invoice already stored: " + invoice.id());
            }
        }
    }

    @Override
    public void removeDraftsOf(BillingRunId run) {
        invoices.values().removeIf(i -> i.run().equals(run) && !i.issued());
    }

    @Override
    public Optional<Invoice> byId(InvoiceId id) {
        return Optional.ofNullable(invoices.get(id));
    }

    @Override
    public Optional<Invoice> lock(InvoiceId id) {
        return byId(id);
    }

    @Override
    public List<InvoiceSummary> ofRun(BillingRunId run) {
        return invoices.values().stream().filter(i -> i.run().equals(run)).map(Invoice::summary).sorted(BY_NUMBER).toList();
    }

    @Override
    public List<Invoice> pageOfRun(BillingRunId run, boolean paperOnly, InvoiceId after, int limit) {
        return invoices.values().stream()
                .filter(i -> i.run().equals(run) && (!paperOnly || i.paper()))
                .filter(i -> after == null || i.id().toString().compareTo(after.toString()) > 0)
                .sorted(Comparator.comparing(i -> i.id().toString()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<InvoiceSummary> issuedToFamily(FamilyId family) {
        return invoices.values().stream().filter(i -> i.issued() && i.family().equals(family)).map(Invoice::summary)
                .sorted(LATEST_FIRST).toList();
    }

    @Override
    public List<InvoiceSummary> search(InvoiceQuery query, LocalDate today, int limit) {
        return invoices.values().stream().filter(Invoice::issued).map(Invoice::summary)
                .filter(s -> query.regie() == null || s.regie() == query.regie())
                .filter(s -> query.month() == null || s.month().equals(query.month()))
                .filter(s -> query.family() == null || s.family().equals(query.family()))
                .filter(s -> query.status() == null || s.status(today) == query.status())
                .sorted(BY_NUMBER).limit(limit).toList();
    }

    @Override
    public void addPayment(Invoice paid, Payment payment, String idempotencyKey) {
        Invoice next = following(paid, stored(payment.invoice()).record(payment));
        if (idempotencyKey != null && keyed.putIfAbsent(idempotencyKey, payment) != null) {
            throw new IllegalStateException("Idempotency key already used");
        }
        invoices.put(payment.invoice(), next);
    }

    @Override
    public void addCollected(Invoice collected, Payment payment) {
        invoices.put(payment.invoice(), following(collected, stored(payment.invoice()).collect(payment)));
    }

    @Override
    public void removePayment(Invoice unpaid, Payment payment) {
        invoices.put(payment.invoice(), following(unpaid, stored(payment.invoice()).withoutPayment(payment.id())));
    }

    /** The new state handed in, when it is the stored state's transition (as the database store checks it). */
    private static Invoice following(Invoice handed, Invoice expected) {
        if (!handed.equals(expected)) {
            throw new IllegalStateException("Invoice " + handed.number() + " changed since it was read: settle it under its lock");
        }
        return handed;
    }

    @Override
    public Optional<Payment> paymentByKey(String idempotencyKey) {
        return Optional.ofNullable(keyed.get(idempotencyKey));
    }

    @Override
    public boolean hasPayment(InvoiceId invoice, PaymentMethod method, String reference) {
        return byId(invoice).map(i -> i.payments().stream()
                .anyMatch(p -> p.method() == method && reference.equals(p.reference()))).orElse(false);
    }

    @Override
    public void addCreditNote(Invoice credited, CreditNote note) {
        invoices.put(note.invoice(), following(credited, stored(note.invoice()).credit(note)));
    }

    @Override
    public List<Invoice> paidBetween(Regie regie, LocalDate from, LocalDate to, FamilyId family) {
        return invoices.values().stream()
                .filter(i -> i.regie() == regie && (family == null || i.family().equals(family)))
                .filter(i -> i.payments().stream().anyMatch(p -> !p.receivedOn().isBefore(from) && !p.receivedOn().isAfter(to)))
                .sorted(Comparator.comparing(i -> i.id().toString())).toList();
    }

    @Override
    public void markTransferred(InvoiceId invoice, LocalDate on) {
        invoices.put(invoice, stored(invoice).transfer(on));
    }

    private Invoice stored(InvoiceId id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("Unknown invoice: " + id));
    }
}
