package fr.espacefamille.application.yearly;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.espacefamille.application.billing.BillingRuns;
import fr.espacefamille.application.billing.Invoices;
import fr.espacefamille.application.nursery.NurseryAttendances;
import fr.espacefamille.application.shared.Actor;
import fr.espacefamille.application.shared.Refusals;
import fr.espacefamille.domain.account.Role;
import fr.espacefamille.domain.billing.BillingRun;
import fr.espacefamille.domain.billing.Invoice;
import fr.espacefamille.domain.billing.InvoiceId;
import fr.espacefamille.domain.billing.Regie;
import fr.espacefamille.domain.nursery.HalfHours;
import fr.espacefamille.domain.yearly.BillingRate;

/**
 * The nursery's CAF billing rate of a year, month by month and for the year (SPEC §12): the
 * half-hours of the month's issued nursery invoices against the half-hours attended, as staff
 * recorded them (any half-hour started counts, as for billing). A month not billed yet has no rate.
 */
public final class ReadBillingRate {

    public record MonthRate(YearMonth month, BillingRate rate) {
    }

    public record YearRate(int year, List<MonthRate> months, BillingRate total) {
    }

    private static final int PAGE = 500;

    private final BillingRuns runs;
    private final Invoices invoices;
    private final NurseryAttendances attendances;
    private final Clock clock;

    public ReadBillingRate(BillingRuns runs, Invoices invoices, NurseryAttendances attendances, Clock clock) {
        this.runs = runs;
        this.invoices = invoices;
        this.attendances = attendances;
        this.clock = clock;
    }

    public YearRate of(Actor actor, int year) {
        actor.require(Role.NURSERY_AGENT, Role.FINANCE_AGENT);
        if (year < 2000 || year > 9999) {
            throw Refusals.invalid("year", "année invalide");
        }
        LocalDate today = LocalDate.now(clock);
        List<MonthRate> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            months.add(new MonthRate(month, new BillingRate(billed(month), attended(month, today))));
        }
        return new YearRate(year, months, BillingRate.ofYear(months.stream().map(MonthRate::rate).toList()));
    }

    private Long billed(YearMonth month) {
        Optional<BillingRun> run = runs.issued(Regie.EARLY_CHILDHOOD, month);
        if (run.isEmpty()) {
            return null;
        }
        long halfHours = 0;
        InvoiceId after = null;
        List<Invoice> page;
        while (!(page = invoices.pageOfRun(run.get().id(), false, after, PAGE)).isEmpty()) {
            halfHours += page.stream().mapToLong(invoice -> BillingRate.billedHalfHours(invoice.lines())).sum();
            after = page.get(page.size() - 1).id();
        }
        return halfHours;
    }

    private long attended(YearMonth month, LocalDate today) {
        long halfHours = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()) && !day.isAfter(today); day = day.plusDays(1)) {
            halfHours += attendances.on(day).stream().mapToLong(a -> HalfHours.of(a.attended())).sum();
        }
        return halfHours;
    }
}
