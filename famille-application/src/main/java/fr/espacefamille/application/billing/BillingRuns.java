package fr.espacefamille.application.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Regie;

/** Out-port: billing runs. At most one issued run and one draft per régie and month. */
public interface BillingRuns {

    /** Holds the régie until the transaction ends, so that its runs happen one at a time. */
    void lockRegie(Regie regie);

    void add(BillingRun run);

    /** Saves the run's invoice count and total. */
    void update(BillingRun run);

    /** Removes a draft run; its invoices must have been removed first. */
    void remove(BillingRunId id);

    Optional<BillingRun> byId(BillingRunId id);

    Optional<BillingRun> issued(Regie regie, YearMonth month);

    Optional<BillingRun> draft(Regie regie, YearMonth month);

    /** The latest month the régie has issued, if any. */
    Optional<YearMonth> lastIssuedMonth(Regie regie);

    /** The most recent runs first. */
    List<BillingRun> latest(int limit);
}
