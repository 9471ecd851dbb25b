package fr.espacefamille.adapter.jdbc.billing;

import java.util.List;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceNumber;
import fr.espacefamille.domain.billing.Regie;

/** Issued invoices stored for the other features' contracts (reminders). */
public final class ReminderFixtures {

    private ReminderFixtures() {
    }

    /** Two issued invoices of two families, stored. */
    public static List<Invoice> twoIssuedInvoices(Backend backend) {
        BillingRun run = BillingFixtures.draftRun(BillingFixtures.runs(backend));
        List<Invoice> invoices = List.of(
                BillingFixtures.draft(run, BillingFixtures.family(backend, "Martin"), true).issue(new InvoiceNumber(Regie.SCHOOL, 2026, 1),
                        BillingFixtures.OCT_2),
                BillingFixtures.draft(run, BillingFixtures.family(backend, "Nguyen"), false).issue(new InvoiceNumber(Regie.SCHOOL, 2026, 2),
                        BillingFixtures.OCT_2));
        BillingFixtures.invoices(backend).addAll(invoices);
        return invoices;
    }
}
