package fr.espacefamille.application.billing;

import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.billing.DirectDebitCollection;
import fr.espacefamille.domain.billing.DirectDebitMandate;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.family.FamilyId;

/**
 * Whether a family pays a régie, and an invoice, by direct debit: such an invoice is not offered
 * card payment (SPEC §4), unless its collection was rejected. The card-payment feature asks
 * {@link #collects}; the invoice pages and PDFs show {@link #ofInvoice}.
 */
public final class ReadDirectDebits {

    private final DirectDebits directDebits;
    private final DirectDebitFiles files;

    public ReadDirectDebits(DirectDebits directDebits, DirectDebitFiles files) {
        this.directDebits = directDebits;
        this.files = files;
    }

    public boolean hasActiveMandate(FamilyId family, Regie regie) {
        return directDebits.of(family, regie).map(DirectDebitMandate::active).orElse(false);
    }

    /** How the invoice is paid by direct debit, if it is: in a file, or scheduled while it has a balance and an active mandate. */
    public Optional<InvoiceDebit> ofInvoice(Invoice invoice) {
        if (!invoice.issued()) {
            return Optional.empty();
        }
        Optional<DirectDebitCollection> collection = files.collectionOf(invoice.id());
        if (collection.isPresent()) {
            DirectDebitCollection c = collection.get();
            return files.byId(c.file()).map(file -> new InvoiceDebit(c.status(), file.collectionDate(), c.iban(), c.reason()));
        }
        if (!invoice.balance().isPositive()) {
            return Optional.empty();
        }
        return directDebits.of(invoice.family(), invoice.regie()).filter(DirectDebitMandate::active)
                .map(m -> new InvoiceDebit(null, null, m.iban(), null));
    }

    /** Whether the invoice is left to direct debit, so that card payment is not offered. */
    public boolean collects(Invoice invoice) {
        return ofInvoice(invoice).map(InvoiceDebit::collects).orElse(false);
    }

    /** A family's mandates, for staff or the family itself. */
    public List<DirectDebitMandate> ofFamily(Actor actor, FamilyId family) {
        if (!actor.mayReach(family)) {
            throw Refusals.notFound();
        }
        return directDebits.ofFamily(family);
    }
}
