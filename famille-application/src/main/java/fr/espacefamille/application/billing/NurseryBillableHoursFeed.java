package fr.espacefamille.application.billing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fr.espacefamille.application.family.Enrolments;
import fr.espacefamille.application.nursery.NurseryBillableHours;
import fr.espacefamille.domain.billing.NurseryMonth;
import fr.espacefamille.domain.family.ChildId;
import fr.espacefamille.domain.family.Enrolment;
import fr.espacefamille.domain.family.ChildService;
import fr.espacefamille.domain.nursery.NurseryBillableDay;

/**
 * Billing's nursery consumption read from the nursery feature: each child's billable days of the
 * month added up. Only children enrolled at the nursery during the month are asked about, so a
 * run over the whole town does not query the nursery for every schoolchild. The nursery counts
 * contract hours after deduction; billing shows the contract's hours and the deduction apart, so
 * the deducted hours are added back to the contract's.
 */
public final class NurseryBillableHoursFeed implements NurseryConsumption {

    private final NurseryBillableHours billableHours;
    private final Enrolments enrolments;

    public NurseryBillableHoursFeed(NurseryBillableHours billableHours, Enrolments enrolments) {
        this.billableHours = billableHours;
        this.enrolments = enrolments;
    }

    @Override
    public List<NurseryMonth> of(Collection<ChildId> children, YearMonth month) {
        List<NurseryMonth> months = new ArrayList<>();
        for (ChildId child : children) {
            if (enrolments.ofChild(child).stream().noneMatch(e -> atNursery(e, month))) {
                continue;
            }
            int contract = 0;
            int extra = 0;
            int occasional = 0;
            int late = 0;
            int deducted = 0;
            for (NurseryBillableDay day : billableHours.forChild(child, month)) {
                contract += day.contractHalfHours() + day.deductedHalfHours();
                extra += day.extraHalfHours();
                occasional += day.occasionalHalfHours();
                late += day.lateCancellationHalfHours();
                deducted += day.deductedHalfHours();
            }
            NurseryMonth childMonth = new NurseryMonth(child, contract, extra, occasional, late, deducted);
            if (!childMonth.isEmpty()) {
                months.add(childMonth);
            }
        }
        return months;
    }

    private static boolean atNursery(Enrolment enrolment, YearMonth month) {
        return enrolment.service() != ChildService.CANTEEN && !enrolment.from().isAfter(month.atEndOfMonth())
                && !enrolment.to().isBefore(month.atDay(1));
    }
}
