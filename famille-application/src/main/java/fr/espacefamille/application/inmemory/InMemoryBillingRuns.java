package fr.espacefamille.application.inmemory;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.espacefamille.application.billing.BillingRuns;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Regie;

/** In-memory {@link BillingRuns}; in-memory transactions already run one at a time, so locking is free. */
public final class InMemoryBillingRuns implements BillingRuns {

    private final Map<BillingRunId, BillingRun> runs;

    public InMemoryBillingRuns(InMemoryTransactions transactions) {
        this.runs = new InMemoryMap<BillingRunId, BillingRun>(transactions).map();
    }

    @Override
    public void lockRegie(Regie regie) {
        // one in-memory transaction at a time: nothing to lock
    }

    @Override
    public void add(BillingRun run) {
        if (run.issued() ? issued(run.regie(), run.month()).isPresent() : draft(run.regie(), run.month()).isPresent()) {
            throw new IllegalStateException("Month already has such a run: " + run.regie() + " " + run.month());
        }
        runs.put(run.id(), run);
    }

    @Override
    public void update(BillingRun run) {
        if (runs.replace(run.id(), run) == null) {
            throw new IllegalStateException("Unknown run: " + run.id());
        }
    }

    @Override
    public void remove(BillingRunId id) {
        runs.remove(id);
    }

    @Override
    public Optional<BillingRun> byId(BillingRunId id) {
        return Optional.ofNullable(runs.get(id));
    }

    @Override
    public Optional<BillingRun> issued(Regie regie, YearMonth month) {
        return find(regie, month, true);
    }

    @Override
    public Optional<BillingRun> draft(Regie regie, YearMonth month) {
        return find(regie, month, false);
    }

    private Optional<BillingRun> find(Regie regie, YearMonth month, boolean issued) {
        return runs.values().stream().filter(r -> r.regie() == regie && r.month().equals(month) && r.issued() == issued).findFirst();
    }

    @Override
    public Optional<YearMonth> lastIssuedMonth(Regie regie) {
        return runs.values().stream().filter(r -> r.regie() == regie && r.issued()).map(BillingRun::month).max(Comparator.naturalOrder());
    }

    @Override
    public List<BillingRun> latest(int limit) {
        return runs.values().stream().sorted(Comparator.comparing(BillingRun::startedAt).reversed()
                .thenComparing(r -> r.id().toString())).limit(limit).toList();
    }
}
