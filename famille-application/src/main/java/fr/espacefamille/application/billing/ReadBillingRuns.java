package fr.espacefamille.application.billing;

import java.util.List;
import java.util.function.Consumer;

import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.InvoiceSummary;

/**
 * Finance staff read billing runs, their invoices (for the CSV export) and their print batch.
 * <p>Refuses (API error codes): {@code FORBIDDEN}, {@code NOT_FOUND}.
 */
public final class ReadBillingRuns {

    /** A run with its invoices. */
    public record RunDetails(BillingRun run, List<InvoiceSummary> invoices) {
    }

    static final int LATEST = 100;
    /** Invoices rendered per step of a print batch, so that a whole town's batch never sits in memory. */
    static final int PRINT_PAGE = 200;

    private final BillingRuns runs;
    private final Invoices invoices;

    public ReadBillingRuns(BillingRuns runs, Invoices invoices) {
        this.runs = runs;
        this.invoices = invoices;
    }

    public List<BillingRun> latest(Actor actor) {
        actor.require(Role.FINANCE_AGENT);
        return runs.latest(LATEST);
    }

    public RunDetails details(Actor actor, BillingRunId id) {
        BillingRun run = run(actor, id);
        return new RunDetails(run, invoices.ofRun(run.id()));
    }

    /** Hands the run's paper invoices, whole, to {@code each}, a page at a time. Answers the run. */
    public BillingRun printBatch(Actor actor, BillingRunId id, Consumer<Invoice> each) {
        BillingRun run = run(actor, id);
        InvoiceId after = null;
        List<Invoice> page;
        while (!(page = invoices.pageOfRun(run.id(), true, after, PRINT_PAGE)).isEmpty()) {
            page.forEach(each);
            after = page.get(page.size() - 1).id();
        }
        return run;
    }

    private BillingRun run(Actor actor, BillingRunId id) {
        actor.require(Role.FINANCE_AGENT);
        return runs.byId(id).orElseThrow(Refusals::notFound);
    }
}
