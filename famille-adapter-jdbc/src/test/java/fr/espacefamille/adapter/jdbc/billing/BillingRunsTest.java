package fr.espacefamille.adapter.jdbc.billing;

import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.NOW;
import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.OCT_2;
import static fr.espacefamille.adapter.jdbc.billing.BillingFixtures.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.espacefamille.adapter.jdbc.Backend;
import fr.espacefamille.adapter.jdbc.StoreContract;
import fr.espacefamille.application.billing.BillingRuns;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.BillingRunId;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.shared.Money;

/** What every {@link BillingRuns} store does. */
abstract class BillingRunsContract extends StoreContract {

    private BillingRuns runs;

    BillingRunsContract(Supplier<Backend> backends) {
        super(backends);
    }

    @BeforeEach
    void stores() {
        runs = BillingFixtures.runs(backend);
    }

    private BillingRun issued(Regie regie, YearMonth month, int secondsLater) {
        BillingRun run = BillingRun.start(regie, month, true, NOW.plusSeconds(secondsLater), OCT_2, "tresorerie");
        runs.add(run);
        return run;
    }

    @Test
    void reads_back_drafts_and_issued_runs_with_their_counts() {
        BillingRun draft = BillingFixtures.draftRun(runs);
        BillingRun issued = issued(Regie.SCHOOL, YearMonth.of(2026, 8), 1);
        BillingRun counted = issued.plus(2, Money.ofCents(3_050));
        runs.update(counted);

        assertThat(runs.byId(draft.id())).contains(draft);
        assertThat(runs.byId(issued.id())).contains(counted);
        assertThat(runs.draft(Regie.SCHOOL, SEPTEMBER)).contains(draft);
        assertThat(runs.issued(Regie.SCHOOL, SEPTEMBER)).isEmpty();
        assertThat(runs.issued(Regie.SCHOOL, YearMonth.of(2026, 8))).contains(counted);
        assertThat(runs.byId(BillingRunId.random())).isEmpty();
        assertThat(runs.latest(10)).containsExactly(counted, draft);
        assertThat(runs.latest(1)).containsExactly(counted);
    }

    @Test
    void a_month_is_issued_once_and_has_one_draft_at_most() {
        issued(Regie.SCHOOL, SEPTEMBER, 0);
        BillingFixtures.draftRun(runs);

        assertThatThrownBy(() -> issued(Regie.SCHOOL, SEPTEMBER, 5)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> BillingFixtures.draftRun(runs)).isInstanceOf(RuntimeException.class);
        issued(Regie.EARLY_CHILDHOOD, SEPTEMBER, 6);
    }

    @Test
    void the_last_issued_month_is_per_regie_and_ignores_drafts() {
        assertThat(runs.lastIssuedMonth(Regie.SCHOOL)).isEmpty();
        issued(Regie.SCHOOL, YearMonth.of(2026, 9), 0);
        issued(Regie.SCHOOL, YearMonth.of(2026, 10), 1);
        runs.add(BillingRun.start(Regie.SCHOOL, YearMonth.of(2026, 11), false, NOW, OCT_2, "tresorerie"));

        assertThat(runs.lastIssuedMonth(Regie.SCHOOL)).contains(YearMonth.of(2026, 10));
        assertThat(runs.lastIssuedMonth(Regie.EARLY_CHILDHOOD)).isEmpty();
    }

    @Test
    void removes_a_draft_and_locks_a_regie_inside_a_transaction() {
        BillingRun draft = BillingFixtures.draftRun(runs);

        backend.transactions().run(() -> {
            runs.lockRegie(Regie.SCHOOL);
            runs.remove(draft.id());
        });

        assertThat(runs.byId(draft.id())).isEmpty();
        assertThat(runs.draft(Regie.SCHOOL, SEPTEMBER)).isEmpty();
    }
}
