package fr.espacefamille.application.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceSummary;
import fr.espacefamille.domain.shared.Refusal;

/**
 * Parents read their family's issued invoices; staff read every invoice, drafts included. Another
 * family's invoice, or a draft, answers to a parent exactly like an unknown one.
 * <p>Refuses (API error codes): {@code VALIDATION_FAILED}, {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class ReadInvoices {

    /** Most invoices one staff search answers. */
    public static final int MAX_RESULTS = 50_000;

    private final Invoices invoices;
    private final Clock clock;

    public ReadInvoices(Invoices invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The acting parent's family's issued invoices, the latest first. */
    public List<InvoiceSummary> ofOwnFamily(Actor actor) {
        return actor.family().map(invoices::issuedToFamily).orElse(List.of());
    }

    public Invoice byId(Actor actor, InvoiceId id) {
        Invoice invoice = invoices.byId(id).orElseThrow(Refusals::notFound);
        if (!actor.mayReach(invoice.family()) || (!actor.isStaff() && !invoice.issued())) {
            throw Refusals.notFound();
        }
        return invoice;
    }

    /** Staff search issued invoices by régie, month, status (as of today) and family. */
    public List<InvoiceSummary> search(Actor actor, InvoiceQuery query, int limit) {
        if (!actor.isStaff()) {
            throw Refusals.refuse(Refusal.forbidden());
        }
        if (limit < 1 || limit > MAX_RESULTS) {
            throw Refusals.invalid("limit", "doit être compris entre 1 et " + MAX_RESULTS);
        }
        return invoices.search(query, today(), limit);
    }
}
