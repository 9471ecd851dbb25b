package fr.espacefamille.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.espacefamille.domain.shared.Money;
import fr.espacefamille.domain.shared.Refusal;

class BillingRunTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final LocalDate SEPT_30 = LocalDate.of(2026, 9, 30);
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final TariffSchedule CANTEEN_ONLY = new TariffSchedule(List.of(DemoTariffs.canteen(DemoTariffs.SEPT_1)), List.of());

    private static Optional<String> refusal(Regie regie, YearMonth month, boolean issue, LocalDate today, Optional<BillingRun> issued,
            TariffSchedule tariffs) {
        return BillingRun.refusalToStart(regie, month, issue, today, issued, tariffs).map(Refusal::code);
    }

    private static BillingRun issuedRun() {
        return BillingRun.start(Regie.SCHOOL, SEPTEMBER, true, Instant.parse("2026-10-02T08:00:00Z"), LocalDate.of(2026, 10, 2), "tresorerie");
    }

    @Test
    void a_month_is_issued_once_it_is_over_and_drafted_any_time() {
        assertThat(refusal(Regie.SCHOOL, SEPTEMBER, true, SEPT_30, Optional.empty(), CANTEEN_ONLY)).contains("MONTH_NOT_OVER");
        assertThat(refusal(Regie.SCHOOL, SEPTEMBER, false, SEPT_30, Optional.empty(), CANTEEN_ONLY)).isEmpty();
        assertThat(refusal(Regie.SCHOOL, SEPTEMBER, true, OCT_1, Optional.empty(), CANTEEN_ONLY)).isEmpty();
        assertThat(BillingRun.refusalToStart(Regie.SCHOOL, SEPTEMBER, true, SEPT_30, Optional.empty(), CANTEEN_ONLY).orElseThrow().message())
                .contains("septembre 2026", "à partir du 1er octobre 2026", "brouillon");
    }

    @Test
    void an_issued_month_takes_no_other_run_not_even_a_draft() {
        assertThat(refusal(Regie.SCHOOL, SEPTEMBER, true, OCT_1, Optional.of(issuedRun()), CANTEEN_ONLY)).contains("MONTH_ALREADY_ISSUED");
        assertThat(refusal(Regie.SCHOOL, SEPTEMBER, false, OCT_1, Optional.of(issuedRun()), CANTEEN_ONLY)).contains("MONTH_ALREADY_ISSUED");
        assertThat(BillingRun.refusalToStart(Regie.SCHOOL, SEPTEMBER, false, OCT_1, Optional.of(issuedRun()), CANTEEN_ONLY)
                .orElseThrow().kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void a_month_is_billed_only_with_its_regie_s_tariff_in_force_on_its_first_day() {
        assertThat(refusal(Regie.SCHOOL, YearMonth.of(2026, 8), false, OCT_1, Optional.empty(), CANTEEN_ONLY)).contains("TARIFF_MISSING");
        assertThat(refusal(Regie.EARLY_CHILDHOOD, SEPTEMBER, false, OCT_1, Optional.empty(), CANTEEN_ONLY)).contains("TARIFF_MISSING");
        assertThat(refusal(Regie.EARLY_CHILDHOOD, SEPTEMBER, false, OCT_1, Optional.empty(), DemoTariffs.schedule())).isEmpty();
        assertThat(BillingRun.refusalToStart(Regie.EARLY_CHILDHOOD, SEPTEMBER, false, OCT_1, Optional.empty(), CANTEEN_ONLY)
                .orElseThrow().message()).contains("multi-accueil", "1er septembre 2026");
    }

    @Test
    void the_month_not_over_is_said_before_the_tariff_missing() {
        assertThat(refusal(Regie.EARLY_CHILDHOOD, SEPTEMBER, true, SEPT_30, Optional.empty(), CANTEEN_ONLY)).contains("MONTH_NOT_OVER");
    }

    @Test
    void a_run_counts_its_invoices_and_their_total() {
        BillingRun run = issuedRun().plus(2, Money.ofCents(3000)).plus(1, Money.ofCents(450));
        assertThat(run.invoiceCount()).isEqualTo(3);
        assertThat(run.total()).isEqualTo(Money.ofCents(3450));
        assertThat(run.issued()).isTrue();
    }
}
